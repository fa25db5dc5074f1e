import ArgumentParser
import Screens
import WizardEngine

/// `pacer-prep flow [JOURNEY] --format text|mermaid|dot`: every page of the journeys and every
/// way between them, drawn from the definitions the wizard runs, for handouts.
struct Flow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flow",
        abstract: "Print the journeys' pages and branches as text, a Mermaid flowchart or a Graphviz dot graph.",
        discussion: "Journeys: \(Journeys.all.map(\.id.rawValue).joined(separator: ", ")) (all of them when none is named).")

    @Argument(help: ArgumentHelp("The journey to draw (default: every journey).", valueName: "journey"))
    var journey: String?

    @Option(name: .customLong("format"), help: "text (the default), mermaid or dot.")
    var format: DiagramFormat = .text

    func validate() throws {
        if let journey, Journeys.named(JourneyID(journey.lowercased())) == nil {
            throw ValidationError("no journey \"\(journey)\"; the journeys are \(Journeys.all.map(\.id.rawValue).joined(separator: ", ")).")
        }
    }

    func run() throws {
        let only = journey.map { [JourneyID($0.lowercased())] }
        print(format.render(FlowGraph(catalog: Journeys.catalog, only: only)), terminator: "")
    }
}

extension DiagramFormat: ExpressibleByArgument {}
