/// One line of a page's scrollable body, before it is placed on the screen.
struct BodyLine: Sendable {
    /// A run of text starting at a column of the body.
    struct Run: Sendable {
        var column: Int
        var text: String
        var style: CellStyle
    }

    var runs: [Run] = []
    /// The focus stop this line belongs to, so scrolling can keep it in view.
    var owner: FocusTarget?
    /// The cursor's column on this line, when the focused text box is here.
    var cursor: Int?
    /// The runs drawn into one row of cells as wide as the body, or nil for a line with none.
    /// A line is drawn on every frame while it is on screen but laid out only when it changes,
    /// so it is drawn once, here, and each frame copies the row.
    private(set) var cells: Frame?

    init(owner: FocusTarget? = nil) { self.owner = owner }

    mutating func add(_ text: String, at column: Int, _ style: CellStyle = .plain) {
        runs.append(Run(column: column, text: text, style: style))
    }

    /// The line with its runs drawn into `cells`, clipped at `width`.
    func drawn(width: Int) -> BodyLine {
        guard !runs.isEmpty else { return self }
        var row = Frame(size: TerminalSize(columns: width, rows: 1))
        for run in runs { row.put(run.text, row: 0, column: run.column, style: run.style) }
        var line = self
        line.cells = row
        return line
    }
}
