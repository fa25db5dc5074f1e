/// The measurements on a pseudo-terminal, for pacer-prep and (when installed) dialog in the same
/// run, so that both see the same machine load.
///
/// First frame and peak memory come from `runs` launches of each program, alternating which one
/// goes first in each round (ABBA) so a slow drift of the machine favours neither; one unrecorded
/// launch of each comes first, so that neither pays for a cold page cache. Bytes per typed
/// character come from one further session of each, since they do not vary from run to run.
/// The launches keep their state (pacer-prep's transcripts) in a folder of the bench's own,
/// removed at the end.
struct TerminalBenchmark {
    /// Characters typed into the text field for the bytes-per-character figure.
    static let typedCharacters = Array("abcdefghijklmnopqrstuvwxyzabcdefghijklmn")

    let contenders: [Contender]
    let runs: Int

    func run() throws -> [String: ProgramFigures] {
        let stateFolder = try ScratchFolder()
        defer { stateFolder.remove() }
        return try run(stateFolder: stateFolder.path)
    }

    private func run(stateFolder: String) throws -> [String: ProgramFigures] {
        let environment = Contender.environment(stateFolder: stateFolder)
        var firstFrames: [String: [Double]] = [:]
        var peaks: [String: [Double]] = [:]
        for contender in contenders { _ = try launch(contender, environment) }
        for round in 0..<runs {
            let order = round % 2 == 0 ? contenders : contenders.reversed()
            for contender in order {
                let launch = try launch(contender, environment)
                firstFrames[contender.name, default: []].append(launch.firstFrameMilliseconds)
                peaks[contender.name, default: []].append(Double(launch.peakResidentKiB))
            }
        }
        var figures: [String: ProgramFigures] = [:]
        for contender in contenders {
            figures[contender.name] = ProgramFigures(
                firstFrameMedianMilliseconds: Statistics.median(firstFrames[contender.name] ?? []),
                firstFrameMilliseconds: firstFrames[contender.name] ?? [],
                peakResidentMedianKiB: Statistics.median(peaks[contender.name] ?? []),
                bytesPerTypedCharacter: try bytesPerTypedCharacter(contender, environment))
        }
        return figures
    }

    /// Starts the program, times its first frame, reads its peak RSS once the frame has settled
    /// (no output for 100 ms), and ends it.
    private func launch(_ contender: Contender, _ environment: [String]) throws
        -> (firstFrameMilliseconds: Double, peakResidentKiB: Int) {
        let process = try PtyProcess(arguments: contender.arguments, environment: environment)
        defer { process.quit(with: contender.quitKeys) }
        let shown = try process.waitUntilVisible(contender.firstFrameMarker, timeoutSeconds: 10)
        process.drainUntilQuiet(quietMilliseconds: 100)
        guard let peak = process.peakResidentKiB() else {
            throw BenchError("cannot read VmHWM of \(contender.name) from /proc/\(process.pid)/status")
        }
        return (Double(shown - process.spawnedAt) / 1e6, peak)
    }

    /// Bytes written by the program while 40 characters are typed into a text field, divided by
    /// 40. Each key waits for its answer to finish (50 ms without output), so every byte counted
    /// answers one of the 40 keys and nothing else.
    private func bytesPerTypedCharacter(_ contender: Contender, _ environment: [String]) throws -> Double {
        let process = try PtyProcess(arguments: contender.arguments, environment: environment)
        defer { process.quit(with: contender.quitKeys) }
        _ = try process.waitUntilVisible(contender.firstFrameMarker, timeoutSeconds: 10)
        process.drainUntilQuiet(quietMilliseconds: 150)
        for key in contender.keysToTextField {
            guard process.type(key) > 0 else {
                throw BenchError("\(contender.name) did not answer a key on the way to its text field")
            }
        }
        process.drainUntilQuiet(quietMilliseconds: 150)
        var written = 0
        for character in Self.typedCharacters {
            written += process.type(Array(String(character).utf8), responseMilliseconds: 300)
        }
        written += process.drainUntilQuiet(quietMilliseconds: 150)
        return Double(written) / Double(Self.typedCharacters.count)
    }
}
