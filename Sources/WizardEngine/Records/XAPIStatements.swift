/// cmi5-style xAPI statements for each transcript of a clinic, as one JSON array that a
/// learning record store accepts on `POST /statements`.
///
/// Per session: `initialized` at its start; `completed` when the journey was finished;
/// `passed` or `failed` with the scaled score when it was an exam; `terminated` when the
/// session ended (a session killed mid-way has no end to report). Statement ids and the
/// registration are UUIDs derived from the file's name and start, so a second export of the
/// same folder sends the same ids and an LRS ignores the repeats rather than double counting.
public struct XAPIStatements {
    /// The IRI the activities are named under; `report --activity-base` changes it.
    public var activityBase: String
    /// The home page of the people's accounts (their login names are the account names).
    public var homePage: String

    public init(activityBase: String = "https://pacer-prep.example/activities", homePage: String = "https://pacer-prep.example") {
        self.activityBase = activityBase
        self.homePage = homePage
    }

    static let verbs = [
        "initialized": "http://adlnet.gov/expapi/verbs/initialized",
        "completed": "http://adlnet.gov/expapi/verbs/completed",
        "passed": "http://adlnet.gov/expapi/verbs/passed",
        "failed": "http://adlnet.gov/expapi/verbs/failed",
        "terminated": "http://adlnet.gov/expapi/verbs/terminated",
    ]

    public func render(_ report: ClinicReport) -> String {
        JSONValue.array(statements(report)).text() + "\n"
    }

    public func statements(_ report: ClinicReport) -> [JSONValue] {
        var all: [JSONValue] = []
        for (index, person) in report.people.enumerated() {
            let transcript = report.transcripts[index].transcript
            let key = person.file + "|" + person.started
            let registration = Self.uuid(key)
            let start = person.started
            let end = transcript.milliseconds
            func make(_ verb: String, at milliseconds: Int, result: [JSONValue.Member]?, moveOn: Bool) -> JSONValue {
                statement(verb, person, registration: registration, key: key,
                          timestamp: ISOTime.adding(milliseconds, to: start) ?? start, result: result, moveOn: moveOn)
            }
            all.append(make("initialized", at: 0, result: nil, moveOn: false))
            let duration = JSONValue.Member("duration", .string(ISOTime.duration(milliseconds: end)))
            if person.finished {
                all.append(make("completed", at: end, result: [JSONValue.Member("completion", .bool(true)), duration], moveOn: true))
            }
            if let score = person.score, let passed = person.passed {
                let scaled = score >= 100 ? "1" : (score <= 0 ? "0" : "0.\(ISOTime.pad(score, 2))")
                let result: [JSONValue.Member] = [
                    .init("score", .object([.init("scaled", .number(scaled)), .init("raw", .int(score)),
                                            .init("min", .int(0)), .init("max", .int(100))])),
                    .init("success", .bool(passed)), duration,
                ]
                all.append(make(passed ? "passed" : "failed", at: end, result: result, moveOn: true))
            }
            if transcript.outcome != nil {
                all.append(make("terminated", at: end, result: [duration], moveOn: false))
            }
        }
        return all
    }

    func statement(_ verb: String, _ person: ClinicReport.Person, registration: String, key: String, timestamp: String,
                   result: [JSONValue.Member]?, moveOn: Bool) -> JSONValue {
        typealias M = JSONValue.Member
        let activity = activityBase + "/" + Self.slug(person.scenario)
        var categories: [JSONValue] = [.object([M("id", .string("https://w3id.org/xapi/cmi5/context/categories/cmi5"))])]
        if moveOn { categories.append(.object([M("id", .string("https://w3id.org/xapi/cmi5/context/categories/moveon"))])) }
        var members = [
            M("id", .string(Self.uuid(key + "|" + verb))),
            M("actor", .object([
                M("objectType", .string("Agent")), M("name", .string(person.name)),
                M("account", .object([M("homePage", .string(homePage)), M("name", .string(person.name))])),
            ])),
            M("verb", .object([M("id", .string(Self.verbs[verb]!)), M("display", .object([M("en-US", .string(verb))]))])),
            M("object", .object([
                M("objectType", .string("Activity")), M("id", .string(activity)),
                M("definition", .object([
                    M("name", .object([M("en-US", .string("pacer-prep: \(person.scenario)"))])),
                    M("type", .string("http://adlnet.gov/expapi/activities/lesson")),
                ])),
            ])),
        ]
        if let result { members.append(M("result", .object(result))) }
        members.append(M("context", .object([
            M("registration", .string(registration)),
            M("contextActivities", .object([M("category", .array(categories))])),
            M("extensions", .object([
                M("https://w3id.org/xapi/cmi5/context/extensions/sessionid", .string(Self.uuid(key + "|session"))),
            ])),
        ])))
        members.append(M("timestamp", .string(timestamp)))
        return .object(members)
    }

    /// An IRI path segment: letters, digits and hyphens.
    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// A version-4-shaped UUID derived from text (two FNV-1a hashes), so exports repeat.
    static func uuid(_ text: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        let high = (fnv(0xcbf2_9ce4_8422_2325) & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000
        let low = (fnv(0x6c62_272e_07bb_0142) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(copies: digits - text.count, of: "0") + text
        }
        let a = hex(high, 16), b = hex(low, 16)
        return "\(a.prefix(8))-\(a.dropFirst(8).prefix(4))-\(a.suffix(4))-\(b.prefix(4))-\(b.suffix(12))"
    }
}
