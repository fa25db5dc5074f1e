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
        // --resume rebuilds the options the unfinished session was started with.
        let resume = try ResumeLoader(options: options).load()
        let options = resume?.options ?? options
        let answers = try AnswerLoader(options: options).answers()
        var world = try WorldLoader(options: options).world()
        let loader = ScenarioLoader(options: options)
        let scenario = try loader.scenario()
        if let scenario { world = try loader.world(for: scenario, base: world) }
        var choice = FrontEndChoice(catalog: Journeys.catalog, start: resume?.journey ?? scenario?.journey ?? Self.journeyID,
                                    world: world, options: options, answers: answers, scenario: scenario)
        choice.resume = resume.map { ($0.point, $0.path) }
        throw ExitCode(choice.run())
    }
}
