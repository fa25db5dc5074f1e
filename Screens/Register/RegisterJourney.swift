import WizardEngine

/// Journey R: register a PACER account, the nine steps of the court notice.
public enum RegisterJourney {
    public static let id: JourneyID = "register"

    /// The notice's steps, in its numbering.
    public static let steps = [
        "Open the PACER website",
        "Choose Register for an Account",
        "Choose the kind of account",
        "Fill in the registration form",
        "Username, password and security questions",
        "Payment (optional)",
        "Acknowledge the policies and Submit",
        "Account created",
        "Questions: call PACER",
    ]

    public static let journey = Journey(
        id: id,
        title: "Register for a PACER account",
        steps: steps,
        pages: [
            HomePage.page, HomeMenuPage.page, AccountKindsPage.page, RegistrationFormPage.page,
            SecurityPage.page, PaymentPage.page, PoliciesPage.page, DuplicateWarningPage.page, AccountCreatedPage.page,
            QuestionsPage.page,
        ]
    )
}
