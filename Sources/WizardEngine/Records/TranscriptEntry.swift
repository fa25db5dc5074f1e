/// One thing that happened in a session, as a transcript keeps it.
///
/// Entries are derived by `TranscriptRecorder` from the states before and after each event, so
/// the value of a password, card number, security answer or date of birth never becomes part of
/// one: a change to such a field is an entry without a value. Redaction happens here, at the
/// source, not by filtering a file afterwards.
public enum TranscriptEntry: Hashable, Sendable {
    /// The first line: who, when, and the settings a resume needs to rebuild the same run.
    case session(Session)
    case entered(page: PageID, step: Int, depth: Int)
    case left(page: PageID)
    /// A field's new value; nil when the field is secret or private (the value is never kept).
    case changed(field: FieldID, value: String?)
    /// A problem shown: under a field, or on the status line (field nil).
    case error(field: FieldID?, message: String)
    case wrongAttempt(page: PageID)
    case hint(page: PageID, level: Int)
    /// "Show me" did the step.
    case shown(page: PageID)
    case fault(String)
    /// The mock back end's login changed: an account number, or nil when logged out.
    case signedIn(String?)
    /// The account this run created.
    case created(String)
    /// A scenario's results: the exam score and pass mark (nil outside exams) and the totals.
    case results(score: Int?, passMark: Int?, wrongAttempts: Int, shownSteps: Int, milliseconds: Int)
    /// How the session ended: `completed`, `quit`, `input-ended`, `signal N`, `resumed`.
    case outcome(String)

    var isSession: Bool {
        if case .session = self { return true }
        return false
    }

    /// The first line's contents. `settings` are run options (journey, scenario, mode, today,
    /// seed, world and court files) as text.
    public struct Session: Hashable, Sendable {
        public var name: String
        /// Wall-clock start in ISO 8601 UTC, e.g. 2025-03-04T09:15:00Z.
        public var started: String
        public var settings: [String: String]

        public init(name: String, started: String, settings: [String: String]) {
            self.name = name
            self.started = started
            self.settings = settings
        }
    }

    /// The entry as one JSON line's members, after `ms` (milliseconds since the session began).
    public func line(milliseconds: Int) -> JSONLine {
        var line = JSONLine([("ms", .int(milliseconds))])
        switch self {
        case .session(let session):
            line.append("event", "session")
            line.append("version", .int(1))
            line.append("name", session.name)
            line.append("started", session.started)
            for key in session.settings.keys.sorted() { line.append(key, session.settings[key]) }
        case .entered(let page, let step, let depth):
            line.append("event", "entered")
            line.append("page", page.rawValue)
            line.append("step", step)
            line.append("depth", depth)
        case .left(let page):
            line.append("event", "left")
            line.append("page", page.rawValue)
        case .changed(let field, let value):
            line.append("event", "changed")
            line.append("field", field.rawValue)
            if let value { line.append("value", value) } else { line.append("redacted", .bool(true)) }
        case .error(let field, let message):
            line.append("event", "error")
            line.append("field", field?.rawValue)
            line.append("message", message)
        case .wrongAttempt(let page):
            line.append("event", "wrong")
            line.append("page", page.rawValue)
        case .hint(let page, let level):
            line.append("event", "hint")
            line.append("page", page.rawValue)
            line.append("level", level)
        case .shown(let page):
            line.append("event", "shown")
            line.append("page", page.rawValue)
        case .fault(let kind):
            line.append("event", "fault")
            line.append("fault", kind)
        case .signedIn(let account):
            line.append("event", "signed-in")
            line.append("account", account.map(JSONLine.Value.string) ?? .null)
        case .created(let account):
            line.append("event", "created")
            line.append("account", account)
        case .results(let score, let passMark, let wrong, let shown, let milliseconds):
            line.append("event", "results")
            line.append("score", score)
            line.append("passMark", passMark)
            line.append("wrongAttempts", wrong)
            line.append("shownSteps", shown)
            line.append("milliseconds", milliseconds)
        case .outcome(let how):
            line.append("event", "outcome")
            line.append("outcome", how)
        }
        return line
    }

    /// The entry a line holds; nil when the line is not one this program writes.
    public init?(_ line: JSONLine) {
        guard let event = line.string("event") else { return nil }
        let page = line.string("page").map { PageID($0) }
        switch event {
        case "session":
            guard let name = line.string("name"), let started = line.string("started") else { return nil }
            var settings: [String: String] = [:]
            for (key, value) in line.members where !["ms", "event", "version", "name", "started"].contains(key) {
                if case .string(let text) = value { settings[key] = text }
            }
            self = .session(Session(name: name, started: started, settings: settings))
        case "entered":
            guard let page, let step = line.int("step"), let depth = line.int("depth") else { return nil }
            self = .entered(page: page, step: step, depth: depth)
        case "left":
            guard let page else { return nil }
            self = .left(page: page)
        case "changed":
            guard let field = line.string("field") else { return nil }
            self = .changed(field: FieldID(field), value: line.string("value"))
        case "error":
            guard let message = line.string("message") else { return nil }
            self = .error(field: line.string("field").map { FieldID($0) }, message: message)
        case "wrong":
            guard let page else { return nil }
            self = .wrongAttempt(page: page)
        case "hint":
            guard let page, let level = line.int("level") else { return nil }
            self = .hint(page: page, level: level)
        case "shown":
            guard let page else { return nil }
            self = .shown(page: page)
        case "fault":
            guard let kind = line.string("fault") else { return nil }
            self = .fault(kind)
        case "signed-in":
            self = .signedIn(line.string("account"))
        case "created":
            guard let account = line.string("account") else { return nil }
            self = .created(account)
        case "results":
            guard let wrong = line.int("wrongAttempts"), let shown = line.int("shownSteps"),
                  let milliseconds = line.int("milliseconds") else { return nil }
            self = .results(score: line.int("score"), passMark: line.int("passMark"), wrongAttempts: wrong,
                            shownSteps: shown, milliseconds: milliseconds)
        case "outcome":
            guard let how = line.string("outcome") else { return nil }
            self = .outcome(how)
        default:
            return nil
        }
    }
}
