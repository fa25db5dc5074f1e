import WizardEngine

/// Step 5: the invitation waits for the member's acceptance.
enum PAAPendingPage {
    static let page = Page(
        id: PAAPages.pending, step: 5, title: "Add Existing PACER Account to My PAA",
        address: PAASite.manage, menuBar: PAASite.accountBar,
        instruction: "The request waits until the member accepts it. Read what comes next, then Finish.",
        blocks: [
            .text("Request sent for account {value:paa.add.accountNumber} ({value:paa.add.lastName}): pending (practice).", .success),
            .text("The member gets an email and accepts in their own Manage My Account; until then nothing is billed to the PAA. Nobody can add themselves: the PAA invites, the member accepts."),
            .text("A member may leave later (Settings, Remove Your PACER Account from a PAA); that turns the account's case search off until the Service Center reactivates it.", .note),
            .text("Questions: PACER Service Center, {phone}.", .note),
        ],
        next: nil,
        nextLabel: "Finish",
        finishesJourney: true,
        hint: "Nothing to fill in. Press Finish to end the rehearsal.",
        helpDesk: "If the member does not see the invitation, have them check their Manage My Account and the email address on file."
    )
}
