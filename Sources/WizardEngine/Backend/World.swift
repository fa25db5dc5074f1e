/// The mock PACER back end: the directory of accounts, the CM/ECF accounts of the court, the
/// court itself and the simulated day. Pure data; `MockPACER` gives it PACER's answers.
public struct World: Equatable, Sendable {
    /// What the world holds. It is kept in one immutable box, replaced whole when something in
    /// it changes: the world is copied with every state, several times per key, and changes only
    /// when the back end answers an operation, so a copy is one reference, not thirteen.
    private struct Contents: Equatable, Sendable {
        var court: CourtProfile
        var today: CivilDate
        var accounts: [PACERAccount]
        var cmecfAccounts: [CMECFAccount]
        var failedLogins: [String: Int] = [:]
        var signedIn: String?
        var pendingLink: Int?
        var lastCreated: String?
        var faults: Set<Fault.Kind> = []
        var seed: UInt64
        var accountsCreated = 0
    }

    private var box: Shared<Contents>

    public var court: CourtProfile {
        get { box.value.court }
        set { change { $0.court = newValue } }
    }
    public var today: CivilDate {
        get { box.value.today }
        set { change { $0.today = newValue } }
    }
    public var accounts: [PACERAccount] {
        get { box.value.accounts }
        set { change { $0.accounts = newValue } }
    }
    public var cmecfAccounts: [CMECFAccount] {
        get { box.value.cmecfAccounts }
        set { change { $0.cmecfAccounts = newValue } }
    }
    /// Failed logins in a row, by lower-cased username.
    public var failedLogins: [String: Int] {
        get { box.value.failedLogins }
        set { change { $0.failedLogins = newValue } }
    }
    /// The account number of whoever is logged in to PACER (Manage My Account or CM/ECF).
    public var signedIn: String? {
        get { box.value.signedIn }
        set { change { $0.signedIn = newValue } }
    }
    /// The CM/ECF account whose old login was just checked, waiting to be linked.
    public var pendingLink: Int? {
        get { box.value.pendingLink }
        set { change { $0.pendingLink = newValue } }
    }
    /// The account number of the account journey R (or P) created in this run.
    public var lastCreated: String? {
        get { box.value.lastCreated }
        set { change { $0.lastCreated = newValue } }
    }
    /// Unhappy paths switched on (by a scenario, or a trainer during a demo).
    public var faults: Set<Fault.Kind> {
        get { box.value.faults }
        set { change { $0.faults = newValue } }
    }
    /// A number chosen at start that stands in for whatever PACER would assign.
    public var seed: UInt64 {
        get { box.value.seed }
        set { change { $0.seed = newValue } }
    }
    /// How many account numbers this run has handed out (new accounts get distinct numbers).
    public var accountsCreated: Int {
        get { box.value.accountsCreated }
        set { change { $0.accountsCreated = newValue } }
    }

    private mutating func change(_ edit: (inout Contents) -> Void) {
        var contents = box.value
        edit(&contents)
        box = Shared(contents)
    }

    /// Failed logins after which an account is locked. Not found in any public source: a
    /// simulated rule, and the screens say so.
    public static let lockoutThreshold = 5

    public init(court: CourtProfile = .massachusetts, today: CivilDate, accounts: [PACERAccount] = [],
                cmecfAccounts: [CMECFAccount] = [], seed: UInt64) {
        box = Shared(Contents(court: court, today: today, accounts: accounts, cmecfAccounts: cmecfAccounts, seed: seed))
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
