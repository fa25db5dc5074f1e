/// A body line as it is kept once laid out: the line, and its runs drawn into one row of cells
/// as wide as the body.
///
/// A line is drawn on every frame while it is on screen but laid out only when it changes, so
/// it is drawn once, here, and each frame copies the row. It is immutable and shared: a page's
/// lines are kept from key to key and listed again for every screen, one reference each.
final class DrawnLine: Sendable {
    let line: BodyLine
    /// No cells at all for a line with no runs.
    let cells: Frame

    init(_ line: BodyLine, width: Int) {
        self.line = line
        var row = Frame(size: TerminalSize(columns: line.runs.isEmpty ? 0 : width, rows: 1))
        for run in line.runs { row.put(run.text, row: 0, column: run.column, style: run.style) }
        cells = row
    }

    var owner: FocusTarget? { line.owner }
    var cursor: Int? { line.cursor }

    /// The empty line between text and a form.
    static let blank = DrawnLine(BodyLine(), width: 0)
}
