import WizardEngine

/// Step 2, first half: the home page's menu bar, where the person must find My Account & Billing.
enum UpgradeMenuPage {
    static let page = Page(
        id: UpgradePages.menu, step: 2, title: "Public Access to Court Electronic Records",
        address: PACERSite.home, menuBar: UpgradePages.menuBar.with(current: "Home", isActive: true),
        instruction: "Click My Account & Billing on the menu bar. Move along the bar with Tab or the arrows and press Enter.",
        blocks: [
            .text("Everything about an existing account (logging in to manage it, paying, upgrading) sits under one menu item. The other items say what they are for if you choose them."),
            .text("No PACER account of your own yet? Then you register one instead (journey R); there is nothing to upgrade.", .note),
        ],
        next: nil,
        chooseALinkMessage: "Choose \"My Account & Billing\" on the menu bar to go on.",
        hint: "It is the fifth item on the menu bar: \"My Account & Billing\".",
        helpDesk: "Tell the caller to find \"My Account & Billing\" on the menu bar at the top of the page and click it."
    )
}
