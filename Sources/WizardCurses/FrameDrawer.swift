import CNcursesw
import WizardEngine

/// Copies Frames into a curses window: only the rows that changed since the last Frame drawn,
/// cell by cell (setcchar + mvwadd_wch), then the cursor, then one wnoutrefresh + doupdate.
/// curses itself then sends only the cells that differ from the screen.
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
        for row in 0..<max(rows, 0) where previous?.row(row) != frame.row(row) {
            drawRow(row, of: frame, columns: columns, in: window, palette: palette)
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

    private func drawRow(_ row: Int, of frame: Frame, columns: Int, in window: UnsafeMutablePointer<WINDOW>, palette: ColorPalette) {
        var column = 0
        while column < columns {
            let cell = frame[row, column]
            if cell.isContinuation {
                // Only reached when the wide character to its left was not drawn: keep it blank.
                put(" ", style: cell.style, row: row, column: column, in: window, palette: palette)
                column += 1
                continue
            }
            let wide = column + 1 < frame.size.columns && frame[row, column + 1].isContinuation
            let fits = !wide || column + 1 < columns
            let scalars = Self.scalars(of: cell.text, width: wide && fits ? 2 : 1)
            put(scalars, style: cell.style, row: row, column: column, in: window, palette: palette)
            if wide {
                if !fits || Self.width(scalars) == 1 {
                    // curses counts it narrower than the Frame does: blank the second cell.
                    if column + 1 < columns {
                        put(" ", style: cell.style, row: row, column: column + 1, in: window, palette: palette)
                    }
                }
                column += 2
            } else {
                column += 1
            }
        }
    }

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

    private func put(_ text: String, style: CellStyle, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>, palette: ColorPalette) {
        put(text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }, style: style, row: row, column: column, in: window, palette: palette)
    }

    private func put(_ scalars: [wchar_t], style: CellStyle, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>, palette: ColorPalette) {
        var cell = cchar_t()
        let terminated = scalars + [0]
        setcchar(&cell, terminated, palette.attributes(for: style), palette.pair(for: style.role), nil)
        // At the bottom-right corner curses cannot advance the cursor and returns ERR, but the
        // character is stored: the result is deliberately ignored.
        mvwadd_wch(window, Int32(row), Int32(column), &cell)
    }
}
