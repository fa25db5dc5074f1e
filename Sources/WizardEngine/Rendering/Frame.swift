/// The whole screen as a value: a grid of cells and where the cursor is.
///
/// The curses front end copies it to the terminal and the snapshot tests turn it into text, so
/// what is tested is exactly what is drawn.
public struct Frame: Equatable, Sendable {
    /// One cell of the grid.
    public struct Cell: Equatable, Sendable {
        /// One grapheme. Empty for the right half of a wide character drawn in the cell before.
        public var text: String
        public var style: CellStyle

        public init(_ text: String = " ", _ style: CellStyle = .plain) {
            self.text = text
            self.style = style
        }

        public static let blank = Cell()
        /// Whether this cell only continues the wide character to its left.
        public var isContinuation: Bool { text.isEmpty }
    }

    /// A position on the grid, zero-based.
    public struct Position: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    public let size: TerminalSize
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes; nil hides it.
    public var cursor: Position?

    public init(size: TerminalSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
        self.cursor = nil
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.columns + column] }
        set { cells[row * size.columns + column] = newValue }
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        cells[(row * size.columns)..<((row + 1) * size.columns)]
    }

    /// Writes `text` from `column` on, clipped at `limit` (the right edge by default); returns the
    /// column after the last cell written. Wide characters take two cells and are never split.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return column }
        let end = min(limit ?? size.columns, size.columns)
        if let after = putSimple(text, row: row, column: column, style: style, end: end) { return after }
        var col = column
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 {
                // A mark with nothing to draw joins the character before it (the left half of a
                // wide one, never its continuation cell).
                var target = col - 1
                if target >= 0, self[row, target].isContinuation { target -= 1 }
                if target >= max(column, 0), col <= end { self[row, target].text.append(character) }
                continue
            }
            if col + width > end { break }
            if col >= 0 {
                // Never leave half of a wide character behind when writing over the other half.
                if self[row, col].isContinuation, col > 0 { self[row, col - 1] = Cell(" ", self[row, col - 1].style) }
                let after = col + width
                if after < size.columns, self[row, after].isContinuation { self[row, after] = Cell(" ", self[row, after].style) }
                self[row, col] = Cell(String(character), style)
                if width == 2 { self[row, col + 1] = Cell("", style) }
            }
            col += width
        }
        return col
    }

    /// `put` for text whose every scalar is a one-cell character that can neither join the one
    /// before it nor take a mark (ASCII, Latin, punctuation, arrows, box drawing: nearly all the
    /// text on screen): one cell per scalar, without grapheme breaking or a width look-up per
    /// character. Returns nil, having written nothing, for any other text.
    private mutating func putSimple(_ text: String, row: Int, column: Int, style: CellStyle, end: Int) -> Int? {
        guard text.unicodeScalars.allSatisfy(Self.isSimple) else { return nil }
        let base = row * size.columns
        var col = column
        for scalar in text.unicodeScalars {
            if col + 1 > end { break }
            if col >= 0 {
                // Never leave half of a wide character behind when writing over the other half.
                if col > 0, cells[base + col].isContinuation { cells[base + col - 1] = Cell(" ", cells[base + col - 1].style) }
                if col + 1 < size.columns, cells[base + col + 1].isContinuation {
                    cells[base + col + 1] = Cell(" ", cells[base + col + 1].style)
                }
                cells[base + col] = Cell(String(Character(scalar)), style)
            }
            col += 1
        }
        return col
    }

    /// Whether a scalar always makes a grapheme of its own and takes exactly one cell: printable
    /// ASCII and Latin (below the combining marks), general punctuation without the invisible
    /// format characters, arrows and technical symbols, box drawing and geometric shapes.
    private static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0x300, 0x2010..<0x2028, 0x2030..<0x205F: return true
        case 0x2190..<0x2300, 0x2500..<0x2600: return DisplayWidth.of(scalar) == 1
        default: return false
        }
    }

    /// Replaces whole one-cell graphemes found in `table` (for the ASCII drawing mode).
    public mutating func replaceSymbols(_ table: [String: String]) {
        for index in cells.indices {
            if let replacement = table[cells[index].text] { cells[index].text = replacement }
        }
    }

    /// Paints the style of a run of cells without changing their text.
    public mutating func paint(row: Int, from start: Int, to end: Int, style: CellStyle) {
        guard row >= 0, row < size.rows else { return }
        for col in max(0, start)..<min(end, size.columns) { self[row, col].style = style }
    }

    /// The screen as plain text, one line per row, trailing spaces trimmed: for snapshots and tests.
    public var text: String {
        (0..<size.rows).map { lineText($0) }.joined(separator: "\n")
    }

    /// One row as plain text with trailing spaces trimmed.
    public func lineText(_ row: Int) -> String {
        var line = ""
        for cell in self.row(row) where !cell.isContinuation { line += cell.text }
        while line.last == " " { line.removeLast() }
        return line
    }
}
