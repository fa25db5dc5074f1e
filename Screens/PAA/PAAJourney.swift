import WizardEngine

/// Journey P: a PACER Administrative Account (firm billing): what it is, registering it, and
/// adding a member's existing account.
public enum PAAJourney {
    public static let id: JourneyID = "paa"

    public static let steps = [
        "What a PAA does",
        "Register the PAA: administrator and firm",
        "PAA created",
        "Add a member's existing account",
        "Pending until the member accepts",
    ]

    public static let journey = Journey(
        id: id,
        title: "Set up a PACER Administrative Account",
        steps: steps,
        pages: [
            PAAAboutPage.page, PAARegisterPage.page, PAACreatedPage.page, PAALoginPage.page,
            PAAMaintenancePage.page, PAAAddMemberPage.page, PAAPendingPage.page,
        ]
    )
}
