import WizardEngine

/// Every journey the wizard can run, by id.
public enum Journeys {
    public static let all: [Journey] = [RegisterJourney.journey]

    public static func named(_ id: JourneyID) -> Journey? {
        all.first { $0.id == id }
    }
}
