/// Turns a `ScreenView` into a `Frame`: a thin browser window with the site's menu bar, the
/// scrolling page body, a status line with the buttons, and the key footer.
public enum FrameRenderer {
    public static func render(_ view: ScreenView, scrollTop: Int, glyphs: Glyphs = .unicode) -> Frame {
        render(ScreenLayout(view: view, glyphs: glyphs), scrollTop: scrollTop)
    }

    /// The screen is read where it is, never copied: a copy of its view counts a reference on
    /// each of its parts, for every frame.
    static func render(_ screen: ScreenLayout, scrollTop: Int) -> Frame {
        guard screen.view.size.isLargeEnough else { return Frame(copying: screen.chrome) }
        var frame: Frame
        if screen.composed != nil, screen.composedTop == scrollTop {
            frame = Frame(copying: screen.composed!)
        } else {
            frame = composed(screen, scrollTop: scrollTop)
        }
        GuidePanelRenderer.draw(screen.view, screen.geometry, screen.glyphs, &frame) // guide mode only
        if screen.view.overlay != nil {
            frame.cursor = nil
            drawOverlay(screen.view.overlay!, screen.geometry, screen.glyphs, &frame)
        }
        if screen.glyphs == .ascii { frame.replaceSymbols(AsciiSymbols.table) }
        return frame
    }

    /// What every frame of a page starts from: the browser window, the menu bar, the rules and
    /// the footer (or, in a window too small, the message saying so). The rows between are blank
    /// for the body and the status line.
    static func chrome(_ view: ScreenView, _ geometry: ScreenGeometry, _ glyphs: Glyphs) -> Frame {
        var frame = Frame(size: view.size)
        if view.size.isLargeEnough {
            drawChrome(view, geometry, glyphs, &frame)
            drawFooter(view, geometry, glyphs, &frame)
        } else {
            drawTooSmall(&frame)
        }
        return frame
    }

    // MARK: Parts

    static func drawTooSmall(_ frame: inout Frame) {
        let size = frame.size
        let message = "pacer-prep needs a window of at least \(TerminalSize.minimum.columns)×\(TerminalSize.minimum.rows); "
            + "this one is \(size.columns)×\(size.rows). Make the window larger: nothing you typed is lost."
        let lines = TextWrap.lines(message, width: max(1, size.columns - 2))
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.rows {
            let left = max(0, (size.columns - DisplayWidth.of(line)) / 2)
            frame.put(line, row: top + offset, column: left, style: Styles.error)
        }
    }

    static func horizontalRule(_ row: Int, _ geometry: ScreenGeometry, _ leftGlyph: Character,
                               _ rightGlyph: Character, _ glyphs: Glyphs, _ frame: inout Frame) {
        boxRow(leftGlyph, glyphs.horizontal, rightGlyph, row: row, column: geometry.left, width: geometry.width,
               style: Styles.chrome, &frame)
    }

    /// One row of a box: `left`, `middle` repeated, then `right`, `width` cells from `column`.
    static func boxRow(_ left: Character, _ middle: Character, _ right: Character, row: Int, column: Int, width: Int,
                       style: CellStyle, _ frame: inout Frame) {
        frame.fill(left, row: row, columns: column..<(column + 1), style: style)
        frame.fill(middle, row: row, columns: (column + 1)..<(column + width - 1), style: style)
        frame.fill(right, row: row, columns: (column + width - 1)..<(column + width), style: style)
    }

