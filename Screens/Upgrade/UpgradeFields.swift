import WizardEngine

/// The ids of journey U's fields, links and buttons, shared by the pages, the upgrade request
/// to the mock back end and the tests. All start with `upgrade.` so that they never collide
/// with journey R's `firstName`, `username` and the like in the same run.
enum UpgradeFields {
    // Step 2: the My Account & Billing menu.
    static let menuManageLogin: FieldID = "upgrade.accountMenu.manageLogin"
    static let menuPayment: FieldID = "upgrade.accountMenu.payment"
    static let menuBillingHistory: FieldID = "upgrade.accountMenu.billingHistory"
    static let menuForgotUsername: FieldID = "upgrade.accountMenu.forgotUsername"
    static let menuForgotPassword: FieldID = "upgrade.accountMenu.forgotPassword"

    // Step 2: the login.
    static let loginUsername: FieldID = "upgrade.login.username"
    static let loginPassword: FieldID = "upgrade.login.password"
    static let loginClientCode: FieldID = "upgrade.login.clientCode"
    static let loginForgotUsername: FieldID = "upgrade.login.forgotUsername"
    static let loginForgotPassword: FieldID = "upgrade.login.forgotPassword"

    // Step 3: Manage My Account.
    static let upgradeLink: FieldID = "upgrade.manage.upgrade"
    static let manageTab: FieldID = "upgrade.manage.tab"
    static let viewRequests: FieldID = "upgrade.manage.viewRequests"
    static let logOut: FieldID = "upgrade.manage.logOut"
    static let loginAgain: FieldID = "upgrade.manage.loginAgain"

    // Step 4, Person tab.
    static let firstName: FieldID = "upgrade.firstName"
    static let middleName: FieldID = "upgrade.middleName"
    static let lastName: FieldID = "upgrade.lastName"
    static let dateOfBirth: FieldID = "upgrade.dateOfBirth"
    static let userType: FieldID = "upgrade.userType"
    static let email: FieldID = "upgrade.email"

    // Step 4, Address tab.
    static let street: FieldID = "upgrade.street"
    static let city: FieldID = "upgrade.city"
    static let state: FieldID = "upgrade.state"
    static let county: FieldID = "upgrade.county"
    static let zip: FieldID = "upgrade.zip"
    static let country: FieldID = "upgrade.country"

    // Step 4, Security tab.
    static let username: FieldID = "upgrade.username"
    static let suggestUsername: FieldID = "upgrade.suggestUsername"
    static let password: FieldID = "upgrade.password"
    static let confirmPassword: FieldID = "upgrade.confirmPassword"
    static let question1: FieldID = "upgrade.securityQuestion1"
    static let answer1: FieldID = "upgrade.securityAnswer1"
    static let question2: FieldID = "upgrade.securityQuestion2"
    static let answer2: FieldID = "upgrade.securityAnswer2"

    // Step 6.
    static let tryLoginAgain: FieldID = "upgrade.questions.loginAgain"

    /// Fields the upgrade request reads but no upgrade page has: pointing them at ids of their
    /// own keeps the back end from reading journey R's card number or firm in the same run.
    static let unusedCardNumber: FieldID = "upgrade.cardNumber"
    static let unusedFirm: FieldID = "upgrade.firmOffice"

    /// What the Security tab's Submit sends to the mock back end.
    static let upgradeRequest: RegistrationFields = {
        var fields = RegistrationFields()
        fields.firstName = firstName
        fields.lastName = lastName
        fields.dateOfBirth = dateOfBirth
        fields.email = email
        fields.street = street
        fields.city = city
        fields.state = state
        fields.zip = zip
        fields.userType = userType
        fields.username = username
        fields.password = password
        fields.cardNumber = unusedCardNumber
        fields.firm = unusedFirm
        return fields
    }()
}
