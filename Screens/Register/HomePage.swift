import WizardEngine

/// Step 1: the PACER home page, as if just opened in a browser, with the practice-only notice.
enum HomePage {
    static let page = Page(
        id: RegisterPages.home, step: 1, title: "Public Access to Court Electronic Records",
        address: PACERSite.home, menuBar: PACERSite.menuBar,
        instruction: "Open a web browser and go to the PACER website. This mock browser is already there: read the page, then press Next.",
        blocks: [
            .text("Practice only: pacer-prep is a rehearsal tool, not affiliated with the federal judiciary or PACER, and nothing you type is sent anywhere. Type no real password, card number or date of birth: invent them.", .warning),
            .text("PACER gives the public access to federal court records. One account searches every court and, once linked, files in the courts on NextGen CM/ECF."),
            .text("Here you register a new PACER account, as the {court} asks every filer to do before it moves to NextGen CM/ECF on {goLive}. The simulated day is {today}."),
        ],
        next: RegisterPages.homeMenu,
        hint: "Nothing to fill in here: press Enter on Next, or Ctrl-N.",
        helpDesk: "Ask the caller to open pacer.uscourts.gov and say what the page's title is."
    )
}
