#if canImport(Glibc)
import Glibc
#endif
import WizardCurses
import WizardEngine
import WizardPlain

/// Chooses how a journey runs: a batch run with `--batch`; plain line mode with `--plain`,
/// `PACER_PREP_PLAIN=1`, or when curses cannot run here (said in one line); otherwise the
/// curses screen, which falls back to plain mode itself if curses refuses to start.
struct FrontEndChoice {
    let catalog: Catalog
    let start: JourneyID
    let world: World
    let options: RunOptions
    let answers: AnswerSheet
    /// A scenario to rehearse in `options.mode` (the full screen runs its coach).
    var scenario: Scenario?
    /// `--resume`: where the unfinished session was, and its transcript.
    var resume: (point: ResumePoint, path: String)?

    func run() -> Int32 {
        if options.batch {
            return BatchRunner(catalog: catalog, start: start, world: world, options: options, answers: answers).run()
        }
        let plain = PlainRunner(catalog: catalog, start: start, world: world, options: options, answers: answers,
                                scenario: scenario)
        if options.plain || Self.plainRequested { return plain.run() }
        if let reason = Self.dumbTerminal ?? TerminalSession.unavailableReason() {
            PlainFallback.announce(reason)
            return plain.run()
        }
        var runner = WizardRunner(catalog: catalog, start: start, world: world, options: options, answers: answers,
                                  scenario: scenario)
        runner.resume = resume
        return runner.run()
    }

    /// TERM unset or `dumb`, named before a missing TTY: it is the reason a person can change
    /// (an editor's shell buffer sets it on purpose).
    static var dumbTerminal: TerminalError? {
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        return term.isEmpty || term == "dumb" ? .dumbTerminal(term) : nil
    }

    /// `PACER_PREP_PLAIN` set to anything but empty or 0.
    static var plainRequested: Bool {
        guard let value = getenv("PACER_PREP_PLAIN").map({ String(cString: $0) }) else { return false }
        return !value.isEmpty && value != "0"
    }
}
