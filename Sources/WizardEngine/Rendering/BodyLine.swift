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
    init(owner: FocusTarget? = nil) { self.owner = owner }

    mutating func add(_ text: String, at column: Int, _ style: CellStyle = .plain) {
        // A field's line has a handful of runs: room for them at once, not by doubling.
        if runs.isEmpty { runs.reserveCapacity(6) }
        runs.append(Run(column: column, text: text, style: style))
    }
}