    static func drawChrome(_ view: ScreenView, _ geometry: ScreenGeometry, _ glyphs: Glyphs, _ frame: inout Frame) {
        let top = geometry.top, left = geometry.left, right = left + geometry.width - 1
        horizontalRule(top, geometry, glyphs.topLeft, glyphs.topRight, glyphs, &frame)
        let step = " \(view.stepLabel) "
        let stepColumn = right - 1 - DisplayWidth.of(step)
        let title = TextWrap.truncate(" \(view.pageTitle) ", width: stepColumn - left - 3)
        frame.put(title, row: top, column: left + 2, style: Styles.title)
        frame.put(step, row: top, column: stepColumn, style: Styles.title)
        frame.fill(glyphs.vertical, rows: (top + 1)..<(top + geometry.height - 1), column: left, style: Styles.chrome)
        frame.fill(glyphs.vertical, rows: (top + 1)..<(top + geometry.height - 1), column: right, style: Styles.chrome)
        let address = TextWrap.truncate("address: \(view.address) (mock)", width: geometry.contentWidth)
        frame.put(address, row: top + 1, column: geometry.contentLeft, style: Styles.chrome)
        for (rowOffset, indices) in geometry.menuRows.enumerated() {
            var column = geometry.contentLeft
            for (position, index) in indices.enumerated() {
                if position > 0 {
                    frame.put(" \(glyphs.menuSeparator) ", row: top + 2 + rowOffset, column: column, style: Styles.chrome)
                    column += 3
                }
                let item = view.menu[index]
                let style = item.isFocused ? Styles.focusedMenu : (item.isCurrent ? Styles.currentMenu : Styles.menu)
                column = frame.put(item.title, row: top + 2 + rowOffset, column: column, style: style,
                                   limit: right - 1)
                if item.isFocused { frame.cursor = Frame.Position(row: top + 2 + rowOffset, column: column - 1) }
            }
        }
        horizontalRule(geometry.bodyTop - 1, geometry, glyphs.teeLeft, glyphs.teeRight, glyphs, &frame)
        horizontalRule(geometry.bodyBottomRule, geometry, glyphs.teeLeft, glyphs.teeRight, glyphs, &frame)
        if view.menu.contains(where: \.isFocused) { frame.cursor = nil }
    }

    /// The chrome with the body drawn in at `scrollTop`, and the status line with the buttons.
    static func composed(_ screen: ScreenLayout, scrollTop: Int) -> Frame {
        var frame = Frame(copying: screen.chrome)
        drawBody(screen, scrollTop: scrollTop, &frame)
        drawStatus(screen.view, screen.geometry, screen.glyphs, &frame)
        return frame
    }

    /// Draws the body lines `lines` again into `frame`, which holds the chrome with the body at
    /// `scrollTop` from before they were replaced (by lines as many, so none moved): their rows
    /// are blanked and drawn, and the cursor follows them.
    static func redrawBodyLines(_ lines: Range<Int>, of screen: ScreenLayout, scrollTop: Int, _ frame: inout Frame) {
        let geometry = screen.geometry
        let first = screen.firstBodyLine(scrollTop: scrollTop)
        let shown = lines.clamped(to: first..<(first + geometry.bodyRows))
        guard !shown.isEmpty else { return }
        let rows = (geometry.bodyTop + shown.lowerBound - first)..<(geometry.bodyTop + shown.upperBound - first)
        if let cursor = frame.cursor, rows.contains(cursor.row) { frame.cursor = screen.chrome.cursor }
        let columns = geometry.contentLeft..<(geometry.contentLeft + geometry.contentWidth)
        for index in shown {
            let row = geometry.bodyTop + index - first
            frame.fill(" ", row: row, columns: columns)
            let line = screen.body[index]
            frame.place(line.cells, row: row, column: geometry.contentLeft)
            if let cursor = line.cursor {
                frame.cursor = Frame.Position(row: row, column: min(columns.upperBound - 1, geometry.contentLeft + cursor))
            }
        }
    }

    static func drawBody(_ screen: ScreenLayout, scrollTop: Int, _ frame: inout Frame) {
        let geometry = screen.geometry, glyphs = screen.glyphs
        let rows = geometry.bodyRows
        let first = screen.firstBodyLine(scrollTop: scrollTop)
        let right = geometry.contentLeft + geometry.contentWidth
        for row in 0..<rows where first + row < screen.body.count {
            let line = screen.body[first + row]
            let screenRow = geometry.bodyTop + row
            frame.place(line.cells, row: screenRow, column: geometry.contentLeft)
            if let cursor = line.cursor {
                frame.cursor = Frame.Position(row: screenRow, column: min(right - 1, geometry.contentLeft + cursor))
            }
        }
        // The marks sit on the rules above and below the body, so they never cover text.
        if first > 0 {
            drawScrollMark(glyphs.moreAbove, "", " more above ", row: geometry.bodyTop - 1, right: right, &frame)
        }
        let below = screen.body.count - (first + rows)
        if below > 0 {
            drawScrollMark(glyphs.moreBelow, " \(below)", " more below ", row: geometry.bodyBottomRule, right: right, &frame)
        }
    }

