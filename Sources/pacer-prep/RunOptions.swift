import ArgumentParser
import WizardEngine

/// Options every journey takes.
///
/// Every option of the command line spells its flag out (`.customLong`) instead of letting the
/// library derive it from the property's name: the library derives names each time it reflects a
/// command, six times per start here, which cost 1.2 million instructions (5%) before the first
/// frame.
struct RunOptions: ParsableArguments {
    @Option(name: .customLong("today"), help: ArgumentHelp(
        "The simulated day, YYYY-MM-DD (default 2021-09-01): it decides the activation letter's dates and whether linking is open yet.",
        valueName: "date"))
    var today: String?

    @Option(name: .customLong("world"), help: ArgumentHelp(
        "A world file: the court and the accounts to practise on (see the README for the format).",
        valueName: "file"))
    var world: String?

    @Option(name: .customLong("court"), help: ArgumentHelp(
        "A court file: another court's name, divisions and NextGen go-live date (same format, a [court] section).",
        valueName: "file"))
    var court: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also when the NO_COLOR environment variable is set).")
    var noColor = false

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal, to select and copy text as usual (clicks and the wheel then do nothing here).")
    var noMouse = false

    @Flag(name: .customLong("ascii"), help: "Draw lines and marks with plain ASCII, for terminals and fonts without line-drawing characters.")
    var ascii = false

    /// Forces a Swift trap after the first frame, so the tests can see the terminal restored after a crash.
    @Flag(name: .customLong("crash-for-testing"), help: .hidden)
    var crashForTesting = false

    @Flag(name: .customLong("plain"), help: "Plain line mode: one question a line, for screen readers and scripts (also when PACER_PREP_PLAIN=1).")
    var plain = false

    @Option(name: .customLong("answers"), help: ArgumentHelp(
        "An answer file: field id = value lines that prefill any journey's fields (`pacer-prep fields` lists the ids).",
        valueName: "file"))
    var answers: String?

    @Flag(name: .customLong("batch"), help: "With --answers: walk the journey with no questions; exit 0 when it completes, 3 listing what is missing.")
    var batch = false

    @Option(name: .customLong("scenario"), help: ArgumentHelp(
        "A scenario to rehearse: a built-in id (pacer-prep scenarios lists them) or a scenario file.",
        valueName: "id-or-file"))
    var scenario: String?

    @Option(name: .customLong("mode"), help: "practice (hints, show me), demo (plays itself) or exam (no hints, a score), with --scenario; or guide (help desk: agent panel, jump, search), with or without one.")
    var mode: TrainingMode = .practice

    @Option(name: .customLong("seed"), help: .hidden)
    var seed: UInt64?

    @Option(name: .customLong("record"), help: ArgumentHelp(
        "Write this session's transcript into this folder (default: $XDG_STATE_HOME/pacer-prep/transcripts or ~/.local/state/pacer-prep/transcripts). Secret and private values are never written.",
        valueName: "folder"))
    var record: String?

    @Flag(name: .customLong("no-record"), help: "Write no transcript of this session (then it cannot be resumed).")
    var noRecord = false

    @Option(name: .customLong("name"), help: ArgumentHelp("The name a transcript is filed under (default: the login name).", valueName: "name"))
    var name: String?

    @Flag(name: .customLong("resume"), help: "Continue your last unfinished session on the page it was on (secret values are asked again).")
    var resume = false

    @Option(name: .customLong("cast"), help: ArgumentHelp(
        "Record the full-screen session as an asciicast v2 file (asciinema play FILE), secrets masked as on screen; written as it goes, mode 0600.",
        valueName: "file"))
    var cast: String?

    /// Before the District of Massachusetts' NextGen go-live, as in the notice.
    static let defaultToday = CivilDate(year: 2021, month: 9, day: 1)!

    var simulatedToday: CivilDate {
        // `validate` has checked it already.
        today.flatMap(CivilDate.parseISO) ?? Self.defaultToday
    }

    var todayWasGiven: Bool { today != nil }

    func validate() throws {
        if cast != nil, batch || plain {
            throw ValidationError("--cast records the full screen: it cannot be used with --batch or --plain.")
        }
        if batch, answers == nil {
            throw ValidationError("--batch needs --answers FILE: the answers to walk the journey with.")
        }
        if let today, CivilDate.parseISO(today) == nil {
            throw ValidationError("--today must be a real date written YYYY-MM-DD, e.g. 2021-09-01 (got \"\(today)\").")
        }
    }
}
