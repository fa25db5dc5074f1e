import ArgumentParser
import Screens
import WizardEngine
import WizardPlain

/// `pacer-prep fields [JOURNEY]`: every id an answer file may give, with label, kind, whether
/// it is required and the values it takes, so the README need not list them all.
struct Fields: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "List the field ids an answer file may give (--answers), journey by journey.")

    @Argument(help: ArgumentHelp("One journey: start, register, upgrade, link or paa (default: all).", valueName: "journey"))
    var journey: String?

    func validate() throws {
        if let journey, Journeys.named(JourneyID(journey)) == nil {
            let names = Journeys.all.map(\.id.rawValue).joined(separator: ", ")
            throw ValidationError("no journey \"\(journey)\"; the journeys are \(names).")
        }
    }

    func run() throws {
        let journeys = journey.flatMap { Journeys.named(JourneyID($0)) }.map { [$0] } ?? Journeys.all
        let directory = FieldDirectory(catalog: Journeys.catalog)
        print(FieldListing.lines(directory, journeys: journeys).joined(separator: "\n"))
    }
}
