import WizardEngine

/// Journey placeholder, replaced by the journey's pages.
public enum PAAJourney {
    public static let id: JourneyID = "paa"
    public static let journey = Journey(id: id, title: "paa", steps: ["paa"], pages: [
        Page(id: "paa.home", step: 1, title: "paa", address: PACERSite.home, menuBar: PACERSite.menuBar,
             instruction: "paa", blocks: [], next: nil, finishesJourney: true, hint: "paa", helpDesk: "paa"),
    ])
}
