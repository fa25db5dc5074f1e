import Testing
@testable import WizardEngine

/// The transcript line format and the clinic report over a folder of generated transcripts,
/// including a truncated one, in every format.
@Suite struct TranscriptReportTests {
    static func file(_ name: String, _ entries: [(Int, TranscriptEntry)]) -> String {
        entries.map { $0.1.line(milliseconds: $0.0).text + "\n" }.joined()
    }

    static let ana = file("ana", [
        (0, .session(.init(name: "ana", started: "2025-03-04T09:00:00Z", settings: ["journey": "register", "scenario": "attorney-test-card", "mode": "exam"]))),
        (0, .entered(page: "r-form", step: 2, depth: 0)),
        (20_000, .error(field: "zip", message: "ZIP must be 5 digits.")),
        (20_000, .wrongAttempt(page: "r-form")),
        (60_000, .left(page: "r-form")),
        (60_000, .entered(page: "r-security", step: 3, depth: 1)),
        (90_000, .changed(field: "password", value: nil)),
        (90_000, .results(score: 95, passMark: 80, wrongAttempts: 1, shownSteps: 0, milliseconds: 90_000)),
        (95_000, .outcome("completed")),
    ])

    static let ben = file("ben", [
        (0, .session(.init(name: "ben", started: "2025-03-04T09:01:00Z", settings: ["journey": "register", "scenario": "attorney-test-card", "mode": "practice"]))),
        (0, .entered(page: "r-form", step: 2, depth: 0)),
        (10_000, .error(field: "zip", message: "ZIP must be 5 digits.")),
        (11_000, .error(field: "email", message: "Email must look like name@example.com.")),
        (12_000, .hint(page: "r-form", level: 1)),
        (40_000, .left(page: "r-form")),
        (40_000, .entered(page: "r-security", step: 3, depth: 1)),
        (50_000, .outcome("quit")),
    ])

    static let cut = file("cut", [
        (0, .session(.init(name: "cy", started: "2025-03-04T09:02:00Z", settings: ["journey": "register"]))),
        (0, .entered(page: "r-form", step: 2, depth: 0)),
    ]) + "{\"ms\":5,\"event\":\"chang"

    static let report = ClinicReport(
        files: [("ana.jsonl", ana), ("ben.jsonl", ben), ("cut.jsonl", cut), ("junk.jsonl", "hello\n")],
        catalog: Catalog([]))

    @Test func jsonLinesRoundTripEscapesAndRefuseHalfLines() {
        let line = JSONLine([("ms", .int(-3)), ("text", .string("a \"q\" \\ \n\t\u{1} é 山")), ("ok", .bool(true)), ("none", .null)])
        #expect(JSONLine.parse(Substring(line.text)) == line)
        #expect(JSONLine.parse("{\"ms\":1,\"a\":\"b") == nil)
        #expect(JSONLine.parse("{\"ms\":1} trailing") == nil)
        for entry: TranscriptEntry in [.changed(field: "x", value: nil), .changed(field: "x", value: "y"), .signedIn(nil),
                                       .results(score: nil, passMark: nil, wrongAttempts: 1, shownSteps: 2, milliseconds: 3),
                                       .error(field: nil, message: "m"), .entered(page: "p", step: 1, depth: 0)] {
            #expect(TranscriptEntry(entry.line(milliseconds: 7)) == entry)
        }
    }

