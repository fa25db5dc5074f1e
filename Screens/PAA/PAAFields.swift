import WizardEngine

/// The ids of journey P's fields. Every id starts with `paa.`, since answers are shared by all
/// the journeys of a run.
enum PAAFields {
    static let startRegistration: FieldID = "paa.about.register"
    static let startLogin: FieldID = "paa.about.login"

    static let loginUsername: FieldID = "paa.login.username"
    static let loginPassword: FieldID = "paa.login.password"

    static let firm: FieldID = "paa.reg.firm"
    static let organizationType: FieldID = "paa.reg.organizationType"
    static let firstName: FieldID = "paa.reg.firstName"
    static let lastName: FieldID = "paa.reg.lastName"
    static let email: FieldID = "paa.reg.email"
    static let confirmEmail: FieldID = "paa.reg.confirmEmail"
    static let phone: FieldID = "paa.reg.phone"
    static let address: FieldID = "paa.reg.address"
    static let city: FieldID = "paa.reg.city"
    static let state: FieldID = "paa.reg.state"
    static let zip: FieldID = "paa.reg.zip"
    static let username: FieldID = "paa.reg.username"
    static let password: FieldID = "paa.reg.password"
    static let confirmPassword: FieldID = "paa.reg.confirmPassword"
    /// Not on the form (an administrative account has no date of birth, card or country); named
    /// so that the back end reads an empty answer under a `paa.` id.
    static let noDateOfBirth: FieldID = "paa.reg.none.dateOfBirth"
    static let noCard: FieldID = "paa.reg.none.cardNumber"
    static let noCountry: FieldID = "paa.reg.none.country"

    static let tab: FieldID = "paa.tab"
    static let addMember: FieldID = "paa.maint.add"
    static let removeMembers: FieldID = "paa.maint.remove"
    static let listMembers: FieldID = "paa.maint.members"
    static let updateDetails: FieldID = "paa.maint.details"
    static let invoice: FieldID = "paa.usage.invoice"
    static let transactions: FieldID = "paa.usage.transactions"
    static let clientCodes: FieldID = "paa.settings.clientCodes"
    static let changePassword: FieldID = "paa.settings.password"
    static let billingEmail: FieldID = "paa.settings.billingEmail"

    static let accountNumber: FieldID = "paa.add.accountNumber"
    static let memberLastName: FieldID = "paa.add.lastName"
    static let remark: FieldID = "paa.add.remark"
    static let acknowledge: FieldID = "paa.add.acknowledge"

    /// The registration form as the back end reads it.
    static let registration: RegistrationFields = {
        var fields = RegistrationFields()
        fields.firstName = firstName
        fields.lastName = lastName
        fields.dateOfBirth = noDateOfBirth
        fields.email = email
        fields.street = address
        fields.city = city
        fields.state = state
        fields.zip = zip
        fields.userType = organizationType
        fields.username = username
        fields.password = password
        fields.cardNumber = noCard
        fields.firm = firm
        return fields
    }()

    static let maintenanceTab = "PAA Maintenance"
    static let usageTab = "Usage"
    static let settingsTab = "Settings"
}

/// The address and menu bar of the PAA's pages on the PACER site.
enum PAASite {
    static let about = "pacer.uscourts.gov/register-account"
    static let registration = "pacer.psc.uscourts.gov/pscof/registration/paa"
    static let manage = "pacer.psc.uscourts.gov/pscof/manage/paa"
    static let registerBar = PACERSite.menuBar(leadsTo: [:]).with(current: PACERSite.registerItem)
    static let accountBar = PACERSite.menuBar(leadsTo: [:]).with(current: PACERSite.accountItem)
}
