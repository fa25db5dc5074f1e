import WizardEngine

/// Step 1: the PACER home page, as if just opened in a browser, with the practice-only notice.
enum UpgradeHomePage {
    static let page = Page(
        id: UpgradePages.home, step: 1, title: "Public Access to Court Electronic Records",
        address: PACERSite.home, menuBar: UpgradePages.menuBar,
        instruction: "Open a web browser and go to the PACER website. This mock browser is already there: read the page, then press Next.",
        blocks: [
            .text("Practice only: pacer-prep is a rehearsal tool, not affiliated with the federal judiciary or PACER, and nothing you type is sent anywhere. Type no real password or date of birth: invent them.", .warning),
            .text("PACER accounts opened before August 11, 2014 are legacy accounts. The {court} asks their owners to upgrade them before it moves to NextGen CM/ECF on {goLive}: one upgraded login then serves PACER and every NextGen court."),
            .text("Here you check whether an account needs the upgrade, and upgrade it. The simulated day is {today}."),
        ],
        next: UpgradePages.menu,
        hint: "Nothing to fill in here: press Enter on Next, or Ctrl-N. The practice accounts and their passwords are listed in the help of the login page.",
        helpDesk: "Ask the caller to open pacer.uscourts.gov and read out the page's title."
    )
}
