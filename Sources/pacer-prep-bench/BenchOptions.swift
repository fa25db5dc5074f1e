/// The command line of pacer-prep-bench, parsed by hand: the bench stays a small tool with no
/// dependency beyond the engine, and its few flags need no library.
struct BenchOptions {
    /// First-frame runs per program (the issue asks for at least 20).
    var runs = 20
    /// Print JSON instead of the table.
    var json = false
    /// The pacer-prep binary to measure; nil means "next to this executable".
    var binary: String?
    var showHelp = false
    /// Whether `--quick` was given: fewer runs and a shorter engine measurement, for smoke tests.
    var quick = false
    /// Whether `--engine-only` was given: skip the pty measurements, e.g. to profile the engine
    /// under callgrind or perf without the spawned programs in the way.
    var engineOnly = false

    static let usage = """
        usage: pacer-prep-bench [--runs N] [--quick] [--json] [--binary PATH] [--engine-only]

        Measures the built pacer-prep release binary against `dialog --form` on an 80x24
        pseudo-terminal (first frame, peak RSS, bytes per typed character) and the engine headless
        (journey-R replays per second, p99 of one keystroke). It builds nothing: run it with
        `swift run -c release pacer-prep-bench`, which builds both executables first.

          --runs N       first-frame runs per program, alternating the two (default 20)
          --quick        3 runs and a short engine measurement (for smoke tests; figures are rough)
          --json         print the figures as JSON instead of a table
          --binary PATH  the pacer-prep binary to measure (default: next to this executable)
          --engine-only  measure only the engine (to profile it: valgrind --tool=callgrind ...)
        """

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--json": options.json = true
            case "--quick":
                options.quick = true
                options.runs = 3
            case "--runs":
                guard let value = remaining.popFirst(), let runs = Int(value), runs > 0 else {
                    throw BenchError("--runs needs a positive whole number")
                }
                options.runs = runs
            case "--binary":
                guard let value = remaining.popFirst(), !value.isEmpty else {
                    throw BenchError("--binary needs the path of a pacer-prep executable")
                }
                options.binary = value
            case "--engine-only": options.engineOnly = true
            case "-h", "--help": options.showHelp = true
            default: throw BenchError("unknown argument \(argument) (see --help)")
            }
        }
        return options
    }
}
