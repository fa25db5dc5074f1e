/// The report as CSV (RFC 4180) for a spreadsheet: the people, a blank line, then the steps.
public enum ReportCSV {
    public static func render(_ report: ClinicReport) -> String {
        var out = row(["file", "name", "started", "scenario", "mode", "status", "finished", "seconds", "wrong_attempts",
                       "hints", "highest_hint", "steps_shown", "score", "pass_mark", "passed"])
        for person in report.people {
            out += row([person.file, person.name, person.started, person.scenario, person.mode, person.status,
                        person.finished ? "yes" : "no", String(person.milliseconds / 1000), String(person.wrongAttempts),
                        String(person.hints), String(person.highestHint), String(person.shownSteps),
                        person.score.map(String.init) ?? "", person.passMark.map(String.init) ?? "",
                        person.passed.map { $0 ? "yes" : "no" } ?? ""])
        }
        out += "\r\n"
        out += row(["step", "page", "title", "reached", "stumbled", "mean_seconds", "common_problems"])
        for step in report.steps {
            out += row([String(step.step), step.page.rawValue, step.title, String(step.people), String(step.stumbled),
                        String(step.milliseconds / 1000),
                        step.commonErrors.map { "\($0.message) (\($0.count))" }.joined(separator: "; ")])
        }
        return out
    }

    static func row(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// Quoted only when needed: a comma, quote or line break inside.
    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
