import WizardEngine

/// Step 3: the PAA exists, with its own 7-digit account number.
enum PAACreatedPage {
    static let page = Page(
        id: PAAPages.created, step: 3, title: "PAA Registration Complete",
        address: PAASite.registration, menuBar: PAASite.registerBar,
        instruction: "The PAA is created. Note its account number, then click Next to open PAA Maintenance.",
        blocks: [
            .text("The PACER Administrative Account has been created (practice).", .success),
            .text("PAA account number: {created.number}\nFirm: {created.userType}\nAdministrator: {created.name}\nUsername: {created.username}"),
            .text("It has no members yet: add your people's existing PACER accounts next.", .note),
            .text("This account cannot search PACER or file in CM/ECF. For that, the administrator, like every member, uses an individual account."),
        ],
        next: PAAPages.maintenance,
        hint: "Nothing to fill in. Note the PAA account number, then press Next.",
        helpDesk: "Members and the Service Center identify the PAA by this 7-digit number."
    )
}
