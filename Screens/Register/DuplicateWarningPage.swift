import WizardEngine

/// Step 7, when the back end finds an account that shares two of name, date of birth and email:
/// "an account may already exist", with Continue or a way back.
enum DuplicateWarningPage {
    static let page = Page(
        id: RegisterPages.duplicate, step: 7, title: "An Account May Already Exist",
        address: PACERSite.registration, menuBar: PACERSite.menuBar.with(current: PACERSite.registerItem),
        instruction: "Read and acknowledge the policies and procedures, then click Submit. PACER paused the Submit: read why.",
        blocks: [
            .text("An account with some of the same details (name, date of birth, email) already exists. If it is yours, you may not need a new one: an old account created before August 11, 2014 is upgraded instead.", .warning),
            .text("If you are sure this is a different person, continue. Otherwise go back, or call the PACER Service Center at {phone}."),
            .field(Field("register.duplicateContinue", "Continue: create the account anyway",
                         .link(.run(.registerDespiteWarning(RegistrationFields()), then: RegisterPages.created)))),
            .field(Field("register.duplicateUpgrade", "It is my old account: rehearse the upgrade instead",
                         .link(.startJourney("upgrade")))),
        ],
        next: nil,
        chooseALinkMessage: "Choose Continue to create the account anyway, or Back.",
        hint: "Two of your name, date of birth and email match an existing account. Continue if it is not yours.",
        helpDesk: "Ask whether the caller ever had a PACER account; if so, an upgrade or a password reset may be what they need."
    )
}
