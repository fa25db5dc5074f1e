import WizardEngine

/// The start page: the notice's questions in its order, each answer leading to the journey that
/// fits, and a plain list of every journey for people who know where they are going.
public enum StartJourney {
    public static let id: JourneyID = "start"
    static let page: PageID = "start.home"

    static let ownAccount: FieldID = "start.ownAccount"
    static let createdBefore2014: FieldID = "start.createdBefore2014"
    static let firmBilling: FieldID = "start.firmBilling"

    static let yesNo = [ChoiceOption("Yes"), ChoiceOption("No")]

    public static let journey = Journey(
        id: id, title: "Get ready for NextGen CM/ECF", steps: [],
        pages: [Page(
            id: page, step: 0, title: "pacer-prep: start", address: "pacer-prep/start",
            menuBar: MenuBar(items: []),
            instruction: "Answer the notice's questions in order to find what you need to rehearse, or choose a journey from the list below.",
            blocks: [
                .text("Practice only: pacer-prep is not affiliated with the federal judiciary or PACER, and nothing you type is sent anywhere. Type no real password, card number or date of birth.", .warning),
                .text("The {court} moves to NextGen CM/ECF on {goLive}. The simulated day is {today}."),
                .heading("1. Do you have your own PACER account?"),
                .field(Field(ownAccount, "Your answer", .choice(.fixed([
                    ChoiceOption("Yes"), ChoiceOption("No"), ChoiceOption("Only a shared one"),
                ]), placeholder: "Choose with ← →"))),
                .text("Then register one of your own: shared PACER accounts may no longer be used by CM/ECF filers.",
                      when: .oneOf(ownAccount, ["No", "Only a shared one"])),
                .field(Field("start.goRegister", "Rehearse: register a PACER account", .link(.startJourney("register"))),
                       when: .oneOf(ownAccount, ["No", "Only a shared one"])),
                .heading("2. Was it created before August 11, 2014?", when: .equals(ownAccount, "Yes")),
                .field(Field(createdBefore2014, "Your answer", .choice(.fixed([
                    ChoiceOption("Yes"), ChoiceOption("No"), ChoiceOption("Not sure"),
                ]), placeholder: "Choose with ← →")), when: .equals(ownAccount, "Yes")),
                .text("Then it is a legacy account and must be upgraded.", when: .all([
                    .equals(ownAccount, "Yes"), .equals(createdBefore2014, "Yes")])),
                .text("Log in to Manage My Account and look at Account Type: \"Legacy PACER Account\" needs the upgrade; \"Upgraded PACER Account\" needs nothing.",
                      when: .all([.equals(ownAccount, "Yes"), .equals(createdBefore2014, "Not sure")])),
                .field(Field("start.goUpgrade", "Rehearse: upgrade a legacy account", .link(.startJourney("upgrade"))),
                       when: .all([.equals(ownAccount, "Yes"), .oneOf(createdBefore2014, ["Yes", "Not sure"])])),
                .heading("3. Would your firm benefit from a firm billing account?", when: .all([
                    .equals(ownAccount, "Yes"), .equals(createdBefore2014, "No")])),
                .field(Field(firmBilling, "Your answer", .choice(.fixed(yesNo), placeholder: "Choose with ← →")),
                       when: .all([.equals(ownAccount, "Yes"), .equals(createdBefore2014, "No")])),
                .field(Field("start.goPAA", "Rehearse: set up a PACER Administrative Account", .link(.startJourney("paa"))),
                       when: .all([.equals(ownAccount, "Yes"), .equals(createdBefore2014, "No"), .equals(firmBilling, "Yes")])),
                .heading("4. Link your accounts in CM/ECF", when: .all([
                    .equals(ownAccount, "Yes"), .equals(createdBefore2014, "No"), .notEmpty(firmBilling)])),
                .text("Linking opens on {goLive}. Until then, have your PACER login and your old CM/ECF login ready.",
                      when: .all([.equals(ownAccount, "Yes"), .equals(createdBefore2014, "No"), .notEmpty(firmBilling), .beforeGoLive])),
                .text("The court is on NextGen now: link your PACER account to your CM/ECF account.",
                      when: .all([.equals(ownAccount, "Yes"), .equals(createdBefore2014, "No"), .notEmpty(firmBilling), .not(.beforeGoLive)])),
                .field(Field("start.goLink", "Rehearse: link the accounts in NextGen CM/ECF", .link(.startJourney("link"))),
                       when: .all([.equals(ownAccount, "Yes"), .equals(createdBefore2014, "No"), .notEmpty(firmBilling)])),
                .heading("Every journey"),
                .field(Field("start.menuRegister", "R · Register a PACER account", .link(.startJourney("register")))),
                .field(Field("start.menuUpgrade", "U · Upgrade a legacy PACER account", .link(.startJourney("upgrade")))),
                .field(Field("start.menuLink", "L · Link the accounts in NextGen CM/ECF", .link(.startJourney("link")))),
                .field(Field("start.menuPAA", "P · Set up a firm billing account (PAA)", .link(.startJourney("paa")))),
                .text("Questions about a real account: PACER Service Center, {phone}, {hours}.", .note),
            ],
            next: nil,
            chooseALinkMessage: "Answer the questions, or choose a journey from the list (Tab to it, then Enter).",
            hint: "Use ← and → to answer each question; the next question or the right journey appears below it.",
            helpDesk: "Ask the caller the same questions in order: own account? created before August 11, 2014? firm billing? Then go to the journey that fits."
        )]
    )
}
