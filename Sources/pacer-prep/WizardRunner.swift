#if canImport(Glibc)
import Glibc
#endif
import WizardCurses
import WizardEngine
import WizardPlain

/// Runs one journey in the terminal: reads input, sends it to the engine, carries out the
/// effects and draws each new frame. The only place where the engine meets the outside world.
struct WizardRunner {
    let catalog: Catalog
    let start: JourneyID
    let world: World
    let options: RunOptions
    /// An answer file's values, prefilled into the pages.
    var answers = AnswerSheet.none
    /// A scenario to rehearse in `options.mode`.
    var scenario: Scenario?
    /// `--resume`: the page and values to put the new run back on, and the old transcript.
    var resume: (point: ResumePoint, path: String)?

    /// How often the loop wakes without input, to notice signals promptly.
    static let pollMilliseconds: Int32 = 100

    /// Runs to the end and returns the exit status.
    func run() -> Int32 {
        let noColor = options.noColor || !(getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
        let session: TerminalSession
        do {
            session = try TerminalSession.start(options: TerminalOptions(useColor: !noColor, useMouse: !options.noMouse))
        } catch {
            PlainFallback.announce(error)
            return PlainRunner(catalog: catalog, start: start, world: world, options: options, answers: answers,
                               scenario: scenario).run()
        }
        var wizard = scenario.map {
            Wizard(catalog: catalog, scenario: $0, mode: options.mode, size: session.size, world: world)
        } ?? Wizard(catalog: catalog, start: start, size: session.size, world: world)
        // Guide mode needs no scenario: the help desk opens it on any journey.
        if options.mode == .guide { wizard.startGuide() }
        var clock = MonotonicClock()
        wizard.glyphs = options.ascii ? .ascii : .unicode
        var answers = self.answers
        answers.start(&wizard)
        resume?.point.apply(to: &wizard)
        let recording = RecordingSession.start(options: options, catalog: catalog, scenario: scenario, wizard: wizard,
                                               resumedFrom: resume?.path)
        let cast: CastFile?
        do {
            cast = try options.cast.map { try CastFile(path: $0, wizard: wizard, useColor: !noColor) }
        } catch {
            session.end()
            StandardError.write("pacer-prep: \(error)\n")
            return ExitStatus.badUsage
        }
        session.draw(wizard.frame)
        cast?.capture(wizard)
        if options.crashForTesting { CrashForTesting.trap() }
        while true {
            let input = session.nextInput(timeoutMilliseconds: Self.pollMilliseconds)
            if wizard.state.training != nil {
                // Scenarios time their steps and demos play on the clock: report the time.
                let before = wizard.state
                let tickEffects = wizard.send(.tick(milliseconds: clock.millisecondsSinceLastCall()))
                recording?.observe(before, wizard, tickEffects)
                if tickEffects.contains(.quit(.completed)) {
                    session.end()
                    return finish(.completed, wizard)
                }
                if input == nil, wizard.state != before {
                    session.draw(wizard.frame)
                    cast?.capture(wizard)
                }
            }
            guard let input else { continue }
            let beforeInput = wizard.state
            let effects: [Effect]
            switch input {
            case .key(let key): effects = wizard.send(.key(key))
            case .paste(let text): effects = wizard.send(.paste(text))
            case .resize(let size): effects = wizard.send(.resize(size))
            case .click(let row, let column): effects = wizard.send(.click(row: row, column: column))
            case .wheel(let up): effects = wizard.send(.wheel(up: up))
            case .signal(let number):
                recording?.end("signal \(number)")
                session.end()
                return ExitStatus.signal(number)
            case .endOfInput:
                recording?.end("input-ended")
                session.end()
                StandardError.write("pacer-prep: the terminal went away; \(QuitMessage.kept(options)).\n")
                return ExitStatus.quitByUser
            }
            answers.fill(&wizard)
            recording?.observe(beforeInput, wizard, effects)
            for effect in effects {
                switch effect {
                case .quit(let outcome):
                    session.end()
                    return finish(outcome, wizard)
                case .redraw:
                    session.invalidate()
                case .bell:
                    session.bell()
                case .suspend:
                    session.suspend()
                    wizard.send(.resize(session.size))
                }
            }
            session.draw(wizard.frame)
            cast?.capture(wizard)
        }
    }

    /// Says in one line how the run ended (never a secret) and gives the exit status.
    func finish(_ outcome: Outcome, _ wizard: Wizard) -> Int32 {
        switch outcome {
        case .completed:
            let created = wizard.state.world.lastCreated.map { " (practice account \($0))" } ?? ""
            print("pacer-prep: \(wizard.journey.title): completed\(created).")
            return ExitStatus.completed
        case .quitByUser:
            let page = wizard.page
            let place = page.step > 0 ? "on step \(page.step) of \(wizard.journey.steps.count)" : "on the start page"
            print("pacer-prep: quit \(place); \(QuitMessage.kept(options)).")
            return ExitStatus.quitByUser
        }
    }
}
