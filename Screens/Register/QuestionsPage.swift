import WizardEngine

/// Step 9: where questions go: the PACER Service Center.
enum QuestionsPage {
    static let page = Page(
        id: RegisterPages.questions, step: 9, title: "Contact the PACER Service Center",
        address: PACERSite.contact, menuBar: PACERSite.menuBar.with(current: "Help"),
        instruction: "For questions, contact PACER at {phone}.",
        blocks: [
            .text("PACER Service Center: {phone}, {hours}. Email: {email}."),
            .text("You have rehearsed every step of registering a PACER account. Press Finish to end.", .success),
        ],
        next: nil,
        nextLabel: "Finish",
        finishesJourney: true,
        hint: "Press Enter on Finish.",
        helpDesk: "Give the caller the Service Center's number, {phone}, and its hours."
    )
}
