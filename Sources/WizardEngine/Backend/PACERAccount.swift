/// One account in the mock PACER directory.
///
/// Passwords are kept in memory only, for checking logins during a run; nothing in the program
/// writes an account back to disk.
public struct PACERAccount: Hashable, Sendable {
    /// Whether the account still has the pre-2014 username and password, or has been upgraded.
    public enum Kind: String, Hashable, Sendable {
        case legacy, upgraded

        /// As Manage My Account labels it.
        public var label: String {
            switch self {
            case .legacy: "Legacy PACER Account"
            case .upgraded: "Upgraded PACER Account"
            }
        }
    }

    /// Whether the account may search.
    public enum CaseSearch: String, Hashable, Sendable {
        case active, inactive
        /// Registered without a card: waiting for the mailed activation code.
        case awaitingActivation = "awaiting-activation"

        public var label: String {
            switch self {
            case .active: "Active"
            case .inactive: "Inactive"
            case .awaitingActivation: "Not activated (activation code mailed)"
            }
        }
    }

    /// Seven digits, shown above the username in Manage My Account.
    public var number: String
    public var username: String
    public var password: String
    public var firstName: String
    public var lastName: String
    public var dateOfBirth: CivilDate?
    public var email: String
    public var street: String
    public var city: String
    public var state: String
    public var zip: String
    public var userType: String
    public var createdOn: CivilDate
    public var kind: Kind
    public var caseSearch: CaseSearch
    /// The account number of the PACER Administrative Account it belongs to, if any.
    public var memberOfPAA: String?
    /// Whether this account is itself a PACER Administrative Account (firm billing).
    public var isAdministrativeAccount: Bool
    /// PAA invitations waiting for this account holder to accept, by PAA account number.
    public var pendingPAAInvitations: [String]
    /// CM/ECF usernames linked to this account, by court id.
    public var linkedCMECF: [String: String]
    /// E-filing requests waiting for a court's approval, by court id.
    public var pendingEFileRequests: [String]
    /// Set after too many failed logins (a simulated rule).
    public var isLocked: Bool

    public init(number: String, username: String, password: String, firstName: String, lastName: String,
                dateOfBirth: CivilDate? = nil, email: String = "", street: String = "", city: String = "",
                state: String = "", zip: String = "", userType: String = "", createdOn: CivilDate,
                kind: Kind, caseSearch: CaseSearch = .active, memberOfPAA: String? = nil,
                isAdministrativeAccount: Bool = false, pendingPAAInvitations: [String] = [],
                linkedCMECF: [String: String] = [:], pendingEFileRequests: [String] = [], isLocked: Bool = false) {
        self.number = number
        self.username = username
        self.password = password
        self.firstName = firstName
        self.lastName = lastName
        self.dateOfBirth = dateOfBirth
        self.email = email
        self.street = street
        self.city = city
        self.state = state
        self.zip = zip
        self.userType = userType
        self.createdOn = createdOn
        self.kind = kind
        self.caseSearch = caseSearch
        self.memberOfPAA = memberOfPAA
        self.isAdministrativeAccount = isAdministrativeAccount
        self.pendingPAAInvitations = pendingPAAInvitations
        self.linkedCMECF = linkedCMECF
        self.pendingEFileRequests = pendingEFileRequests
        self.isLocked = isLocked
    }

    public var fullName: String { "\(firstName) \(lastName)" }

    /// Accounts created before this day are legacy accounts until upgraded (the notice).
    public static let upgradeCutoff = CivilDate(year: 2014, month: 8, day: 11)!
}
