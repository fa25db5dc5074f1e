import WizardEngine

/// Step 2, the login: Manage My Account Login with the PACER username and password, checked by
/// the mock back end (wrong logins count towards a simulated lockout).
enum UpgradeLoginPage {
    typealias F = UpgradeFields

    static let resetNeeds = "The real reset asks for the account's email plus your username, account number or date of birth, and then your security answers."
    /// Short enough for the status line beside Back and Login.
    static let resetNotRehearsed = "Not rehearsed: see the note below on what it needs."

    static let page = Page(
        id: UpgradePages.login, step: 2, title: "Manage My Account Login",
        address: UpgradePages.loginAddress, menuBar: UpgradePages.accountMenuBar,
        instruction: "Log in with your PACER username and password, then click Login.",
        blocks: [
            .field(Field(F.loginUsername, "Username", .text(maxLength: 40), required: true, rules: [.minLength(6)],
                         help: "A legacy account still has its old username: 6 characters, letters then four digits (like lp1234). After an upgrade, only the new username works.")),
            .field(Field(F.loginPassword, "Password", .secret(maxLength: 45), required: true,
                         help: "The account's current password. In this rehearsal, only the practice passwords work: never type a real one.")),
            .field(Field(F.loginClientCode, "Client Code", .text(maxLength: 32, width: 20),
                         note: "optional",
                         help: "Firms use client codes to sort PACER charges by client. Leave it empty to log in to Manage My Account.")),
            .field(Field(F.loginForgotUsername, "Forgot Username?", .link(.notThisOne(resetNotRehearsed)),
                         help: "Emails the username to the account's address. " + resetNeeds)),
            .field(Field(F.loginForgotPassword, "Forgot Your Password?", .link(.notThisOne(resetNotRehearsed)),
                         help: "Sets a new password. " + resetNeeds)),
            .text("Forgotten login? " + resetNeeds, .note),
            .text("After {lockoutLimit} failed logins in a row the account locks until the Service Center unlocks it: a simulated rule, as PACER does not publish its limit.", .note),
        ],
        next: UpgradePages.manage,
        nextLabel: "Login",
        hint: "Practice logins: legacy lp1234 / sunny2012; already upgraded mkowalski21 / Upgraded-2019. Leave Client Code empty.",
        helpDesk: "\"Invalid username or password\": check the letter case and whether the account was upgraded (then only the new username works). After {lockoutLimit} failures it locks (simulated).",
        mistakes: [
            "A new-style username before the upgrade: a legacy account still logs in with its 6-character username (like lp1234); after the upgrade only the new one works.",
            "A forgotten password or username: the reset asks for the account's email plus the username, account number or date of birth, then the security answers.",
            "Guessing again and again: after {lockoutLimit} failures in a row the account locks (a simulated rule) until the Service Center unlocks it.",
        ],
        operation: .pacerLogin(LoginFields(username: F.loginUsername, password: F.loginPassword))
    )
}
