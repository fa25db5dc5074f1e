/// A transcript file read back: its entries with their times, and what was wrong with it.
///
/// Files are JSON Lines, one entry a line, each line written whole. A line cut short (the
/// program killed while writing) or not written by this program stops the reading there: the
/// entries before it are kept for a resume, and `problem` says what and where, so a report can
/// name the file and skip it instead of failing.
public struct Transcript: Sendable {
    public struct Line: Hashable, Sendable {
        /// Milliseconds since the session began.
        public let milliseconds: Int
        public let entry: TranscriptEntry
    }

    public var lines: [Line] = []
    /// Why the file could not be read to its end, with the line number; nil when it could.
    public var problem: String?

    public init(lines: [Line], problem: String? = nil) {
        self.lines = lines
        self.problem = problem
    }

    public static func parse(_ text: String) -> Transcript {
        var transcript = Transcript(lines: [])
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, row) in rows.enumerated() {
            let number = index + 1
            let isLast = index == rows.count - 1
            if row.isEmpty { continue }
            guard let json = JSONLine.parse(row), let milliseconds = json.int("ms"), let entry = TranscriptEntry(json) else {
                transcript.problem = isLast
                    ? "line \(number) is cut short (the program was stopped while writing it)"
                    : "line \(number) is not a transcript line"
                return transcript
            }
            if isLast {
                transcript.problem = "line \(number) has no line break after it (cut short?)"
            }
            if transcript.lines.isEmpty, !entry.isSession {
                transcript.problem = "line 1 is not the session line: not a pacer-prep transcript"
                return transcript
            }
            transcript.lines.append(Line(milliseconds: milliseconds, entry: entry))
        }
        if transcript.lines.isEmpty, transcript.problem == nil { transcript.problem = "empty file" }
        return transcript
    }

    /// The first line's session, if the file has one.
    public var session: TranscriptEntry.Session? {
        if case .session(let session)? = lines.first?.entry { return session }
        return nil
    }

    /// How it ended (`completed`, `quit`, …); nil when it never ended: killed, or still running.
    public var outcome: String? {
        for line in lines.reversed() {
            if case .outcome(let how) = line.entry { return how }
        }
        return nil
    }

    /// Whether the journey (or scenario) was completed.
    public var isFinished: Bool {
        lines.contains { line in
            switch line.entry {
            case .outcome("completed"), .results: true
            default: false
            }
        }
    }

    /// Whether a resume may continue it: not finished and not resumed already.
    public var canResume: Bool {
        session != nil && !isFinished && outcome != "resumed" && lines.contains { if case .entered = $0.entry { true } else { false } }
    }

    /// Milliseconds from the first line to the last.
    public var milliseconds: Int { lines.last?.milliseconds ?? 0 }
}
