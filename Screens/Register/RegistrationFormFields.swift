import WizardEngine

/// The ids of the registration form's fields, shared by the form, the security page (which
/// suggests a username from the name) and tests.
enum RegistrationFormFields {
    static let prefix: FieldID = "prefix"
    static let firstName: FieldID = "firstName"
    static let middleName: FieldID = "middleName"
    static let lastName: FieldID = "lastName"
    static let suffix: FieldID = "suffix"
    static let dateOfBirth: FieldID = "dateOfBirth"
    static let firmOffice: FieldID = "firmOffice"
    static let unitDepartment: FieldID = "unitDepartment"
    static let address: FieldID = "address"
    static let roomSuite: FieldID = "roomSuite"
    static let city: FieldID = "city"
    static let state: FieldID = "state"
    static let county: FieldID = "county"
    static let zip: FieldID = "zip"
    static let country: FieldID = "country"
    static let primaryPhone: FieldID = "primaryPhone"
    static let alternatePhone: FieldID = "alternatePhone"
    static let fax: FieldID = "fax"
    static let email: FieldID = "email"
    static let confirmEmail: FieldID = "confirmEmail"
    static let userType: FieldID = "userType"
    static let federalTaxID: FieldID = "federalTaxID"
    static let cjaPanel: FieldID = "cjaPanel"
    static let userVerification: FieldID = "userVerification"
}
