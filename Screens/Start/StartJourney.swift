import WizardEngine

/// Journey placeholder, replaced by the start page.
public enum StartJourney {
    public static let id: JourneyID = "start"
    public static let journey = Journey(id: id, title: "start", steps: [], pages: [
        Page(id: "start.home", step: 0, title: "start", address: PACERSite.home, menuBar: PACERSite.menuBar,
             instruction: "start", blocks: [], next: nil, finishesJourney: true, hint: "start", helpDesk: "start"),
    ])
}
