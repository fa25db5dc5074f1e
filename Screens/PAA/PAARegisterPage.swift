import WizardEngine

/// Step 2: the PAA registration form, the administrator's details and the firm's.
enum PAARegisterPage {
    static let organizationTypes = ["Law Firm", "Government Agency", "Commercial Business", "Nonprofit", "University or Library"]

    static let page = Page(
        id: PAAPages.register, step: 2, title: "PACER Administrative Account Registration",
        address: PAASite.registration, menuBar: PAASite.registerBar,
        instruction: "Enter the firm and its administrator, choose the PAA's username and password, then Submit.",
        blocks: [
            .text("One person registers the PAA and becomes its administrator. Practice: invent every detail."),
            .field(Field(PAAFields.firm, "Firm/Organization", .text(maxLength: 60), required: true, rules: [.minLength(2)],
                         help: "The name the central bill is addressed to.")),
            .field(Field(PAAFields.organizationType, "Organization Type",
                         .choice(.fixed(organizationTypes.map { ChoiceOption($0) }), placeholder: "Select a type"), required: true)),
            .field(Field(PAAFields.firstName, "Admin First Name", .text(maxLength: 40), required: true, rules: [.personName])),
            .field(Field(PAAFields.lastName, "Admin Last Name", .text(maxLength: 40), required: true, rules: [.personName])),
            .field(Field(PAAFields.email, "Email", .text(maxLength: 60), required: true, rules: [.email],
                         help: "Invoices and membership answers go here.")),
            .field(Field(PAAFields.confirmEmail, "Confirm Email", .text(maxLength: 60), required: true,
                         rules: [.matches(PAAFields.email, what: "Email")])),
            .field(Field(PAAFields.phone, "Phone", .text(maxLength: 20, width: 20), required: true, rules: [.phone])),
            .field(Field(PAAFields.address, "Address", .text(maxLength: 60), required: true)),
            .field(Field(PAAFields.city, "City", .text(maxLength: 40), required: true)),
            .field(Field(PAAFields.state, "State", .choice(.fixed(USStates.options), placeholder: "Select a state"), required: true)),
            .field(Field(PAAFields.zip, "Zip Code", .text(maxLength: 10, width: 12), required: true,
                         rules: [.postalCode(country: PAAFields.noCountry)])),
            .field(Field(PAAFields.username, "Username", .text(maxLength: 40), required: true, rules: [.username],
                         help: "The PAA's own login, different from any member's.")),
            .field(Field(PAAFields.password, "Password", .secret(maxLength: 45), required: true,
                         rules: [.password(username: PAAFields.username)])),
            .field(Field(PAAFields.confirmPassword, "Confirm Password", .secret(maxLength: 45), required: true,
                         rules: [.matches(PAAFields.password, what: "Password")])),
        ],
        next: PAAPages.created,
        nextLabel: "Submit",
        hint: "All fields are required. Username: 8 or more characters; password: upper case, lower case and a digit or symbol.",
        helpDesk: "The administrator registers with the firm's details; members' accounts are added afterwards, from PAA Maintenance.",
        operation: .registerPAA(PAAFields.registration)
    )
}
