import WizardEngine

/// Step 2: the CM/ECF main page with its menu bar active; Utilities leads on.
enum CMECFMainPage {
    static let page = Page(
        id: LinkPages.main, step: 2, title: "Official Court Electronic Document Filing System",
        address: CMECFSite.address,
        menuBar: CMECFSite.menuBar(linked: false, leadsTo: [CMECFSite.utilities: LinkPages.utilities], isActive: true),
        instruction: "Choose Utilities on the menu bar. Move along the bar with Tab or the arrows and press Enter.",
        blocks: [
            .text("Welcome, {account.name}. You are logged in to NextGen CM/ECF with your PACER account."),
            .text("Only the PACER menus show for now: there is no Civil or Criminal menu, because no filing account is linked to this login yet.",
                  when: .not(.account(.linkedHere))),
            .text("This PACER account is already linked at this court, and a link is made once per court: nothing is left to link. If Civil and Criminal are missing, refresh the page or log in again.",
                  .note, when: .account(.linkedHere)),
        ],
        next: nil,
        chooseALinkMessage: "Choose Utilities on the menu bar to go on.",
        hint: "Utilities is the third item on the menu bar.",
        helpDesk: "Tell the caller to click Utilities on the blue menu bar at the top of the CM/ECF page."
    )
}
