import WizardEngine

/// Step 1: what a PACER Administrative Account does, and does not do.
enum PAAAboutPage {
    static let page = Page(
        id: PAAPages.about, step: 1, title: "PACER Administrative Account (PAA)",
        address: PAASite.about, menuBar: PAASite.registerBar,
        instruction: "Read what a PAA can and cannot do, then choose one of the two links.",
        blocks: [
            .text("A PAA is a firm billing account: a firm, agency, nonprofit or university groups its people's PACER accounts under it and pays one central bill, itemised per user."),
            .text("It can add and remove members' existing accounts, show their usage and set client codes."),
            .text("It cannot search, file or log in to CM/ECF: each member keeps an individual account for that, and must accept before joining.", .note),
            .field(Field(PAAFields.startRegistration, "Register for a PACER Administrative Account", .link(.goTo(PAAPages.register)))),
            .field(Field(PAAFields.startLogin, "Log in to an existing PAA", .link(.goTo(PAAPages.login)))),
        ],
        next: nil,
        chooseALinkMessage: "Choose \"Register for a PACER Administrative Account\" or \"Log in to an existing PAA\".",
        hint: "New firm account: the first link. The firm already has one: the second (practice PAA harborlegal / Harbor-PAA1).",
        helpDesk: "A PAA only pays and manages: if the caller wants to search or file, they need an individual account of their own."
    )
}
