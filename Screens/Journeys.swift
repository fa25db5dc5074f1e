import WizardEngine

/// Every journey the wizard can run, by id, in the order the start page's menu lists them.
public enum Journeys {
    public static let all: [Journey] = [
        StartJourney.journey, RegisterJourney.journey, UpgradeJourney.journey, LinkJourney.journey, PAAJourney.journey,
    ]

    /// One index of every page, so links can lead from one journey into another.
    public static let catalog = Catalog(all)

    public static func named(_ id: JourneyID) -> Journey? {
        all.first { $0.id == id }
    }
}
