import Foundation
import Testing

/// The benchmark runs and reports every figure. Deliberately not a timed test: CI machines are
/// too noisy for thresholds, so only presence and sign are checked; the budgets are judged from
/// the release build with `swift run -c release pacer-prep-bench` (see the README).
@Suite struct BenchmarkSmokeTests {
    @Test(.timeLimit(.minutes(3)))
    func quickRunPrintsEveryFigureAsJSON() throws {
        // The person's home (and so their state folder), which must not receive the bench's sessions.
        let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("bench-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: stateHome) }
        let output = try Self.runBench(["--quick", "--json"], home: stateHome.path)
        let filed = try FileManager.default.subpathsOfDirectory(atPath: stateHome.path)
        #expect(filed.isEmpty, "the bench filed its sessions among the person's records: \(filed)")
        let report = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any],
                                  "not a JSON object: \(String(decoding: output, as: UTF8.self))")
        #expect(report["runs"] as? Int == 3)

        let pacerPrep = try #require(report["pacerPrep"] as? [String: Any])
        #expect(pacerPrep["measured"] as? Bool == true)
        Self.expectPositive(pacerPrep, ["firstFrameMedianMs", "peakRSSKiB", "bytesPerTypedCharacter"], in: "pacerPrep")
        #expect((pacerPrep["firstFrameMs"] as? [Double])?.count == 3)
        // Read from the binary's ELF headers; tests run the debug build, which links dynamically.
        #expect(pacerPrep["linking"] as? String == "dynamic")

        let engine = try #require(report["engine"] as? [String: Any])
        Self.expectPositive(engine, ["replaysPerSecond", "keystrokeP99Microseconds", "keystrokeMedianMicroseconds",
                                     "eventsPerReplay", "replays"], in: "engine")

        let dialog = try #require(report["dialog"] as? [String: Any])
        if dialog["installed"] as? Bool == true {
            Self.expectPositive(dialog, ["firstFrameMedianMs", "peakRSSKiB", "bytesPerTypedCharacter"], in: "dialog")
            let ratios = try #require(report["ratios"] as? [String: Any])
            Self.expectPositive(ratios, ["firstFrame", "peakRSS", "bytesPerTypedCharacter"], in: "ratios")
        } else {
            #expect((dialog["hint"] as? String)?.contains("apt-get install dialog") == true)
        }
    }

    /// Runs the bench and returns its standard output; fails on a non-zero exit status.
    static func runBench(_ arguments: [String], home: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BenchLocator.bench())
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["XDG_STATE_HOME"] = nil
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting, so a full pipe cannot stall the bench.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "pacer-prep-bench failed: \(String(decoding: messages, as: UTF8.self))")
        return data
    }

    static func expectPositive(_ object: [String: Any], _ keys: [String], in name: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        for key in keys {
            let value = (object[key] as? NSNumber)?.doubleValue
            #expect(value.map { $0 > 0 } == true, "\(name).\(key) is \(String(describing: object[key]))",
                    sourceLocation: sourceLocation)
        }
    }
}
