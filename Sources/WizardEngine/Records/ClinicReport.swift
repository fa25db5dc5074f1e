/// What a folder of transcripts (a clinic) says: per person and per step.
///
/// Built from file texts, so it is pure and the executable only lists and reads the folder. A
/// file that is cut short or not a transcript goes to `skipped` with the reason, never stops
/// the report.
public struct ClinicReport: Sendable {
    public struct Person: Hashable, Sendable {
        public var file: String
        public var name: String
        /// Wall-clock start, ISO 8601.
        public var started: String
        /// The scenario id, or "journey X" outside a scenario.
        public var scenario: String
        public var mode: String
        /// completed, quit, unfinished, resumed …
        public var status: String
        public var finished: Bool
        public var milliseconds: Int
        public var wrongAttempts: Int
        /// Hints given (each raise of the help level) and the highest level reached.
        public var hints: Int
        public var highestHint: Int
        public var shownSteps: Int
        public var score: Int?
        public var passMark: Int?
        public var passed: Bool? { score.flatMap { score in passMark.map { score >= $0 } } }
    }

    public struct Step: Hashable, Sendable {
        public var page: PageID
        public var step: Int
        public var title: String
        /// People who reached the page.
        public var people: Int
        /// People who met a problem or a wrong attempt there.
        public var stumbled: Int
        /// Mean time on the page over the people who reached it.
        public var milliseconds: Int
        /// The most frequent problems, most frequent first (at most three).
        public var commonErrors: [(message: String, count: Int)]

        public static func == (left: Step, right: Step) -> Bool {
            left.page == right.page && left.people == right.people && left.stumbled == right.stumbled
                && left.milliseconds == right.milliseconds && left.commonErrors.map(\.message) == right.commonErrors.map(\.message)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(page) }
    }

    public struct Skipped: Hashable, Sendable {
        public var file: String
        public var problem: String

        public init(file: String, problem: String) {
            self.file = file
            self.problem = problem
        }
    }

    public var people: [Person] = []
    public var steps: [Step] = []
    public var skipped: [Skipped] = []
    /// The transcripts read, for the xAPI statements.
    public var transcripts: [(file: String, transcript: Transcript)] = []

    /// Files in the order given (the executable sorts them by name).
    public init(files: [(name: String, text: String)], catalog: Catalog) {
        var order: [PageID] = []
        var reached: [PageID: Int] = [:]
        var stumbled: [PageID: Int] = [:]
        var time: [PageID: Int] = [:]
        var errors: [PageID: [String: Int]] = [:]
        for (file, text) in files {
            let transcript = Transcript.parse(text)
            guard transcript.problem == nil, let session = transcript.session else {
                skipped.append(Skipped(file: file, problem: transcript.problem ?? "no session line"))
                continue
            }
            transcripts.append((file, transcript))
            people.append(Self.person(file, session, transcript))
            var page: PageID?
            var since = 0
            var pageTime: [PageID: Int] = [:]
            var troubled: Set<PageID> = []
            for line in transcript.lines {
                switch line.entry {
                case .entered(let next, _, _):
                    if let page { pageTime[page, default: 0] += line.milliseconds - since }
                    page = next
                    since = line.milliseconds
                    if pageTime[next] == nil { pageTime[next] = 0 }
                    if !order.contains(next) { order.append(next) }
                case .error(_, let message):
                    if let page {
                        troubled.insert(page)
                        errors[page, default: [:]][message, default: 0] += 1
                    }
                case .wrongAttempt(let at):
                    troubled.insert(at)
                default: break
                }
            }
            if let page { pageTime[page, default: 0] += transcript.milliseconds - since }
            for (at, milliseconds) in pageTime {
                reached[at, default: 0] += 1
                time[at, default: 0] += milliseconds
            }
            for at in troubled { stumbled[at, default: 0] += 1 }
        }
        steps = order.map { page in
            let known = catalog.hasPage(page)
            let count = reached[page] ?? 0
            let common = (errors[page] ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(3).map { (message: $0.key, count: $0.value) }
            return Step(page: page, step: known ? catalog.page(page).step : 0,
                        title: known ? catalog.page(page).title : page.rawValue,
                        people: count, stumbled: stumbled[page] ?? 0,
                        milliseconds: count > 0 ? (time[page] ?? 0) / count : 0, commonErrors: Array(common))
        }
    }

    static func person(_ file: String, _ session: TranscriptEntry.Session, _ transcript: Transcript) -> Person {
        var person = Person(file: file, name: session.name, started: session.started,
                            scenario: session.settings["scenario"] ?? "journey \(session.settings["journey"] ?? "?")",
                            mode: session.settings["scenario"] == nil ? "-" : (session.settings["mode"] ?? "practice"),
                            status: transcript.outcome ?? "unfinished", finished: transcript.isFinished,
                            milliseconds: transcript.milliseconds, wrongAttempts: 0, hints: 0, highestHint: 0,
                            shownSteps: 0, score: nil, passMark: nil)
        if person.finished { person.status = "completed" }
        for line in transcript.lines {
            switch line.entry {
            case .wrongAttempt: person.wrongAttempts += 1
            case .hint(_, let level):
                person.hints += 1
                person.highestHint = max(person.highestHint, level)
            case .shown: person.shownSteps += 1
            case .results(let score, let passMark, _, _, _):
                person.score = score
                person.passMark = passMark
            default: break
            }
        }
        return person
    }

    /// "1 min 05 s", "12 s".
    public static func duration(_ milliseconds: Int) -> String {
        let seconds = (milliseconds + 500) / 1000
        if seconds < 60 { return "\(seconds) s" }
        let rest = seconds % 60
        return "\(seconds / 60) min \(rest < 10 ? "0" : "")\(rest) s"
    }
}
