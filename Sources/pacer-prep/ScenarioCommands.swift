import ArgumentParser
import Screens
import WizardEngine

/// `pacer-prep scenarios`: the built-in scenarios, one a line.
struct Scenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the built-in scenarios (run one with --scenario ID, in --mode practice, demo or exam).")

    func run() throws {
        let width = BuiltInScenarios.all.map(\.id.count).max() ?? 0
        for scenario in BuiltInScenarios.all {
            let id = scenario.id + String(repeating: " ", count: width - scenario.id.count)
            print("\(id)  \(scenario.journey.rawValue.padding(8))  \(scenario.title)")
        }
    }
}

/// `pacer-prep check FILE`: validates a scenario file and plays its expert path.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a scenario file: its format, its pages and fields, and that its expert path reaches its outcome.")

    @Argument(help: "The scenario file.")
    var file: String

    @OptionGroup var options: RunOptions

    func run() throws {
        let scenario = try ScenarioLoader.read(file)
        let base = try WorldLoader(options: options).world()
        var runOptions = options
        runOptions.scenario = file
        let world = try ScenarioLoader(options: runOptions).world(for: scenario, base: base)
        let problems = ScenarioCheck.problems(scenario, path: file, catalog: Journeys.catalog, world: world)
        guard problems.isEmpty else {
            StandardError.write(problems.map { "pacer-prep: \($0)\n" }.joined())
            throw ExitCode(ExitStatus.badUsage)
        }
        print("\(file): ok: \"\(scenario.title)\", \(scenario.expertPath.count) expert steps reach the outcome.")
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
