import WizardEngine

/// Step 5: the link is made; the filing menus appear and the old login is retired.
enum LinkedPage {
    static let page = Page(
        id: LinkPages.done, step: 5, title: "Link a CM/ECF account to my PACER account",
        address: CMECFSite.address, menuBar: CMECFSite.linked,
        instruction: "The accounts are linked. Check that the Civil and Criminal menus now show, then Finish.",
        blocks: [
            .text("Your CM/ECF account is now linked to PACER account {account.username} (practice).", .success),
            .text("A confirmation email goes to {account.email}. The menu bar now starts with Civil and Criminal: you can file."),
            .text("The old CM/ECF login {cmecf.username} is retired: from now on, log in to this court's CM/ECF with your PACER username and password only."),
            .text("Menus missing? Refresh the page, or log out and log in again.", .note),
            .text("Linking counts for this court only. Each other NextGen court where you file needs its own link; one made at a court of appeals does not carry over.", .note),
            .text("Questions about the PACER account: {phone}, {hours}.", .note),
        ],
        next: nil,
        nextLabel: "Finish",
        finishesJourney: true,
        hint: "Nothing to fill in. Press Finish to end the rehearsal.",
        helpDesk: "If the caller sees no Civil or Criminal menu, have them refresh or log out and back in; the link is already made.",
        mistakes: [
            "No Civil or Criminal menu after linking: refresh the page, or log out and back in.",
            "Expecting the link to count at other courts: each NextGen court needs its own link.",
        ]
    )
}
