/// A page's body laid out: its lines in order, and the lines of each part they were made from,
/// so that the next layout can keep the parts that did not change.
struct BodyLines: Sendable {
    let width: Int
    let labelWidth: Int
    let glyphs: Glyphs
    let instruction: String
    let instructionLines: [DrawnLine]
    let tabs: [ScreenView.TabView]
    let tabLines: [DrawnLine]
    let items: [ScreenView.BodyItem]
    let itemLines: [[DrawnLine]]
    /// Every line of the body, top to bottom.
    let all: [DrawnLine]

    init(width: Int, labelWidth: Int, glyphs: Glyphs, instruction: String, instructionLines: [DrawnLine],
         tabs: [ScreenView.TabView], tabLines: [DrawnLine], items: [ScreenView.BodyItem], itemLines: [[DrawnLine]]) {
        self.width = width
        self.labelWidth = labelWidth
        self.glyphs = glyphs
        self.instruction = instruction
        self.instructionLines = instructionLines
        self.tabs = tabs
        self.tabLines = tabLines
        self.items = items
        self.itemLines = itemLines
        var all = instructionLines + tabLines
        for (item, lines) in zip(items, itemLines) {
            // Fields of a form sit on consecutive lines, as on the web page; text above them gets
            // a blank line between.
            if case .field = item, all.last?.owner == nil { all.append(.blank) }
            all += lines
        }
        self.all = all
    }

    /// The body of a window too small to show it.
    static let empty = BodyLines(width: 0, labelWidth: 0, glyphs: .unicode, instruction: "", instructionLines: [],
                                tabs: [], tabLines: [], items: [], itemLines: [])
}
