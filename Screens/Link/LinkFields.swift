import WizardEngine

/// The ids of journey L's fields. Every id starts with `link.`: answers are shared by all the
/// journeys of a run, so the PACER login here must not collide with journey R's username.
enum LinkFields {
    // Step 1: the NextGen CM/ECF login (Central Sign-On with the PACER account).
    static let username: FieldID = "link.login.username"
    static let password: FieldID = "link.login.password"
    static let clientCode: FieldID = "link.login.clientCode"
    static let upgrade: FieldID = "link.login.upgrade"
    static let redactionUnderstood: FieldID = "link.redaction.understood"

    // Step 2: Utilities, "Your Account".
    static let linkAccount: FieldID = "link.utilities.link"
    static let maintainAccount: FieldID = "link.utilities.maintain"
    static let changePACER: FieldID = "link.utilities.changePACER"
    static let transactionLog: FieldID = "link.utilities.transactions"
    static let billingHistory: FieldID = "link.utilities.billing"
    static let requestEFiling: FieldID = "link.utilities.efile"

    // Step 3: the old CM/ECF login.
    static let oldUsername: FieldID = "link.old.username"
    static let oldPassword: FieldID = "link.old.password"

    // The e-filing request.
    static let attorneyRegistration: FieldID = "link.efile.attorney"
    static let nonAttorneyRegistration: FieldID = "link.efile.nonAttorney"
    static let checkStatus: FieldID = "link.efile.status"
    static let registeredCourts: FieldID = "link.efile.courts"
    static let courtType: FieldID = "link.efile.courtType"
    static let court: FieldID = "link.efile.court"
    static let registrationType: FieldID = "link.efile.registrationType"
    static let barID: FieldID = "link.efile.barID"
    static let barState: FieldID = "link.efile.barState"
    static let firm: FieldID = "link.efile.firm"
    static let phone: FieldID = "link.efile.phone"
    static let paymentNote: FieldID = "link.efile.paymentNote"
    static let termsAgree: FieldID = "link.efile.termsAgree"
    static let termsService: FieldID = "link.efile.termsService"

    /// The two kinds of request the form offers.
    static let eFileOnly = "E-File Registration Only"
    static let admissionsAndEFile = "Attorney Admissions and E-File"
}
