/// The report as Markdown tables, for a clinic's write-up.
public enum ReportMarkdown {
    public static func render(_ report: ClinicReport) -> String {
        var out = "## People\n\n"
        out += table(["Name", "Scenario", "Mode", "Status", "Time", "Wrong attempts", "Hints (highest level)", "Steps shown", "Score"],
                     report.people.map { person in
                         [person.name, person.scenario, person.mode, person.status, ClinicReport.duration(person.milliseconds),
                          String(person.wrongAttempts), "\(person.hints) (\(person.highestHint))", String(person.shownSteps),
                          score(person)]
                     })
        out += "\n## Steps\n\n"
        out += table(["Step", "Page", "Reached", "Stumbled", "Mean time", "Most common problems"],
                     report.steps.map { step in
                         [step.step > 0 ? String(step.step) : "-", step.title, String(step.people), String(step.stumbled),
                          ClinicReport.duration(step.milliseconds),
                          step.commonErrors.map { "\($0.message) (\($0.count))" }.joined(separator: "; ")]
                     })
        if !report.skipped.isEmpty {
            out += "\n## Skipped\n\n" + report.skipped.map { "- `\($0.file)`: \($0.problem)\n" }.joined()
        }
        return out
    }

    /// "85 (passed)", "40 (failed)", or "-" outside exams.
    static func score(_ person: ClinicReport.Person) -> String {
        guard let score = person.score else { return "-" }
        guard let passed = person.passed else { return String(score) }
        return "\(score) (\(passed ? "passed" : "failed"))"
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let line = { (cells: [String]) in "| " + cells.map(escape).joined(separator: " | ") + " |\n" }
        return line(header) + "|" + header.map { _ in "---|" }.joined() + "\n" + rows.map(line).joined()
    }

    /// A pipe would end the cell; a line break would end the row.
    static func escape(_ cell: String) -> String {
        cell.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
}
