import WizardEngine

/// Step 2, second half: the My Account & Billing menu, opened as a list of links. The wrong
/// links say briefly why on the status line; F1 on them says more.
enum AccountMenuPage {
    typealias F = UpgradeFields

    static let page = Page(
        id: UpgradePages.accountMenu, step: 2, title: "My Account & Billing",
        address: PACERSite.home, menuBar: UpgradePages.accountMenuBar,
        instruction: "Click Manage My Account Login in the My Account & Billing menu.",
        blocks: [
            .text("The My Account & Billing menu is open:"),
            .field(Field(F.menuManageLogin, "Manage My Account Login", .link(.goTo(UpgradePages.login)),
                         help: "Opens the login for Manage My Account, where the Account Type and the Upgrade link are.")),
            .field(Field(F.menuPayment, "Make a One-Time Payment",
                         .link(.notThisOne("A one-time payment pays a bill; it does not show the account.")),
                         help: "Pays a PACER bill by card without logging in, e.g. for someone else's account.")),
            .field(Field(F.menuBillingHistory, "Check PACER Billing History",
                         .link(.notThisOne("Billing history lists past bills; the upgrade starts at login.")),
                         help: "Lists the account's past bills and payments.")),
            .field(Field(F.menuForgotUsername, "Forgot Username?",
                         .link(.notThisOne("That is for a lost username; the practice ones are in F1 help.")),
                         help: "Emails the username to the account's address. " + UpgradeLoginPage.resetNeeds)),
            .field(Field(F.menuForgotPassword, "Forgot Password?",
                         .link(.notThisOne("That resets a lost password; the upgrade needs no reset.")),
                         help: "Sets a new password. " + UpgradeLoginPage.resetNeeds)),
        ],
        next: nil,
        chooseALinkMessage: "Choose \"Manage My Account Login\" to go on.",
        hint: "The first link, \"Manage My Account Login\", opens the login page. Practice logins: legacy lp1234 / sunny2012; upgraded mkowalski21 / Upgraded-2019.",
        helpDesk: "Under My Account & Billing the caller wants \"Manage My Account Login\", not the payment links."
    )
}
