import WizardEngine

/// Journey U: upgrade a legacy PACER account, the six steps of the court notice.
public enum UpgradeJourney {
    public static let id: JourneyID = "upgrade"

    /// The notice's steps, in its numbering.
    public static let steps = [
        "Open the PACER website",
        "My Account & Billing, then log in",
        "Check the Account Type",
        "Person, Address and Security tabs",
        "Upgrade complete",
        "Questions: call PACER",
    ]

    public static let journey = Journey(
        id: id,
        title: "Upgrade a legacy PACER account",
        steps: steps,
        pages: [
            UpgradeHomePage.page, UpgradeMenuPage.page, AccountMenuPage.page, UpgradeLoginPage.page,
            ManageAccountPage.page, UpgradePersonPage.page, UpgradeAddressPage.page, UpgradeSecurityPage.page,
            UpgradeCompletePage.page, UpgradeQuestionsPage.page,
        ]
    )
}
