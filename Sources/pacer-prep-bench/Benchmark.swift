/// The whole run: finds the programs, measures them on the pty, measures the engine, and
/// gathers the figures into one report.
struct Benchmark {
    let options: BenchOptions

    func run() throws -> BenchReport {
        let dialog = BinaryLocator.onPath("dialog")
        var binary: String?
        var terminal: [String: ProgramFigures] = [:]
        if !options.engineOnly {
            let pacerPrep = try BinaryLocator.pacerPrep(override: options.binary)
            let keys = try RegisterScript.keysToFirstName().map(KeyBytes.of)
            var contenders = [Contender.pacerPrep(binary: pacerPrep, keysToFirstName: keys)]
            if let dialog { contenders.append(.dialog(binary: dialog)) }
            terminal = try TerminalBenchmark(contenders: contenders, runs: options.runs).run()
            binary = pacerPrep
        }
        let journey = try RegisterScript.wholeJourney()
        let engine = EngineBenchmark(events: journey, seconds: options.quick ? 0.3 : 2,
                                     minimumReplays: options.quick ? 10 : 100).run()
        return BenchReport(runs: options.engineOnly ? 0 : options.runs, binary: binary,
                           linking: binary.map(ExecutableLinking.of(path:)), pacerPrep: terminal["pacer-prep"],
                           dialogPath: dialog, dialog: terminal["dialog"], engine: engine)
    }
}
