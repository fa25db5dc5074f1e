import WizardEngine

/// Journey placeholder, replaced by the journey's pages.
public enum UpgradeJourney {
    public static let id: JourneyID = "upgrade"
    public static let journey = Journey(id: id, title: "upgrade", steps: ["upgrade"], pages: [
        Page(id: "upgrade.home", step: 1, title: "upgrade", address: PACERSite.home, menuBar: PACERSite.menuBar,
             instruction: "upgrade", blocks: [], next: nil, finishesJourney: true, hint: "upgrade", helpDesk: "upgrade"),
    ])
}
