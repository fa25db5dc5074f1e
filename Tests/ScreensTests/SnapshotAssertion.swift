import Foundation
import Testing
import WizardEngine

/// Compares a frame's text with a snapshot file beside the tests; records it instead when
/// `PACER_PREP_RECORD_SNAPSHOTS=1` (then review the diff and commit it).
func assertSnapshot(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation,
                    filePath: String = #filePath) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = frame.text + "\n"
    let recording = ProcessInfo.processInfo.environment["PACER_PREP_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if !recording {
            Issue.record("No snapshot \(name).txt existed; recorded it. Review it and run again.", sourceLocation: sourceLocation)
        }
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
            let new = index < actualLines.count ? String(actualLines[index]) : "<none>"
            if old != new { diff.append("line \(index + 1):\n  - \(old)\n  + \(new)") }
        }
        Issue.record("Snapshot \(name) differs (PACER_PREP_RECORD_SNAPSHOTS=1 re-records):\n\(diff.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
    }
}
