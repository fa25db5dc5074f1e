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

    /// How often the loop wakes without input, to notice signals promptly.
    static let pollMilliseconds: Int32 = 100

    /// Runs to the end and returns the exit status.
    func run() -> Int32 {
        let noColor = options.noColor || !(getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
        let session: TerminalSession
        do {
            session = try TerminalSession.start(options: TerminalOptions(useColor: !noColor))
        } catch {
            PlainFallback.announce(error)
            return PlainRunner(catalog: catalog, start: start, world: world, options: options, answers: answers).run()
        }
        var wizard = Wizard(catalog: catalog, start: start, size: session.size, world: world)
        var answers = self.answers
        answers.start(&wizard)
        session.draw(wizard.frame)
        while true {
            guard let input = session.nextInput(timeoutMilliseconds: Self.pollMilliseconds) else { continue }
            let effects: [Effect]
            switch input {
            case .key(let key): effects = wizard.send(.key(key))
            case .paste(let text): effects = wizard.send(.paste(text))
            case .resize(let size): effects = wizard.send(.resize(size))
            case .signal(let number):
                session.end()
                return ExitStatus.signal(number)
            case .endOfInput:
                session.end()
                StandardError.write("pacer-prep: the terminal went away; nothing was saved.\n")
                return ExitStatus.quitByUser
            }
            answers.fill(&wizard)
            for effect in effects {
                switch effect {
                case .quit(let outcome):
                    session.end()
                    return finish(outcome, wizard)
                case .redraw:
                    session.invalidate()
                case .bell:
                    session.bell()
                }
            }
            session.draw(wizard.frame)
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
            print("pacer-prep: quit \(place); nothing was saved.")
            return ExitStatus.quitByUser
        }
    }
}
