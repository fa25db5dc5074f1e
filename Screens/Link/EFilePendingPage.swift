import WizardEngine

/// E-filing request, step 5: sent; pending until the court approves it.
enum EFilePendingPage {
    static let page = Page(
        id: LinkPages.eFilePending, step: 5, title: "E-File Registration: Request Submitted",
        address: EFileSite.address, menuBar: EFileSite.menuBar,
        instruction: "The request now waits for the court. Read what comes next, then Finish.",
        blocks: [
            .text("Your request for e-filing rights at the {court} is pending court approval (practice).", .success),
            .text("The court answers by email to {account.email}. Until it approves, you cannot file there; Manage My Account, Maintenance, Check E-File Status shows where it stands."),
            .text("Once approved, log in to CM/ECF with your PACER login: Civil and Criminal appear (refresh or log in again if not).", .note),
            .text("Approval questions: the clerk's office. Account questions: PACER, {phone}.", .note),
        ],
        next: nil,
        nextLabel: "Finish",
        finishesJourney: true,
        hint: "Nothing to fill in. Press Finish to end the rehearsal.",
        helpDesk: "Pending requests are approved by the court, not by the PACER Service Center: send status questions to the clerk's office."
    )
}
