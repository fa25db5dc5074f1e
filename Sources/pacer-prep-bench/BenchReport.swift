import Foundation

/// The figures of one run, printed as the table people read or as JSON for scripts and the smoke
/// test; both show the same numbers.
struct BenchReport {
    static let installHint = "dialog is not installed: apt-get install dialog"

    var runs: Int
    /// Nil with --engine-only, which needs no pacer-prep binary.
    var binary: String?
    var linking: ExecutableLinking?
    /// Nil with --engine-only.
    var pacerPrep: ProgramFigures?
    var dialogPath: String?
    var dialog: ProgramFigures?
    var engine: EngineFigures

    private func ratio(_ figure: (ProgramFigures) -> Double) -> Double? {
        guard let pacerPrep, let dialog else { return nil }
        return figure(pacerPrep) / figure(dialog)
    }
    private var firstFrameRatio: Double? { ratio(\.firstFrameMedianMilliseconds) }
    private var peakRatio: Double? { ratio(\.peakResidentMedianKiB) }
    private var bytesRatio: Double? { ratio(\.bytesPerTypedCharacter) }

    func table() -> String {
        let missing = dialogPath == nil ? "not installed" : "skipped"
        func ratio(_ value: Double?) -> String { value.map { format($0, 2) } ?? "–" }
        func mine(_ figure: (ProgramFigures) -> Double, _ decimals: Int) -> String {
            pacerPrep.map { format(figure($0), decimals) } ?? "skipped"
        }
        func theirs(_ figure: (ProgramFigures) -> Double, _ decimals: Int) -> String {
            dialog.map { format(figure($0), decimals) } ?? missing
        }
        let rows: [[String]] = [
            ["", "pacer-prep", "dialog", "ratio", "budget"],
            ["first frame, median (ms)", mine(\.firstFrameMedianMilliseconds, 2),
             theirs(\.firstFrameMedianMilliseconds, 2),
             ratio(firstFrameRatio), verdict(firstFrameRatio.map { $0 <= 1 }, "≤ dialog, aim ½")],
            ["peak RSS at first frame (MiB)", mine({ $0.peakResidentMedianKiB / 1024 }, 1),
             theirs({ $0.peakResidentMedianKiB / 1024 }, 1),
             ratio(peakRatio), verdict(pacerPrep.map { $0.peakResidentMedianKiB < 12 * 1024 }, "< 12 MiB")],
            ["bytes per typed character", mine(\.bytesPerTypedCharacter, 1), theirs(\.bytesPerTypedCharacter, 1),
             ratio(bytesRatio), verdict(pacerPrep.map { $0.bytesPerTypedCharacter < 16 }, "< 16")],
            ["engine: journey-R replays per second", format(engine.replaysPerSecond, 0), "", "",
             verdict(engine.replaysPerSecond >= 1000, "≥ 1000")],
            ["engine: keystroke p99 (µs)", format(engine.keystrokeP99Microseconds, 1), "", "",
             verdict(engine.keystrokeP99Microseconds < 1000, "< 1000")],
        ]
        var lines = ["pacer-prep-bench: \(runs) runs each (alternating), 80x24 pty, TERM=xterm-256color",
                     "pacer-prep: " + (binary.map { "\($0) (\((linking ?? .unknown).label))" } ?? "not measured (--engine-only)"),
                     dialogPath.map { "dialog: \($0) --form, two fields" } ?? Self.installHint,
                     ""]
        lines += Self.align(rows)
        lines.append("")
        lines.append("engine: \(engine.eventsPerReplay) events per replay, \(engine.replays) replays, "
                     + "keystroke median \(format(engine.keystrokeMedianMicroseconds, 1)) µs")
        return lines.joined(separator: "\n")
    }

    func json() -> String {
        func program(_ figures: ProgramFigures?, path: String?, installed: Bool,
                     linking: ExecutableLinking? = nil) -> [String: Any] {
            guard installed else { return ["installed": false, "hint": Self.installHint] }
            var result: [String: Any] = ["installed": true, "measured": figures != nil]
            if let path { result["path"] = path }
            if let linking { result["linking"] = linking.rawValue }
            guard let figures else { return result }
            result["firstFrameMedianMs"] = rounded(figures.firstFrameMedianMilliseconds, 3)
            result["firstFrameMs"] = figures.firstFrameMilliseconds.map { rounded($0, 3) }
            result["peakRSSKiB"] = rounded(figures.peakResidentMedianKiB, 1)
            result["bytesPerTypedCharacter"] = rounded(figures.bytesPerTypedCharacter, 3)
            return result
        }
        var ratios: [String: Any] = [:]
        if let firstFrameRatio, let peakRatio, let bytesRatio {
            ratios = ["firstFrame": rounded(firstFrameRatio, 3), "peakRSS": rounded(peakRatio, 3),
                      "bytesPerTypedCharacter": rounded(bytesRatio, 3)]
        }
        let object: [String: Any] = [
            "runs": runs,
            "terminal": ["columns": 80, "rows": 24, "term": "xterm-256color"],
            "pacerPrep": program(pacerPrep, path: binary, installed: true, linking: linking),
            "dialog": program(dialog, path: dialogPath, installed: dialogPath != nil),
            "ratios": ratios,
            "engine": ["replaysPerSecond": rounded(engine.replaysPerSecond, 1),
                       "keystrokeP99Microseconds": rounded(engine.keystrokeP99Microseconds, 2),
                       "keystrokeMedianMicroseconds": rounded(engine.keystrokeMedianMicroseconds, 2),
                       "eventsPerReplay": engine.eventsPerReplay,
                       "replays": engine.replays],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func verdict(_ met: Bool?, _ budget: String) -> String {
        switch met {
        case true?: return "\(budget): met"
        case false?: return "\(budget): MISSED"
        case nil: return "\(budget): –"
        }
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    private func rounded(_ value: Double, _ decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
    }

    /// Left-aligns the first and last columns and right-aligns the numbers between them.
    private static func align(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.map { row in
            var line = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 || index == columns - 1 ? cell + pad : pad + cell
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
