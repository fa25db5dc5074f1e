/// The report as aligned columns and bar charts, for a terminal: a trainer would rather see at a
/// glance which step took long and where people stumbled than read numbers.
public enum ReportTable {
    /// The widest a bar is drawn.
    static let barWidth = 30

    public static func render(_ report: ClinicReport) -> String {
        var out = "People\n"
        out += columns([["Name", "Scenario", "Mode", "Status", "Time", "Wrong", "Hints (max)", "Shown", "Score"]]
            + report.people.map { person in
                [person.name, person.scenario, person.mode, person.status, ClinicReport.duration(person.milliseconds),
                 String(person.wrongAttempts), "\(person.hints) (\(person.highestHint))", String(person.shownSteps),
                 ReportMarkdown.score(person)]
            })
        out += "\nSteps\n"
        out += columns([["Step", "Page", "Reached", "Stumbled", "Mean time", "Most common problems"]]
            + report.steps.map { step in
                [step.step > 0 ? String(step.step) : "-", step.title, String(step.people), String(step.stumbled),
                 ClinicReport.duration(step.milliseconds),
                 step.commonErrors.map { "\($0.message) (\($0.count))" }.joined(separator: "; ")]
            })
        out += "\nTime per step (mean)\n"
        out += bars(report.steps.map { ($0.title, $0.milliseconds, ClinicReport.duration($0.milliseconds)) })
        out += "\nStumbles per step\n"
        out += bars(report.steps.map { ($0.title, $0.stumbled, "\($0.stumbled) of \($0.people)") })
        out += skippedLines(report)
        return out
    }

    /// "Skipped …" lines, one per file that could not be read.
    static func skippedLines(_ report: ClinicReport) -> String {
        guard !report.skipped.isEmpty else { return "" }
        return "\n" + report.skipped.map { "Skipped \($0.file): \($0.problem)\n" }.joined()
    }

    /// Rows padded to each column's widest cell (display width, so wide characters line up).
    static func columns(_ rows: [[String]]) -> String {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(copies: widths[column] - DisplayWidth.of(cell), of: " ")
            }.joined(separator: "  ") + "\n"
        }.joined()
    }

    /// One bar a row, scaled to the largest value; a value above zero always gets a cell.
    static func bars(_ rows: [(label: String, value: Int, caption: String)]) -> String {
        let largest = max(1, rows.map(\.value).max() ?? 1)
        let width = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        return rows.map { row in
            let length = row.value == 0 ? 0 : max(1, row.value * barWidth / largest)
            let label = row.label + String(copies: width - DisplayWidth.of(row.label), of: " ")
            return "\(label)  \(String(copies: length, of: "█"))\(length > 0 ? " " : "")\(row.caption)\n"
        }.joined()
    }
}
