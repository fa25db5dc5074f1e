import CNcursesw
import WizardEngine

/// Copies Frames into a curses window: in each row, only the span of cells that changed since the
/// last Frame drawn (after a clear, every cell but the plain blanks), cell by cell (setcchar +
/// mvwadd_wch), then the cursor, then one wnoutrefresh + doupdate. curses itself then sends only
/// the cells that differ from the screen.
struct FrameDrawer {
    private var last: Frame?
    private var cursorVisible: Bool?
    /// Set by `invalidate`: the next draw repaints the whole screen from scratch.
    private var clearNext = true

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
        for row in 0..<max(rows, 0) {
            if let previous {
                guard let changed = Self.changedColumns(row, from: previous, to: frame, columns: columns) else { continue }
                drawRow(row, of: frame, columns: changed, skippingBlanks: false, in: window, pen: &pen)
            } else {
                // The window was just erased: its blank cells are already right.
                drawRow(row, of: frame, columns: 0..<columns, skippingBlanks: true, in: window, pen: &pen)
            }
        }
        last = frame
        if let cursor = frame.cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            setCursor(visible: true)
        } else {
            setCursor(visible: false)
        }
        wnoutrefresh(window)
        doupdate()
    }

    private mutating func setCursor(visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
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

    private func drawRow(_ row: Int, of frame: Frame, columns range: Range<Int>, skippingBlanks: Bool,
                         in window: UnsafeMutablePointer<WINDOW>, pen: inout Pen) {
        let columns = range.upperBound
        var column = range.lowerBound
        while column < columns {
            if let byte = frame.asciiByte(row: row, column: column) {
                let style = frame.style(row: row, column: column)
                if !(skippingBlanks && byte == 0x20 && style == .plain) {
                    pen.put(wchar_t(byte), style: style, row: row, column: column, in: window)
                }
                column += 1
                continue
            }
            let cell = frame[row, column]
            if cell.isContinuation {
                // Only reached when the wide character to its left was not drawn: keep it blank.
                pen.put(Self.space, style: cell.style, row: row, column: column, in: window)
                column += 1
                continue
            }
            let wide = column + 1 < frame.size.columns && frame[row, column + 1].isContinuation
            let fits = !wide || column + 1 < columns
            let scalars = Self.scalars(of: cell.text, width: wide && fits ? 2 : 1)
            pen.put(scalars, style: cell.style, row: row, column: column, in: window)
            if wide {
                if !fits || Self.width(scalars) == 1 {
                    // curses counts it narrower than the Frame does: blank the second cell.
                    if column + 1 < columns {
                        pen.put(Self.space, style: cell.style, row: row, column: column + 1, in: window)
                    }
                }
                column += 2
            } else {
                column += 1
            }
        }
    }

    private static let space = wchar_t(UInt8(ascii: " "))

    /// The code points to give setcchar for one cell of the given width: the grapheme's base and
    /// up to four combining marks. A grapheme that curses would draw wider than its cells, or
    /// cannot draw at all, becomes "?", so a disagreement about widths never shifts a row.
    static func scalars(of text: String, width: Int) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in text.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            let code = wchar_t(bitPattern: scalar.value)
            if result.isEmpty {
                let baseWidth = wcwidth(code)
                if baseWidth == 0 { result.append(wchar_t(0x20)) }  // a lone mark: give it a base
                else if baseWidth < 0 || baseWidth > width { return [wchar_t(UInt8(ascii: "?"))] }
            } else if wcwidth(code) != 0 {
                break
            }
            if result.count < Int(CCHARW_MAX) { result.append(code) }
        }
        return result.isEmpty ? [0x20] : result
    }

    private static func width(_ scalars: [wchar_t]) -> Int32 {
        wcwidth(scalars[0])
    }

    /// Puts cells into a curses window, remembering the curses attributes of the last style used: a
    /// frame has a handful of styles in long runs, so the palette is asked once per run, and a cell
    /// is handed over without building arrays.
    private struct Pen {
        let palette: ColorPalette
        private var lastStyle: CellStyle?
        private var attributes: attr_t = 0
        private var pair: Int16 = 0

        init(palette: ColorPalette) {
            self.palette = palette
        }

        mutating func put(_ scalars: [wchar_t], style: CellStyle, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>) {
            use(style)
            var cell = cchar_t()
            let terminated = scalars + [0]
            setcchar(&cell, terminated, attributes, pair, nil)
            // At the bottom-right corner curses cannot advance the cursor and returns ERR, but the
            // character is stored: the result is deliberately ignored.
            mvwadd_wch(window, Int32(row), Int32(column), &cell)
        }

        /// One ASCII character, through a stack buffer: no allocation.
        mutating func put(_ character: wchar_t, style: CellStyle, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>) {
            use(style)
            var cell = cchar_t()
            withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 2) { text in
                text[0] = character
                text[1] = 0
                _ = setcchar(&cell, text.baseAddress, attributes, pair, nil)
            }
            mvwadd_wch(window, Int32(row), Int32(column), &cell)
        }

        private mutating func use(_ style: CellStyle) {
            guard style != lastStyle else { return }
            lastStyle = style
            attributes = palette.attributes(for: style)
            pair = palette.pair(for: style.role)
        }
    }
}
