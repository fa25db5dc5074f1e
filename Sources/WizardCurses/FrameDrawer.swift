import CNcursesw
import WizardEngine

/// Copies Frames into a curses window: in each row, only the span of cells that changed since the
/// last Frame drawn (after a clear, the runs of cells between wide gaps of plain blanks), each
/// span built as a row of `cchar_t` and handed over with one wadd_wchnstr; then the cursor, then
/// one wnoutrefresh + doupdate. curses itself then sends only the cells that differ from the screen.
///
/// wadd_wchnstr takes one entry per character, not per cell: a wide character's entry covers its
/// second cell too, so a continuation cell gets no entry of its own. It does not move the cursor,
/// so the bottom-right corner is written like any other cell.
struct FrameDrawer {
    private var last: Frame?
    private var cursorVisible: Bool?
    /// Set by `invalidate`: the next draw repaints the whole screen from scratch.
    private var clearNext = true

    /// Plain blanks after a clear are skipped only in gaps at least this wide: a shorter gap
    /// costs less to copy than a separate call.
    static let minimumGap = 4

    /// Forgets what was drawn; the next draw clears and repaints everything.
    mutating func invalidate() {
        last = nil
        clearNext = true
    }

    mutating func draw(_ frame: Frame, in window: UnsafeMutablePointer<WINDOW>, palette: ColorPalette) {
        let windowRows = Int(getmaxy(window))
        let windowColumns = Int(getmaxx(window))
        let rows = min(frame.size.rows, windowRows)
        let columns = min(frame.size.columns, windowColumns)
        let previous = last?.size == frame.size ? last : nil
        if previous == nil {
            werase(window)
            if clearNext { clearok(window, true) }
            clearNext = false
        }
        var pen = Pen(palette: palette)
        let plain = CellStyle.plain
        withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: max(columns, 1)) { buffer in
            for row in 0..<max(rows, 0) {
                if let previous {
                    guard let changed = Self.changedColumns(row, from: previous, to: frame, columns: columns) else { continue }
                    Self.put(row, of: frame, columns: changed, in: window, pen: &pen, buffer: buffer)
                } else {
                    // The window was just erased: its blank cells are already right.
                    Self.forEachRun(in: 0..<columns, minimumGap: Self.minimumGap, isBlank: { column in
                        frame.asciiByte(row: row, column: column) == 0x20 && frame.style(row: row, column: column) == plain
                    }) { run in
                        Self.put(row, of: frame, columns: run, in: window, pen: &pen, buffer: buffer)
                    }
                }
            }
        }
        last = frame
        if let cursor = frame.cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            setCursor(visible: true, in: window)
        } else {
            setCursor(visible: false, in: window)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Shows or hides the cursor. A hidden cursor is left wherever curses' output leaves it
    /// (leaveok): moving it back to the window's cursor after every update would cost a cursor
    /// motion that nobody sees.
    private mutating func setCursor(visible: Bool, in window: UnsafeMutablePointer<WINDOW>) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
        leaveok(window, !visible)
    }

    /// The columns of `row` that differ between two frames of the same size, widened so that a
    /// wide character is always redrawn whole; nil when the row is unchanged.
    ///
    /// Only these cells are handed to curses: typing one character then costs curses one cell to
    /// compare and the terminal one character, instead of a whole row.
    static func changedColumns(_ row: Int, from previous: Frame, to frame: Frame, columns: Int) -> Range<Int>? {
        guard !frame.sameRow(row, as: previous) else { return nil }
        let old = previous.row(row), new = frame.row(row)
        var first = 0, last = columns - 1
        while first < columns && frame.sameCell(row: row, column: first, as: previous) { first += 1 }
        guard first < columns else { return nil }
        while last > first && frame.sameCell(row: row, column: last, as: previous) { last -= 1 }
        // Start on the left half of a wide character; end after the right half of one.
        while first > 0 && (new[new.startIndex + first].isContinuation || old[old.startIndex + first].isContinuation) {
            first -= 1
        }
        while last + 1 < columns && (new[new.startIndex + last + 1].isContinuation || old[old.startIndex + last + 1].isContinuation) {
            last += 1
        }
        return first..<(last + 1)
    }

    /// Calls `body` with each run of `range` that holds something other than blanks, from its
    /// first such cell to its last: runs closer together than `minimumGap` blanks are one run.
    @inline(__always)
    static func forEachRun(in range: Range<Int>, minimumGap: Int, isBlank: (Int) -> Bool, _ body: (Range<Int>) -> Void) {
        var start: Int?
        var end = range.lowerBound  // after the last cell that is not blank
        for column in range where !isBlank(column) {
            if let first = start {
                if column - end >= minimumGap {
                    body(first..<end)
                    start = column
                }
            } else {
                start = column
            }
            end = column + 1
        }
        if let first = start { body(first..<end) }
    }

    /// Writes the cells of `range` on `row` with one wadd_wchnstr, built in `buffer` (at least
    /// `range.count` entries).
    ///
    /// Whether a character is wide is asked of the cell after it only when curses counts it two
    /// cells wide: for any other, a continuation cell after it is blanked when it comes (in the
    /// character's style), as it must be when curses draws the character in one cell.
    private static func put(_ row: Int, of frame: Frame, columns range: Range<Int>, in window: UnsafeMutablePointer<WINDOW>,
                            pen: inout Pen, buffer: UnsafeMutableBufferPointer<cchar_t>) {
        let columns = range.upperBound
        var column = range.lowerBound
        var count = 0
        // The style of the character in the column before, when it was drawn one cell wide and
        // is not ASCII: a continuation cell right after it is that character's second half.
        var narrowed: CellStyle?
        while column < columns {
            if let byte = frame.asciiByte(row: row, column: column) {
                buffer[count] = pen.cell(wchar_t(byte), style: frame.style(row: row, column: column))
                count += 1
                column += 1
                narrowed = nil
                continue
            }
            let cell = frame[row, column]
            if cell.isContinuation {
                // The second half of a character drawn narrower than the Frame counts it, or one
                // whose first half was not drawn: keep it blank.
                buffer[count] = pen.cell(space, style: narrowed ?? cell.style)
                count += 1
                column += 1
                narrowed = nil
                continue
            }
            var entry = pen.template(for: cell.style)
            if setText(cell.text, width: column + 1 < columns ? 2 : 1, in: &entry) == 2 {
                // Two cells for curses: right only when the Frame gives it two as well.
                let wide = column + 1 < frame.size.columns && frame.asciiByte(row: row, column: column + 1) == nil
                    && frame[row, column + 1].isContinuation
                if wide {
                    buffer[count] = entry
                    count += 1
                    column += 2
                    narrowed = nil
                    continue
                }
                setText(cell.text, width: 1, in: &entry)
            }
            buffer[count] = entry
            count += 1
            column += 1
            narrowed = cell.style
        }
        guard count > 0 else { return }
        wmove(window, Int32(row), Int32(range.lowerBound))
        wadd_wchnstr(window, buffer.baseAddress, Int32(count))
    }

    private static let space = wchar_t(UInt8(ascii: " "))

    /// Puts into `cell` the code points for one cell of the given width: the grapheme's base and
    /// up to four combining marks. A grapheme that curses would draw wider than its cells, or
    /// cannot draw at all, becomes "?", so a disagreement about widths never shifts a row.
    /// Returns the width curses gives the base. Builds no array.
    @discardableResult
    static func setText(_ text: String, width: Int, in cell: inout cchar_t) -> Int32 {
        let capacity = Int(CCHARW_MAX)
        return withUnsafeMutableBytes(of: &cell.chars) { raw -> Int32 in
            let codes = raw.bindMemory(to: wchar_t.self)
            for index in 0..<capacity { codes[index] = 0 }
            var count = 0
            var baseWidth: Int32 = 1
            for scalar in text.unicodeScalars.prefix(capacity) {
                let code = wchar_t(bitPattern: scalar.value)
                if count == 0 {
                    baseWidth = wcwidth(code)
                    if baseWidth == 0 {
                        // A lone mark: give it a base.
                        codes[0] = space
                        count = 1
                        baseWidth = 1
                    } else if baseWidth < 0 || baseWidth > width {
                        codes[0] = wchar_t(UInt8(ascii: "?"))
                        return 1
                    }
                } else if wcwidth(code) != 0 {
                    break
                }
                if count < capacity {
                    codes[count] = code
                    count += 1
                }
            }
            if count == 0 { codes[0] = space }
            return baseWidth
        }
    }

    /// Builds the `cchar_t` of cells, remembering the last style used: a frame has a handful of
    /// styles in long runs, so the palette and setcchar are asked once per run, and each cell is
    /// a copy of that template with its character put in.
    private struct Pen {
        let palette: ColorPalette
        private var lastStyle: CellStyle?
        private var blank = cchar_t()

        init(palette: ColorPalette) {
            self.palette = palette
        }

        /// One character of one cell in `style`.
        mutating func cell(_ character: wchar_t, style: CellStyle) -> cchar_t {
            var cell = template(for: style)
            cell.chars.0 = character
            return cell
        }

        /// A blank in `style`, with its attributes and colour pair as setcchar sets them.
        mutating func template(for style: CellStyle) -> cchar_t {
            if style != lastStyle {
                lastStyle = style
                let attributes = palette.attributes(for: style), pair = palette.pair(for: style.role)
                var text: (wchar_t, wchar_t) = (space, 0)
                withUnsafePointer(to: &text) { pointer in
                    pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { text in
                        _ = setcchar(&blank, text, attributes, pair, nil)
                    }
                }
            }
            return blank
        }
    }
}
