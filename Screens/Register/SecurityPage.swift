import WizardEngine

/// Step 5: username, password and two security questions.
enum SecurityPage {
    static let username: FieldID = "username"
    static let password: FieldID = "password"
    static let confirmPassword: FieldID = "confirmPassword"
    static let question1: FieldID = "securityQuestion1"
    static let answer1: FieldID = "securityAnswer1"
    static let question2: FieldID = "securityQuestion2"
    static let answer2: FieldID = "securityAnswer2"

    static let page = Page(
        id: RegisterPages.security, step: 5, title: "PACER Registration: Security Information",
        address: PACERSite.registration, menuBar: PACERSite.menuBar.with(current: PACERSite.registerItem),
        instruction: "Create a username and a password, and choose two security questions. Then click Next.",
        blocks: [
            .field(Field(username, "Username", .text(maxLength: 40), required: true, rules: [.username],
                         help: "At least 8 characters. The old 6-character usernames (like lp1234) are not accepted any more.")),
            .field(Field("suggestUsername", "Suggest one", .button(.suggestUsername(
                into: username, first: RegistrationFormFields.firstName, last: RegistrationFormFields.lastName)))),
            .field(Field(password, "Password", .secret(maxLength: 45), required: true, rules: [.password(username: username)],
                         help: "Practice rule: 8 to 45 characters with upper case, lower case and a digit or symbol, not containing the username. Invent one: never type a real password here.")),
            .field(Field(confirmPassword, "Confirm Password", .secret(maxLength: 45), required: true,
                         rules: [.matches(password, what: "Password")])),
            .text("Security questions help you reset a forgotten password. Choose two different ones.", .note),
            .field(Field(question1, "Security Question 1", .choice(.fixed(SecurityQuestions.options), placeholder: "Select a question"),
                         required: true)),
            .field(Field(answer1, "Answer 1", .text(maxLength: 60, sensitivity: .privateValue), required: true,
                         rules: [.minLength(2)])),
            .field(Field(question2, "Security Question 2", .choice(.fixed(SecurityQuestions.options), placeholder: "Select a question"),
                         required: true, rules: [.differsFrom(question1, what: "Security Question 1")])),
            .field(Field(answer2, "Answer 2", .text(maxLength: 60, sensitivity: .privateValue), required: true,
                         rules: [.minLength(2)])),
        ],
        next: RegisterPages.payment,
        hint: "Press Enter on \"Suggest one\" for a username made from your name. Passwords: upper and lower case plus a digit or symbol.",
        helpDesk: "If the username is refused, it is probably under 8 characters, an old legacy one, or taken; suggest the \"Suggest one\" button.",
        mistakes: [
            "Username refused: it is under 8 characters, an old legacy one like lp1234, or taken; Suggest one makes a new one from the name.",
            "Password refused: it needs 8 to 45 characters with upper case, lower case and a digit or symbol, and must not contain the username.",
            "The same question twice: Security Question 2 must differ from the first. The answers reset a forgotten password later, so the caller should keep them.",
        ],
        operation: .checkUsernameAvailable(username)
    )
}
