import WizardEngine

/// Journey L: link the PACER account to the old CM/ECF account in NextGen CM/ECF (on or after the
/// court's go-live date), or, with no CM/ECF account at the court, ask for e-filing rights.
public enum LinkJourney {
    public static let id: JourneyID = "link"

    /// The steps, in the numbering of the court's instructions; the e-filing request shares them.
    public static let steps = [
        "Log in to NextGen CM/ECF (PACER login)",
        "Utilities › Link a CM/ECF account",
        "Old CM/ECF login, or e-filing request",
        "Check the details and Submit",
        "Confirmation",
    ]

    public static let journey = Journey(
        id: id,
        title: "Link your accounts in NextGen CM/ECF",
        steps: steps,
        pages: [
            LinkLoginPage.page, RedactionPage.page, CMECFMainPage.page, UtilitiesPage.page,
            OldLoginPage.page, AccountDetailsPage.page, LinkedPage.page,
            EFileMenuPage.page, EFileCourtPage.page, EFileBarPage.page, EFilePaymentPage.page,
            EFileTermsPage.page, EFilePendingPage.page,
        ]
    )
}