    /// A scroll mark (" ▼ 12 more below ") ending at `right`, written piece by piece: whole, it is
    /// too long to be a small string, and building it took an allocation on every frame.
    static func drawScrollMark(_ arrow: String, _ count: String, _ words: String, row: Int, right: Int,
                               _ frame: inout Frame) {
        var column = right - (1 + DisplayWidth.of(arrow) + DisplayWidth.of(count) + DisplayWidth.of(words))
        column = frame.put(" ", row: row, column: column, style: Styles.more)
        column = frame.put(arrow, row: row, column: column, style: Styles.more)
        column = frame.put(count, row: row, column: column, style: Styles.more)
        frame.put(words, row: row, column: column, style: Styles.more)
    }

    static func drawStatus(_ view: ScreenView, _ geometry: ScreenGeometry, _ glyphs: Glyphs, _ frame: inout Frame) {
        let row = geometry.buttonsRow
        let right = geometry.contentLeft + geometry.contentWidth
        var column = right
        for button in view.buttons.reversed() {
            let text = "[ \(button.label) ]"
            column -= DisplayWidth.of(text)
            frame.put(text, row: row, column: column, style: button.isFocused ? Styles.focusedButton : Styles.button)
            if button.isFocused { frame.cursor = nil }
            column -= 2
        }
        guard let status = view.status else { return }
        let style = StatusLine.style(status)
        if geometry.statusLines.isEmpty {
            frame.put(StatusLine.text(status, glyphs: glyphs), row: row, column: geometry.contentLeft, style: style, limit: column)
        } else {
            for (offset, line) in geometry.statusLines.enumerated() {
                frame.put(line, row: geometry.bodyBottomRule + 1 + offset, column: geometry.contentLeft, style: style, limit: right)
            }
        }
    }

    static func drawFooter(_ view: ScreenView, _ geometry: ScreenGeometry, _ glyphs: Glyphs, _ frame: inout Frame) {
        drawKeys(view.footer, row: geometry.top + geometry.height - 2, left: geometry.contentLeft,
                 limit: geometry.contentLeft + geometry.contentWidth, &frame)
        horizontalRule(geometry.top + geometry.height - 1, geometry, glyphs.bottomLeft, glyphs.bottomRight, glyphs, &frame)
    }

    /// Keys as the footer draws them: the key in bold, then what it does, as many as fit whole.
    static func drawKeys(_ keys: [ScreenView.KeyHint], row: Int, left: Int, limit: Int, _ frame: inout Frame) {
        var column = left
        for hint in keys {
            let width = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.meaning)
            if column + width > limit { break }
            column = frame.put(hint.keys, row: row, column: column, style: Styles.keyName)
            column = frame.put(" ", row: row, column: column, style: Styles.chrome, limit: limit)
            column = frame.put(hint.meaning, row: row, column: column, style: Styles.chrome, limit: limit)
            column = frame.put("  ", row: row, column: column, style: Styles.chrome, limit: limit)
        }
    }

    static func drawOverlay(_ overlay: ScreenView.OverlayView, _ geometry: ScreenGeometry, _ glyphs: Glyphs,
                            _ frame: inout Frame) {
        let (title, lines): (String, [String]) = switch overlay {
        case .help(let title, let lines): (title, lines)
        case .quitConfirmation(let lines): ("Quit", lines)
        }
        let width = min(geometry.width - 2, 76)
        let textWidth = width - 4
        var wrapped = lines.flatMap { $0.isEmpty ? [""] : TextWrap.lines($0, width: textWidth) }
        let maxRows = geometry.height
        if wrapped.count > maxRows - 2 {
            wrapped = Array(wrapped.prefix(max(1, maxRows - 3))) + ["… (make the window taller to read the rest)"]
        }
        let height = wrapped.count + 2
        let left = geometry.left + (geometry.width - width) / 2
        let top = geometry.top + max(0, (geometry.height - height) / 2)
        let border = CellStyle(.accent, .bold)
        boxRow(glyphs.topLeft, glyphs.horizontal, glyphs.topRight, row: top, column: left, width: width, style: border, &frame)
        frame.put(" " + TextWrap.truncate(title, width: width - 6) + " ", row: top, column: left + 2, style: Styles.title)
        for (offset, line) in wrapped.enumerated() {
            let row = top + 1 + offset
            boxRow(glyphs.vertical, " ", glyphs.vertical, row: row, column: left, width: width, style: border, &frame)
            frame.put(line, row: row, column: left + 2, style: .plain, limit: left + width - 2)
        }
        boxRow(glyphs.bottomLeft, glyphs.horizontal, glyphs.bottomRight, row: top + height - 1, column: left, width: width,
               style: border, &frame)
    }
}
