/// The whole screen as a value: a grid of cells and where the cursor is.
///
/// The curses front end copies it to the terminal and the snapshot tests turn it into text, so
/// what is tested is exactly what is drawn.
public struct Frame: Equatable, Sendable {
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
    /// The cells, row by row.
    private(set) var glyphs: [Glyph]
    /// The graphemes of more than one scalar that cells name by index (see `Glyph`).
    private var clusters: [String] = []
    /// Where the terminal cursor goes; nil hides it.
    public var cursor: Position?

    public init(size: TerminalSize) {
        self.size = size
        self.glyphs = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
        self.cursor = nil
    }

    /// A frame with the cells of `base`, copied in one block (an array's own copy on write
    /// copies a cell at a time, which cost more than drawing the whole body).
    init(copying base: Frame) {
        size = base.size
        clusters = base.clusters
        cursor = base.cursor
        glyphs = base.glyphs.withUnsafeBufferPointer { source in
            Array(unsafeUninitializedCapacity: source.count) { buffer, count in
                if let from = source.baseAddress { buffer.baseAddress!.initialize(from: from, count: source.count) }
                count = source.count
            }
        }
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cell(glyphs[row * size.columns + column]) }
        set { glyphs[row * size.columns + column] = Glyph(code: code(for: newValue.text), style: newValue.style) }
    }

    /// Every cell, row by row.
    public var cells: Cells { Cells(frame: self) }

    /// The cells of one row.
    public func row(_ row: Int) -> Cells.SubSequence {
        cells[(row * size.columns)..<((row + 1) * size.columns)]
    }

    /// Whether one row holds the same cells as that row of `other`, a frame of the same size.
    public func sameRow(_ row: Int, as other: Frame) -> Bool {
        let start = row * size.columns
        return (start..<(start + size.columns)).allSatisfy { sameGlyph(at: $0, as: other) }
    }

    /// Whether one cell is the same as that cell of `other`, a frame of the same size.
    public func sameCell(row: Int, column: Int, as other: Frame) -> Bool {
        sameGlyph(at: row * size.columns + column, as: other)
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        guard lhs.size == rhs.size, lhs.cursor == rhs.cursor else { return false }
        if lhs.clusters.isEmpty && rhs.clusters.isEmpty { return lhs.glyphs == rhs.glyphs }
        return lhs.glyphs.indices.allSatisfy { lhs.sameGlyph(at: $0, as: rhs) }
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
                if target >= 0, glyphs[row * size.columns + target].code == Glyph.continuation { target -= 1 }
                if target >= max(column, 0), col <= end { join(character, at: row * size.columns + target) }
                continue
            }
            if col + width > end { break }
            if col >= 0 {
                let code = code(for: String(character)), base = row * size.columns, columns = size.columns
                glyphs.withUnsafeMutableBufferPointer { glyphs in
                    Self.write(code, width: width, style: style, column: col, base: base, columns: columns, glyphs)
                }
            }
            col += width
        }
        return col
    }

    /// Writes `character` into every cell of `columns` on `row`, as `put` would write it repeated
    /// (a rule, a border, a blank run), without building the string.
    public mutating func fill(_ character: Character, row: Int, columns: Range<Int>, style: CellStyle = .plain) {
        guard row >= 0, row < size.rows, !columns.isEmpty else { return }
        guard let code = Self.simpleCode(character) else {
            put(String(copies: columns.count, of: String(character)), row: row, column: columns.lowerBound, style: style)
            return
        }
        let base = row * size.columns, width = size.columns
        let cells = max(0, columns.lowerBound)..<min(columns.upperBound, width)
        guard !cells.isEmpty else { return }
        glyphs.withUnsafeMutableBufferPointer { glyphs in
            // Only the run's two ends can cut a wide character in half (as in `putSimple`).
            Self.write(code, width: 1, style: style, column: cells.lowerBound, base: base, columns: width, glyphs)
            guard cells.count > 1 else { return }
            let glyph = Glyph(code: code, style: style)
            for column in (cells.lowerBound + 1)..<(cells.upperBound - 1) { glyphs[base + column] = glyph }
            Self.write(code, width: 1, style: style, column: cells.upperBound - 1, base: base, columns: width, glyphs)
        }
    }

    /// Writes `character` into one column of every row in `rows` (a box's side).
    public mutating func fill(_ character: Character, rows: Range<Int>, column: Int, style: CellStyle = .plain) {
        guard let code = Self.simpleCode(character), column >= 0, column < size.columns else {
            for row in rows { fill(character, row: row, columns: column..<(column + 1), style: style) }
            return
        }
        let width = size.columns, shown = max(0, rows.lowerBound)..<min(rows.upperBound, size.rows)
        glyphs.withUnsafeMutableBufferPointer { glyphs in
            for row in shown { Self.write(code, width: 1, style: style, column: column, base: row * width, columns: width, glyphs) }
        }
    }

    /// `put` for text whose every scalar is a one-cell character that can neither join the one
    /// before it nor take a mark (ASCII, Latin, punctuation, arrows, box drawing: nearly all the
    /// text on screen): one cell per scalar, without grapheme breaking or a width look-up per
    /// character. Returns nil, having written nothing, for any other text.
    private mutating func putSimple(_ text: String, row: Int, column: Int, style: CellStyle, end: Int) -> Int? {
        let base = row * size.columns, width = size.columns
        // Printable ASCII, most of every frame, is read straight from the string's bytes.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            let first = max(column, 0), after = min(column + bytes.count, end)
            guard first < after else { return max(column, min(column + bytes.count, end)) }
            return glyphs.withUnsafeMutableBufferPointer { glyphs in
                // Only the run's two ends can cut a wide character in half; the cells between
                // are written straight.
                Self.write(UInt32(bytes[first - column]), width: 1, style: style, column: first, base: base,
                           columns: width, glyphs)
                if after - 1 > first {
                    for col in (first + 1)..<(after - 1) {
                        glyphs[base + col] = Glyph(code: UInt32(bytes[col - column]), style: style)
                    }
                    Self.write(UInt32(bytes[after - 1 - column]), width: 1, style: style, column: after - 1, base: base,
                               columns: width, glyphs)
                }
                return after
            }
        }
        // Nil inside (bytes read, not all ASCII) goes on to the scalars, as nil outside does.
        if let after = ascii ?? nil { return after }
        guard text.unicodeScalars.allSatisfy(DisplayWidth.isSingleCell) else { return nil }
        return glyphs.withUnsafeMutableBufferPointer { glyphs in
            var col = column
            for scalar in text.unicodeScalars {
                if col >= end { break }
                if col >= 0 { Self.write(scalar.value, width: 1, style: style, column: col, base: base, columns: width, glyphs) }
                col += 1
            }
            return col
        }
    }

    /// The code of a character that `putSimple` would write, or nil.
    private static func simpleCode(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
              DisplayWidth.isSingleCell(first) else { return nil }
        return first.value
    }

    /// Writes one character's code into `width` cells from `column` of the row that starts at
    /// `base`. Never leaves half of a wide character behind when writing over the other half.
    private static func write(_ code: UInt32, width: Int, style: CellStyle, column: Int, base: Int, columns: Int,
                              _ glyphs: UnsafeMutableBufferPointer<Glyph>) {
        let index = base + column
        if column > 0, glyphs[index].code == Glyph.continuation { glyphs[index - 1].code = Glyph.space }
        if column + width < columns, glyphs[index + width].code == Glyph.continuation {
            glyphs[index + width].code = Glyph.space
        }
        glyphs[index] = Glyph(code: code, style: style)
        if width == 2 { glyphs[index + 1] = Glyph(code: Glyph.continuation, style: style) }
    }

    /// Adds a mark to the grapheme already in a cell.
    private mutating func join(_ mark: Character, at index: Int) {
        glyphs[index].code = code(for: text(of: glyphs[index].code) + String(mark))
    }

    /// The code for a cell holding `text`: empty for a continuation, its scalar, or a new entry
    /// in the table of longer graphemes.
    private mutating func code(for text: String) -> UInt32 {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return Glyph.continuation }
        if scalars.next() == nil { return first.value }
        clusters.append(text)
        return Glyph.clusterFlag | UInt32(clusters.count - 1)
    }

    /// The grapheme a code stands for.
    private func text(of code: UInt32) -> String {
        if code == Glyph.continuation { return "" }
        if Glyph.isScalar(code), let scalar = Unicode.Scalar(code) { return String(Character(scalar)) }
        return clusters[Int(code & ~Glyph.clusterFlag)]
    }

    func cell(_ glyph: Glyph) -> Cell { Cell(text(of: glyph.code), glyph.style) }

    private func sameGlyph(at index: Int, as other: Frame) -> Bool {
        let mine = glyphs[index], theirs = other.glyphs[index]
        guard mine.style == theirs.style else { return false }
        if mine.code == theirs.code, mine.code == Glyph.continuation || Glyph.isScalar(mine.code) { return true }
        return text(of: mine.code) == other.text(of: theirs.code)
    }

    /// Copies every cell of `other` onto this frame, its top left corner at `row` and `column`,
    /// as far as it fits: a part drawn once and placed on many frames. The cells it lands on
    /// must hold nothing that joins across its edges (the half of a wide character). Always
    /// inlined: called, it was handed a copy of a laid-out line's cells, a reference counted on
    /// each of their arrays for every row of every frame.
    @inline(__always)
    mutating func place(_ other: Frame, row: Int, column: Int) {
        let columns = size.columns
        let shown = max(0, -column)..<max(max(0, -column), min(other.size.columns, columns - column))
        guard !shown.isEmpty else { return }
        for sourceRow in 0..<other.size.rows where (0..<size.rows).contains(row + sourceRow) {
            let source = sourceRow * other.size.columns, target = (row + sourceRow) * columns + column
            glyphs.withUnsafeMutableBufferPointer { glyphs in
                other.glyphs.withUnsafeBufferPointer { otherGlyphs in
                    (glyphs.baseAddress! + target + shown.lowerBound)
                        .update(from: otherGlyphs.baseAddress! + source + shown.lowerBound, count: shown.count)
                }
            }
            guard !other.clusters.isEmpty else { continue }
            for index in shown where !Glyph.isScalar(glyphs[target + index].code) {
                let code = glyphs[target + index].code
                if code != Glyph.continuation { glyphs[target + index].code = self.code(for: other.text(of: code)) }
            }
        }
    }

    /// Replaces whole one-cell graphemes found in `table` (for the ASCII drawing mode).
    public mutating func replaceSymbols(_ table: [String: String]) {
        var byScalar: [UInt32: String] = [:]
        for (symbol, replacement) in table where symbol.unicodeScalars.count == 1 {
            byScalar[symbol.unicodeScalars.first!.value] = replacement
        }
        for index in glyphs.indices where Glyph.isScalar(glyphs[index].code) {
            if let replacement = byScalar[glyphs[index].code] { glyphs[index].code = code(for: replacement) }
        }
    }

    /// Paints the style of a run of cells without changing their text.
    public mutating func paint(row: Int, from start: Int, to end: Int, style: CellStyle) {
        guard row >= 0, row < size.rows else { return }
        for col in max(0, start)..<min(end, size.columns) { glyphs[row * size.columns + col].style = style }
    }

    /// The screen as plain text, one line per row, trailing spaces trimmed: for snapshots and tests.
    public var text: String {
        (0..<size.rows).map { lineText($0) }.joined(separator: "\n")
    }

    /// One row as plain text with trailing spaces trimmed.
    public func lineText(_ row: Int) -> String {
        var line = ""
        for glyph in glyphs[(row * size.columns)..<((row + 1) * size.columns)] where glyph.code != Glyph.continuation {
            line += text(of: glyph.code)
        }
        while line.last == " " { line.removeLast() }
        return line
    }
}
