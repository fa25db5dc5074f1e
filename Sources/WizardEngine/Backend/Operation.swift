/// A request to the mock PACER back end, made when a page's button is pressed after its fields
/// pass their checks. Each case names the fields it reads, so the back end stays independent of
/// any particular page.
public enum Operation: Hashable, Sendable {
    /// Manage My Account login.
    case pacerLogin(LoginFields)
    /// NextGen CM/ECF login with the PACER account (Central Sign-On).
    case cmecfSignIn(LoginFields)
    /// Refuses a username that another account already has.
    case checkUsernameAvailable(FieldID)
    /// Creates the account from journey R's answers, after the duplicate check; a likely
    /// duplicate leads to `duplicateWarning` instead.
    case register(RegistrationFields, duplicateWarning: PageID)
    /// Creates the account despite the duplicate warning (its Continue button).
    case registerDespiteWarning(RegistrationFields)
    /// Upgrades the logged-in legacy account with new credentials and details.
    case upgrade(RegistrationFields)
    /// Checks the old CM/ECF login before linking.
    case checkCMECFLogin(LoginFields)
    /// Authorises the card of the payment page, if one was given (an empty page passes).
    case chargeCard(FieldID)
    /// Links the checked CM/ECF account to the logged-in PACER account.
    case linkCMECF
    /// Asks the court for e-filing rights (pending until it approves).
    case requestEFiling
    /// Creates a PACER Administrative Account and logs its administrator in.
    case registerPAA(RegistrationFields)
    /// Invites an existing account into the logged-in PAA.
    case addPAAMember(accountNumber: FieldID, lastName: FieldID)
    case signOut
}

/// The fields of a login form.
public struct LoginFields: Hashable, Sendable {
    public let username: FieldID
    public let password: FieldID
    public init(username: FieldID, password: FieldID) {
        self.username = username
        self.password = password
    }
}

/// The fields a new or upgraded account is made from. Any may be absent from a form.
public struct RegistrationFields: Hashable, Sendable {
    public var firstName: FieldID = "firstName"
    public var lastName: FieldID = "lastName"
    public var dateOfBirth: FieldID = "dateOfBirth"
    public var email: FieldID = "email"
    public var street: FieldID = "address"
    public var city: FieldID = "city"
    public var state: FieldID = "state"
    public var zip: FieldID = "zip"
    public var userType: FieldID = "userType"
    public var username: FieldID = "username"
    public var password: FieldID = "password"
    public var cardNumber: FieldID = "cardNumber"
    /// For a PAA: the firm's name.
    public var firm: FieldID = "firmOffice"

    public init() {}
}

/// What the back end answered.
public enum OperationResult: Hashable, Sendable {
    /// Go on to the page's next page.
    case proceed
    /// Go to another page instead.
    case goTo(PageID)
    /// Stay: these fields have these problems, and the status line says this.
    case refuse([FieldID: String], String)
}
