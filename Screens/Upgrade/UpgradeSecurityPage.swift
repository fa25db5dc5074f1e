import WizardEngine

/// Step 4, Security tab: a new username, password and security questions, then Submit, which
/// checks the other two tabs as well and asks the mock back end to upgrade the account.
enum UpgradeSecurityPage {
    typealias F = UpgradeFields

    static let page = Page(
        id: UpgradePages.security, step: 4, title: "Upgrade PACER Account",
        address: UpgradePages.upgradeAddress, menuBar: UpgradePages.accountMenuBar,
        instruction: "Security tab: create a new username and password and choose two security questions. Then click Submit.",
        blocks: [
            .field(Field(F.username, "Username", .text(maxLength: 40), required: true, rules: [.username],
                         help: "At least 8 characters. The old 6-character username (like lp1234) is too short for the new rules, so choose a new one.")),
            .field(Field(F.suggestUsername, "Suggest one", .button(.suggestUsername(
                into: F.username, first: F.firstName, last: F.lastName)))),
            .field(Field(F.password, "Password", .secret(maxLength: 45), required: true, rules: [.password(username: F.username)],
                         help: "Practice rule: 8 to 45 characters with upper case, lower case and a digit or symbol, not containing the username. The old password may stay only if it meets this rule. Invent one: never type a real password here.")),
            .field(Field(F.confirmPassword, "Confirm Password", .secret(maxLength: 45), required: true,
                         rules: [.matches(F.password, what: "Password")])),
            .field(Field(F.question1, "Security Question 1", .choice(.fixed(SecurityQuestions.options), placeholder: "Select a question"),
                         required: true)),
            .field(Field(F.answer1, "Answer 1", .text(maxLength: 60, sensitivity: .privateValue), required: true,
                         rules: [.minLength(2)])),
            .field(Field(F.question2, "Security Question 2", .choice(.fixed(SecurityQuestions.options), placeholder: "Select a question"),
                         required: true, rules: [.differsFrom(F.question1, what: "Security Question 1")])),
            .field(Field(F.answer2, "Answer 2", .text(maxLength: 60, sensitivity: .privateValue), required: true,
                         rules: [.minLength(2)])),
            .text("Submit checks the Person and Address tabs too. After the upgrade, the old username and password stop working.", .note),
        ],
        next: UpgradePages.complete,
        nextLabel: "Submit",
        hint: "\"Suggest one\" makes a username from your name. Passwords: upper and lower case plus a digit or symbol; sunny2012 is too weak.",
        helpDesk: "A refused username is usually the old 6-character one: the new one needs at least 8 characters.",
        mistakes: [
            "Keeping the old 6-character username: the new one needs at least 8 characters; Suggest one makes one from the name.",
            "Keeping a weak old password such as sunny2012: it may stay only if it has upper case, lower case and a digit or symbol.",
            "Logging in with the old login after Submit: the old username and password stop working at once; only the new ones do.",
        ],
        operation: .upgrade(F.upgradeRequest),
        tabs: UpgradePages.tabs,
        alsoChecks: [UpgradePages.person, UpgradePages.address]
    )
}
