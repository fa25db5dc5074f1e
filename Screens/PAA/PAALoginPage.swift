import WizardEngine

/// Step 4, for a firm that already has a PAA: its administrator logs in to reach PAA Maintenance.
enum PAALoginPage {
    static let page = Page(
        id: PAAPages.login, step: 4, title: "Manage My Account Login",
        address: "pacer.login.uscourts.gov/csologin/login.jsf", menuBar: PAASite.accountBar,
        instruction: "Log in with the PAA's username and password to reach PAA Maintenance.",
        blocks: [
            .text("Use the administrative account's own login, not a member's."),
            .field(Field(PAAFields.loginUsername, "Username", .text(maxLength: 40), required: true)),
            .field(Field(PAAFields.loginPassword, "Password", .secret(maxLength: 45), required: true,
                         help: "Practice only: never type a real password here.")),
        ],
        next: PAAPages.maintenance,
        nextLabel: "Login",
        hint: "Practice PAA: harborlegal / Harbor-PAA1.",
        helpDesk: "Ask whether the caller is the firm's PAA administrator: only that login opens PAA Maintenance.",
        mistakes: [
            "A member's own login: only the PAA's login (the firm's administrative account) opens PAA Maintenance.",
        ],
        operation: .pacerLogin(LoginFields(username: PAAFields.loginUsername, password: PAAFields.loginPassword))
    )
}
