/// The whole run: finds the programs, measures them on the pty, measures the engine, and
/// gathers the figures into one report.
struct Benchmark {
    let options: BenchOptions

    func run() throws -> BenchReport {
        let binary = try BinaryLocator.pacerPrep(override: options.binary)
        let keys = try RegisterScript.keysToFirstName().map(KeyBytes.of)
        var contenders = [Contender.pacerPrep(binary: binary, keysToFirstName: keys)]
        let dialog = BinaryLocator.onPath("dialog")
        if let dialog { contenders.append(.dialog(binary: dialog)) }

        let terminal = options.engineOnly
            ? [:] : try TerminalBenchmark(contenders: contenders, runs: options.runs).run()
        let journey = try RegisterScript.wholeJourney()
        let engine = EngineBenchmark(events: journey, seconds: options.quick ? 0.3 : 2,
                                     minimumReplays: options.quick ? 10 : 100).run()
        return BenchReport(runs: options.engineOnly ? 0 : options.runs, binary: binary, pacerPrep: terminal["pacer-prep"],
                           dialogPath: dialog, dialog: terminal["dialog"], engine: engine)
    }
}
