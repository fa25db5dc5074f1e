/// The report as one JSON document, for programs.
public enum ReportJSON {
    public static func render(_ report: ClinicReport) -> String {
        typealias M = JSONValue.Member
        let people = report.people.map { person in
            JSONValue.object([
                M("file", .string(person.file)), M("name", .string(person.name)), M("started", .string(person.started)),
                M("scenario", .string(person.scenario)), M("mode", .string(person.mode)), M("status", .string(person.status)),
                M("finished", .bool(person.finished)), M("milliseconds", .int(person.milliseconds)),
                M("wrongAttempts", .int(person.wrongAttempts)), M("hints", .int(person.hints)),
                M("highestHint", .int(person.highestHint)), M("stepsShown", .int(person.shownSteps)),
                M("score", person.score.map(JSONValue.int) ?? .null), M("passMark", person.passMark.map(JSONValue.int) ?? .null),
                M("passed", person.passed.map(JSONValue.bool) ?? .null),
            ])
        }
        let steps = report.steps.map { step in
            JSONValue.object([
                M("step", .int(step.step)), M("page", .string(step.page.rawValue)), M("title", .string(step.title)),
                M("reached", .int(step.people)), M("stumbled", .int(step.stumbled)),
                M("meanMilliseconds", .int(step.milliseconds)),
                M("commonProblems", .array(step.commonErrors.map {
                    .object([M("message", .string($0.message)), M("count", .int($0.count))])
                })),
            ])
        }
        let skipped = report.skipped.map { JSONValue.object([M("file", .string($0.file)), M("problem", .string($0.problem))]) }
        return JSONValue.object([M("people", .array(people)), M("steps", .array(steps)), M("skipped", .array(skipped))]).text() + "\n"
    }
}
