import Screens
import WizardEngine

/// The fresh wizard a replay starts from: the journey or scenario and the world the transcript's
/// session line names, built as `--resume` builds them, so the replayed pages are the same.
/// A world or scenario file that is gone no longer stops a replay: it falls back to the sample
/// world or the plain journey, and says so.
enum ReplayWizard {
    static func start(_ transcript: Transcript, size: TerminalSize) -> Wizard {
        let settings = transcript.session?.settings ?? [:]
        var options = (try? RunOptions.parse([])) ?? RunOptions()
        options.scenario = settings["scenario"]
        options.mode = settings["mode"].flatMap(TrainingMode.init(rawValue:)) ?? .practice
        options.today = settings["today"].flatMap { CivilDate.parseISO($0) == nil ? nil : $0 }
        options.world = settings["world"]
        options.court = settings["court"]
        options.seed = settings["seed"].flatMap(UInt64.init) ?? 0
        var world = (try? WorldLoader(options: options).world()) ?? fallbackWorld(options)
        let loader = ScenarioLoader(options: options)
        let scenario = try? loader.scenario()
        if let scenario { world = (try? loader.world(for: scenario, base: world)) ?? world }
        if scenario == nil, options.scenario != nil {
            StandardError.write("pacer-prep: replaying without the scenario, which cannot be loaded\n")
        }
        if let scenario {
            return Wizard(catalog: Journeys.catalog, scenario: scenario, mode: options.mode, size: size, world: world)
        }
        return Wizard(catalog: Journeys.catalog, start: JourneyID(settings["journey"] ?? "start"), size: size, world: world)
    }

    private static func fallbackWorld(_ options: RunOptions) -> World {
        StandardError.write("pacer-prep: replaying on the sample world instead\n")
        return SampleWorld.world(today: options.simulatedToday, seed: options.seed ?? 0)
    }
}