    @Test func truncatedAndMalformedTranscriptsAreReportedAndSkipped() {
        #expect(Self.report.people.map(\.name) == ["ana", "ben"])
        #expect(Self.report.skipped == [
            .init(file: "cut.jsonl", problem: "line 3 is cut short (the program was stopped while writing it)"),
            .init(file: "junk.jsonl", problem: "line 1 is not a transcript line"),
        ])
        #expect(Transcript.parse(Self.cut).lines.count == 2, "the whole lines before the cut are kept for a resume")
    }

    @Test func peopleAndStepsAreCounted() {
        let ana = Self.report.people[0], ben = Self.report.people[1]
        #expect(ana.finished && ana.status == "completed" && ana.score == 95 && ana.passed == true && ana.wrongAttempts == 1)
        #expect(!ben.finished && ben.status == "quit" && ben.hints == 1 && ben.highestHint == 1 && ben.score == nil)
        let form = Self.report.steps[0]
        #expect(form.page == "r-form" && form.people == 2 && form.stumbled == 2 && form.milliseconds == 50_000)
        #expect(form.commonErrors.map(\.message) == ["ZIP must be 5 digits.", "Email must look like name@example.com."])
        #expect(form.commonErrors.first?.count == 2)
        #expect(Self.report.steps[1].milliseconds == 22_500)
    }

    @Test func markdownIsTheExpectedTables() {
        #expect(ReportMarkdown.render(Self.report) == """
            ## People

            | Name | Scenario | Mode | Status | Time | Wrong attempts | Hints (highest level) | Steps shown | Score |
            |---|---|---|---|---|---|---|---|---|
            | ana | attorney-test-card | exam | completed | 1 min 35 s | 1 | 0 (0) | 0 | 95 (passed) |
            | ben | attorney-test-card | practice | quit | 50 s | 0 | 1 (1) | 0 | - |

            ## Steps

            | Step | Page | Reached | Stumbled | Mean time | Most common problems |
            |---|---|---|---|---|---|
            | - | r-form | 2 | 2 | 50 s | ZIP must be 5 digits. (2); Email must look like name@example.com. (1) |
            | - | r-security | 2 | 0 | 23 s |  |

            ## Skipped

            - `cut.jsonl`: line 3 is cut short (the program was stopped while writing it)
            - `junk.jsonl`: line 1 is not a transcript line

            """)
    }

    @Test func csvIsTheExpectedRows() {
        let rows = ReportCSV.render(Self.report).split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(Array(rows) == [
            "file,name,started,scenario,mode,status,finished,seconds,wrong_attempts,hints,highest_hint,steps_shown,score,pass_mark,passed",
            "ana.jsonl,ana,2025-03-04T09:00:00Z,attorney-test-card,exam,completed,yes,95,1,0,0,0,95,80,yes",
            "ben.jsonl,ben,2025-03-04T09:01:00Z,attorney-test-card,practice,quit,no,50,0,1,1,0,,,",
            "",
            "step,page,title,reached,stumbled,mean_seconds,common_problems",
            "0,r-form,r-form,2,2,50,ZIP must be 5 digits. (2); Email must look like name@example.com. (1)",
            "0,r-security,r-security,2,0,22,",
            "",
        ])
    }

    @Test func tableHasColumnsAndBarCharts() {
        let text = ReportTable.render(Self.report)
        #expect(text.contains("ana   attorney-test-card  exam      completed  1 min 35 s"))
        #expect(text.contains("Time per step (mean)\nr-form      ██████████████████████████████ 50 s\nr-security  █████████████ 23 s\n"))
        #expect(text.contains("Stumbles per step\nr-form      ██████████████████████████████ 2 of 2\nr-security  0 of 2\n"))
        #expect(text.contains("Skipped cut.jsonl: line 3 is cut short"))
    }

    @Test func jsonHasEveryPersonStepAndSkippedFile() {
        let text = ReportJSON.render(Self.report)
        #expect(text.contains("\"name\": \"ana\""))
        #expect(text.contains("\"passed\": true"))
        #expect(text.contains("\"meanMilliseconds\": 50000"))
        #expect(text.contains("\"file\": \"junk.jsonl\""))
    }

    @Test func xapiStatementsHaveTheCmi5Verbs() {
        let statements = XAPIStatements().statements(Self.report)
        let verbs = statements.map { statement -> String in
            guard case .object(let members) = statement, case .object(let verb)? = members.first(where: { $0.key == "verb" })?.value,
                  case .string(let id)? = verb.first(where: { $0.key == "id" })?.value else { return "?" }
            return String(id.split(separator: "/").last!)
        }
        #expect(verbs == ["initialized", "completed", "passed", "terminated", "initialized", "terminated"])
        let text = XAPIStatements().render(Self.report)
        for required in ["\"actor\"", "\"verb\"", "\"object\"", "\"timestamp\": \"2025-03-04T09:01:35.000Z\"", "\"registration\"",
                         "\"scaled\": 0.95", "\"duration\": \"PT95.00S\"", "\"success\": true", "\"completion\": true",
                         "https://w3id.org/xapi/cmi5/context/categories/cmi5", "\"objectType\": \"Agent\""] {
            #expect(text.contains(required), "\(required)")
        }
        let uuid = XAPIStatements.uuid("x")
        #expect(uuid.count == 36 && Array(uuid)[14] == "4")
    }

    @Test func isoTimesAddAndFormat() {
        #expect(ISOTime.adding(1_250, to: "2024-02-28T23:59:59Z") == "2024-02-29T00:00:00.250Z")
        #expect(ISOTime.format(seconds: 0) == "1970-01-01T00:00:00Z")
        #expect(ISOTime.duration(milliseconds: 61_234) == "PT61.23S")
        #expect(ISOTime.adding(0, to: "yesterday") == nil)
    }
}
