import WizardEngine

/// Journey placeholder, replaced by the journey's pages.
public enum LinkJourney {
    public static let id: JourneyID = "link"
    public static let journey = Journey(id: id, title: "link", steps: ["link"], pages: [
        Page(id: "link.home", step: 1, title: "link", address: PACERSite.home, menuBar: PACERSite.menuBar,
             instruction: "link", blocks: [], next: nil, finishesJourney: true, hint: "link", helpDesk: "link"),
    ])
}
