import ArgumentParser
import Screens
import WizardEngine

/// Finds the scenario `--scenario` names (a built-in id, or a scenario file) and the world it
/// starts in. A bad file is reported with file and line before the terminal is touched.
struct ScenarioLoader {
    let options: RunOptions

    /// The scenario, or nil without `--scenario`.
    func scenario() throws -> Scenario? {
        guard let name = options.scenario else { return nil }
        if let builtIn = BuiltInScenarios.named(name) { return builtIn }
        guard name.contains("/") || name.hasSuffix(".scenario") else {
            let ids = BuiltInScenarios.all.map(\.id).joined(separator: ", ")
            StandardError.write("pacer-prep: no built-in scenario \"\(name)\" and no such file; built-in: \(ids) (pacer-prep scenarios lists them)\n")
            throw ExitCode(ExitStatus.badUsage)
        }
        return try Self.read(name)
    }

    /// Reads and parses a scenario file, reporting every problem.
    static func read(_ path: String) throws -> Scenario {
        try DataFileLoader.load(path, parse: ScenarioFile.parse(_:path:))
    }

    /// The world a scenario starts in: the run's world (or the scenario's `world =` file, read
    /// relative to the scenario file) with the scenario's own sections added.
    func world(for scenario: Scenario, base: World) throws -> World {
        var world = base
        if let relative = scenario.worldFile, let name = options.scenario {
            let folder = name.contains("/") ? String(name[..<name.lastIndex(of: "/")!]) + "/" : ""
            let contents = try WorldLoader(options: options).load(relative.hasPrefix("/") ? relative : folder + relative)
            world.accounts = contents.accounts
            world.cmecfAccounts = contents.cmecfAccounts
            if let court = contents.court { world.court = court }
            if let today = contents.today { world.today = today }
        }
        var started = scenario.startingWorld(from: world)
        if options.todayWasGiven { started.today = options.simulatedToday }
        return started
    }
}
