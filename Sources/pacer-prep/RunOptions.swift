import ArgumentParser
import WizardEngine

/// Options every journey takes.
struct RunOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The simulated day, YYYY-MM-DD: it decides the activation letter's dates and whether linking is open yet.",
        valueName: "date"))
    var today: String = RunOptions.defaultToday.iso

    @Flag(name: .long, help: "Draw without colour (also when the NO_COLOR environment variable is set).")
    var noColor = false

    @Option(name: .long, help: .hidden)
    var seed: UInt64?

    /// Before the District of Massachusetts' NextGen go-live, as in the notice.
    static let defaultToday = CivilDate(year: 2021, month: 9, day: 1)!

    var simulatedToday: CivilDate {
        // `validate` has checked it already.
        CivilDate.parseISO(today) ?? Self.defaultToday
    }

    func validate() throws {
        guard CivilDate.parseISO(today) != nil else {
            throw ValidationError("--today must be a real date written YYYY-MM-DD, e.g. 2021-09-01 (got \"\(today)\").")
        }
    }
}
