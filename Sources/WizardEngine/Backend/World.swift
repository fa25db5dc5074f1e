/// The mock PACER back end: the directory of accounts, the CM/ECF accounts of the court, the
/// court itself and the simulated day. Pure data; `MockPACER` gives it PACER's answers.
public struct World: Equatable, Sendable {
    public var court: CourtProfile
    public var today: CivilDate
    public var accounts: [PACERAccount]
    public var cmecfAccounts: [CMECFAccount]
    /// Failed logins in a row, by lower-cased username.
    public var failedLogins: [String: Int] = [:]
    /// The account number of whoever is logged in to PACER (Manage My Account or CM/ECF).
    public var signedIn: String?
    /// The CM/ECF account whose old login was just checked, waiting to be linked.
    public var pendingLink: Int?
    /// The account number of the account journey R (or P) created in this run.
    public var lastCreated: String?
    /// Unhappy paths switched on (by a scenario, or a trainer during a demo).
    public var faults: Set<Fault.Kind> = []
    /// A number chosen at start that stands in for whatever PACER would assign.
    public var seed: UInt64
    /// How many account numbers this run has handed out (new accounts get distinct numbers).
    public var accountsCreated = 0

    /// Failed logins after which an account is locked. Not found in any public source: a
    /// simulated rule, and the screens say so.
    public static let lockoutThreshold = 5

    public init(court: CourtProfile = .massachusetts, today: CivilDate, accounts: [PACERAccount] = [],
                cmecfAccounts: [CMECFAccount] = [], seed: UInt64) {
        self.court = court
        self.today = today
        self.accounts = accounts
        self.cmecfAccounts = cmecfAccounts
        self.seed = seed
    }

    /// Whether the court has moved to NextGen CM/ECF by the simulated day.
    public var isAfterGoLive: Bool { today >= court.goLive }

    public func accountIndex(username: String) -> Int? {
        accounts.firstIndex { $0.username.lowercased() == username.lowercased() }
    }

    public func accountIndex(number: String) -> Int? {
        accounts.firstIndex { $0.number == number }
    }

    /// The logged-in account, if any.
    public var signedInAccount: PACERAccount? {
        signedIn.flatMap(accountIndex(number:)).map { accounts[$0] }
    }

    /// A 7-digit number not yet in the directory, derived from the seed.
    mutating func newAccountNumber() -> String {
        while true {
            let number = Facts.accountNumber(seed: seed &+ UInt64(accountsCreated))
            accountsCreated += 1
            if accountIndex(number: number) == nil { return number }
        }
    }
}
