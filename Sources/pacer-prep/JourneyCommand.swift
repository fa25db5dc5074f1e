import ArgumentParser
import Screens
import WizardEngine

/// What every journey subcommand does: build the world from the options and run the wizard
/// from that journey's first page.
protocol JourneyCommand: ParsableCommand {
    static var journeyID: JourneyID { get }
    var options: RunOptions { get }
}

extension JourneyCommand {
    func run() throws {
        let answers = try AnswerLoader(options: options).answers()
        var world = try WorldLoader(options: options).world()
        let loader = ScenarioLoader(options: options)
        let scenario = try loader.scenario()
        if let scenario { world = try loader.world(for: scenario, base: world) }
        throw ExitCode(FrontEndChoice(catalog: Journeys.catalog, start: scenario?.journey ?? Self.journeyID, world: world,
                                      options: options, answers: answers, scenario: scenario).run())
    }
}
