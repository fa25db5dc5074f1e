import WizardEngine

/// Step 2: Utilities, "Your Account": the link to the old CM/ECF account, and the way to ask for
/// e-filing rights for someone who never had a CM/ECF account here.
enum UtilitiesPage {
    static let page = Page(
        id: LinkPages.utilities, step: 2, title: "Utilities",
        address: CMECFSite.address, menuBar: CMECFSite.unlinked.with(current: CMECFSite.utilities),
        instruction: "Under Your Account, click \"Link a CM/ECF account to my PACER account\".",
        blocks: [
            .text("Your e-filing request at this court is waiting for the court's approval.", .note,
                  when: .account(.eFilingPendingHere)),
            .heading("Your Account"),
            .field(Field(LinkFields.linkAccount, "Link a CM/ECF account to my PACER account",
                         .link(.goTo(LinkPages.oldLogin)))),
            .field(Field(LinkFields.maintainAccount, "Maintain Your ECF Account", .link(.notThisOne(
                "Maintain Your ECF Account changes a filer's email noticing and addresses; it works only once a filing account is linked.")))),
            .field(Field(LinkFields.changePACER, "Change Your PACER Account", .link(.notThisOne(
                "Change Your PACER Account opens PACER's Manage My Account (username, password, address). It does not link anything.")))),
            .field(Field(LinkFields.transactionLog, "View Your Transaction Log", .link(.notThisOne(
                "The transaction log lists what this login has done in CM/ECF. Nothing to link there.")))),
            .field(Field(LinkFields.billingHistory, "Review Billing History", .link(.notThisOne(
                "Billing history shows PACER fees charged through this court. Nothing to link there.")))),
            .text("Never had a CM/ECF account at this court? There is nothing to link: ask for e-filing rights instead.", .note),
            .field(Field(LinkFields.requestEFiling, "I have no CM/ECF account: request e-filing rights",
                         .link(.goTo(LinkPages.eFileMenu)))),
        ],
        next: nil,
        chooseALinkMessage: "Choose \"Link a CM/ECF account to my PACER account\" (or, with no CM/ECF account, the e-filing request).",
        hint: "The first link under Your Account is the one. With no old CM/ECF login, take the last link instead.",
        helpDesk: "Ask whether the caller ever filed at this court before NextGen: yes, link the old account; no, request e-filing rights.",
        mistakes: [
            "Maintain Your ECF Account or Change Your PACER Account chosen: neither links anything; the link is the first one under Your Account.",
            "No old CM/ECF account at this court: there is nothing to link; use the e-filing request at the bottom.",
        ]
    )
}
