import WizardEngine

/// Step 6: where questions go, and a way back to the login to see the upgrade's consequence.
enum UpgradeQuestionsPage {
    static let page = Page(
        id: UpgradePages.questions, step: 6, title: "Contact the PACER Service Center",
        address: PACERSite.contact, menuBar: UpgradePages.menuBar.with(current: "Help"),
        instruction: "For questions, contact PACER at {phone}.",
        blocks: [
            .text("PACER Service Center: {phone}, {hours}. Email: {email}."),
            .text("Want to see the upgrade's effect? Log in again: the old username and password are refused, the new ones work."),
            .field(Field(UpgradeFields.tryLoginAgain, "Try logging in again", .link(.goTo(UpgradePages.login)))),
            .text("You have rehearsed every step of upgrading a PACER account. Press Finish to end.", .success),
        ],
        next: nil,
        nextLabel: "Finish",
        finishesJourney: true,
        hint: "Press Enter on Finish, or choose \"Try logging in again\" to test the old and new logins.",
        helpDesk: "Give the caller the Service Center's number, {phone}, and its hours."
    )
}
