import WizardEngine

/// Step 4: the two accounts side by side, to check before Submit makes the link.
enum AccountDetailsPage {
    static let page = Page(
        id: LinkPages.details, step: 4, title: "Link a CM/ECF account to my PACER account",
        address: CMECFSite.address, menuBar: CMECFSite.unlinked.with(current: CMECFSite.utilities),
        instruction: "Check that the CM/ECF account shown is yours and belongs with this PACER account, then click Submit.",
        blocks: [
            .heading("CM/ECF filing account (old login)"),
            .text("Name: {cmecf.name}\nLogin: {cmecf.username}\nEmail: {cmecf.email}\nBar ID: {cmecf.bar}"),
            .heading("PACER account (your login from now on)"),
            .text("Name: {account.name}\nUsername: {account.username}\nAccount number: {account.number}"),
            .text("A link is made once per court. If the name or the bar ID is not yours, go Back and call the court's CM/ECF help desk instead of submitting.",
                  .note),
        ],
        next: LinkPages.done,
        nextLabel: "Submit",
        hint: "Nothing to fill in: compare the two names, then Submit (Enter or Ctrl-N).",
        helpDesk: "Ask the caller to read out the CM/ECF name and bar ID shown: if they are not theirs, stop before Submit.",
        operation: .linkCMECF
    )
}
