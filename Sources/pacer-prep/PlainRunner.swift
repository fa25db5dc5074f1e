import WizardEngine
import WizardPlain

/// Runs one journey in plain line mode on standard input and output, and gives the exit status.
struct PlainRunner {
    let catalog: Catalog
    let start: JourneyID
    let world: World
    let options: RunOptions
    let answers: AnswerSheet
    /// A scenario to rehearse in `options.mode`.
    var scenario: Scenario?

    func run() -> Int32 {
        PlainSignals.install()
        let output = StandardOutput()
        var wizard = scenario.map {
            Wizard(catalog: catalog, scenario: $0, mode: options.mode, size: .standard, world: world)
        } ?? Wizard(catalog: catalog, start: start, size: .standard, world: world)
        // As on the full screen, guide mode needs no scenario.
        if options.mode == .guide { wizard.startGuide() }
        let frontEnd = PlainFrontEnd(wizard: wizard, answers: answers, input: StandardInput(), output: output)
        let recording = RecordingSession.start(options: options, catalog: catalog, scenario: scenario, wizard: wizard)
        frontEnd.observer = { before, after, effects in recording?.observe(before, after, effects) }
        let outcome = frontEnd.run()
        switch outcome {
        case .inputEnded: recording?.end("input-ended")
        case .signal(let number): recording?.end("signal \(number)")
        case .completed, .quit: break
        }
        let runner = WizardRunner(catalog: catalog, start: start, world: world, options: options)
        switch outcome {
        case .completed:
            return runner.finish(.completed, frontEnd.wizard)
        case .quit:
            return runner.finish(.quitByUser, frontEnd.wizard)
        case .inputEnded:
            output.write("\npacer-prep: the input ended \(Self.place(frontEnd.wizard)); \(QuitMessage.kept(options)).\n")
            return ExitStatus.quitByUser
        case .signal(let number):
            output.write("\n")
            return ExitStatus.signal(number)
        }
    }

    /// "on step 4 of 9", or "on the start page".
    static func place(_ wizard: Wizard) -> String {
        let page = wizard.page
        return page.step > 0 ? "on step \(page.step) of \(wizard.journey.steps.count)" : "on the start page"
    }
}
