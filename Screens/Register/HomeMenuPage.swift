import WizardEngine

/// Step 2: the home page's menu bar, where the person must find "Register for an Account".
enum HomeMenuPage {
    static let page = Page(
        id: RegisterPages.homeMenu, step: 2, title: "Public Access to Court Electronic Records",
        address: PACERSite.home, menuBar: PACERSite.menuBar.with(current: "Home", isActive: true),
        instruction: "Select Register for an Account from the menu bar at the top of the page. Move along the bar with Tab or the arrows and press Enter.",
        blocks: [
            .text("The menu bar holds every part of the site. Only one item leads to registration; the others say what they are for if you choose them."),
            .text("Already have an account from before August 11, 2014? That one needs an upgrade instead (a later journey).", .note),
        ],
        next: nil,
        chooseALinkMessage: "Choose \"Register for an Account\" on the menu bar to go on.",
        hint: "The item is the fourth one on the menu bar: \"Register for an Account\".",
        helpDesk: "Tell the caller to look at the menu bar at the top and click \"Register for an Account\"."
    )
}
