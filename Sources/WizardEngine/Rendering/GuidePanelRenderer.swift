/// Draws guide mode's part of the frame after the page: the agent panel (beside the page, or in
/// its place while it has the keys on a narrower screen), then the jump or search box.
enum GuidePanelRenderer {
    typealias Box = GuideLayout.Box

    static func draw(_ view: ScreenView, _ geometry: ScreenGeometry, _ glyphs: Glyphs, _ frame: inout Frame) {
        guard let guide = view.guide else { return }
        if let box = GuideLayout.panelBox(view, geometry) {
            drawPanel(guide, box, glyphs, &frame)
            if guide.panelHasKeys { frame.cursor = nil }
        }
        switch guide.box {
        case .jump(let title, let choices, let keys):
            frame.cursor = nil
            drawJump(title: title, choices: choices, keys: keys, geometry, glyphs, &frame)
        case .search(let query, let summary, let results, let selected):
            frame.cursor = nil
            drawSearch(query: query, summary: summary, results: results, selected: selected, geometry, glyphs, &frame)
        case nil:
            break
        }
    }

    // MARK: The agent panel

    /// The panel's lines wrapped to its width, with their styles.
    static func wrapped(_ lines: [GuideView.Line], width: Int) -> [(text: String, style: CellStyle)] {
        var result: [(String, CellStyle)] = []
        for line in lines {
            switch line.kind {
            case .heading:
                if !result.isEmpty { result.append(("", .plain)) }
                result += TextWrap.lines(line.text, width: width).map { ($0, Styles.heading) }
            case .text:
                result += TextWrap.lines(line.text, width: width).map { ($0, .plain) }
            case .note:
                result += (line.text.isEmpty ? [""] : TextWrap.lines(line.text, width: width)).map { ($0, Styles.note) }
            case .bullet:
                // The wrapped lines hang under the text, not the bullet.
                for (index, part) in TextWrap.lines(String(line.text.dropFirst(2)), width: width - 2).enumerated() {
                    result.append(((index == 0 ? "• " : "  ") + part, .plain))
                }
            }
        }
        return result
    }

    /// Rows of text inside the panel: its box less the borders and the keys row.
    static func panelRows(_ box: Box) -> Int { max(1, box.height - 3) }

    /// The panel's box for a view, if it is shown.
    static func panelBox(_ view: ScreenView) -> Box? {
        GuideLayout.panelBox(view, ScreenGeometry(view: view))
    }

    /// Rows of text the panel shows in this view (0 when it is not shown).
    static func panelRows(_ view: ScreenView) -> Int {
        panelBox(view).map(panelRows) ?? 0
    }

    /// How far the panel can scroll in this view.
    static func scrollLimit(_ view: ScreenView) -> Int {
        guard let guide = view.guide, let box = panelBox(view) else { return 0 }
        return max(0, wrapped(guide.lines, width: box.width - 4).count - panelRows(box))
    }

    static func drawPanel(_ guide: GuideView, _ box: Box, _ glyphs: Glyphs, _ frame: inout Frame) {
        let border = guide.panelHasKeys ? CellStyle(.accent, .bold) : Styles.chrome
        clear(box, &frame)
        drawBorder(box, border, glyphs, &frame)
        let place = " \(guide.place) "
        let placeColumn = box.right - 1 - DisplayWidth.of(place)
        frame.put(place, row: box.top, column: placeColumn, style: Styles.title)
        frame.put(TextWrap.truncate(" Agent panel ", width: max(0, placeColumn - box.left - 3)), row: box.top,
                  column: box.left + 2, style: Styles.title)

        let width = box.width - 4
        let lines = wrapped(guide.lines, width: width)
        let rows = panelRows(box)
        let first = max(0, min(guide.panelTop, lines.count - rows))
        for row in 0..<rows where first + row < lines.count {
            let line = lines[first + row]
            frame.put(line.text, row: box.top + 1 + row, column: box.left + 2, style: line.style, limit: box.right - 1)
        }
        let below = lines.count - (first + rows)
        let mark: String? = below > 0 ? " \(glyphs.moreBelow) \(below) more below " : (first > 0 ? " \(glyphs.moreAbove) more above " : nil)
        if let mark {
            frame.put(mark, row: box.bottom, column: box.right - 1 - DisplayWidth.of(mark), style: Styles.more)
        }
        FrameRenderer.drawKeys(guide.panelKeys, row: box.bottom - 1, left: box.left + 2, limit: box.right - 1, &frame)
    }

    // MARK: The boxes

    /// The jump's question, anchored low on the page box so the page stays in sight above it.
    static func drawJump(title: String, choices: [String], keys: String, _ geometry: ScreenGeometry,
                         _ glyphs: Glyphs, _ frame: inout Frame) {
        let width = max(20, geometry.width - 4)
        let shown = Array(choices.prefix(max(1, geometry.height - 5)))
        let height = shown.count + 3
        let box = Box(left: geometry.left + 2, top: geometry.top + geometry.height - 1 - height, width: width, height: height)
        let border = CellStyle(.accent, .bold)
        clear(box, &frame)
        drawBorder(box, border, glyphs, &frame)
        frame.put(" " + TextWrap.truncate(title, width: width - 6) + " ", row: box.top, column: box.left + 2, style: Styles.title)
        for (offset, choice) in shown.enumerated() {
            let row = box.top + 1 + offset
            let key = String(choice.prefix(1))
            frame.put(key, row: row, column: box.left + 2, style: Styles.keyName)
            frame.put(String(choice.dropFirst()), row: row, column: box.left + 3, style: .plain, limit: box.right - 1)
        }
        frame.put(TextWrap.truncate(keys, width: width - 4), row: box.bottom - 1, column: box.left + 2, style: Styles.note)
    }

    /// The search over the whole page box: the words, a line about the results, then two lines
    /// a result (where, and what matched), the chosen one marked.
    static func drawSearch(query: String, summary: String, results: [GuideSearchResult], selected: Int,
                           _ geometry: ScreenGeometry, _ glyphs: Glyphs, _ frame: inout Frame) {
        let box = Box(left: geometry.left, top: geometry.top, width: geometry.width, height: geometry.height)
        let border = CellStyle(.accent, .bold)
        clear(box, &frame)
        drawBorder(box, border, glyphs, &frame)
        frame.put(" Search every page ", row: box.top, column: box.left + 2, style: Styles.title)
        let width = box.width - 4
        let left = box.left + 2
        let label = "Find: "
        let room = width - DisplayWidth.of(label) - 1
        var shownQuery = query
        while DisplayWidth.of(shownQuery) > room { shownQuery.removeFirst() }
        var column = frame.put(label, row: box.top + 1, column: left, style: Styles.label)
        column = frame.put(shownQuery, row: box.top + 1, column: column, style: Styles.focusedBox)
        frame.cursor = Frame.Position(row: box.top + 1, column: column)
        frame.put(TextWrap.truncate(summary, width: width), row: box.top + 2, column: left, style: Styles.note)

        let firstRow = box.top + 4
        let visible = max(1, (box.bottom - firstRow) / 2)
        let first = max(0, min(selected - visible + 1, results.count - visible))
        for (offset, index) in (first..<min(results.count, first + visible)).enumerated() {
            let result = results[index]
            let row = firstRow + offset * 2
            let isChosen = index == selected
            let heading = "\(result.place) · \(result.title)"
            if isChosen { frame.put(glyphs.focusMarker, row: row, column: left, style: Styles.focusedLabel) }
            frame.put(TextWrap.truncate(heading, width: width - 2), row: row, column: left + 2,
                      style: isChosen ? Styles.focusedLink : Styles.link)
            let source = "\(result.source): "
            let sourceWidth = min(DisplayWidth.of(source), max(0, width - 12))
            let after = frame.put(TextWrap.truncate(source, width: sourceWidth), row: row + 1, column: left + 4, style: Styles.note)
            frame.put(TextWrap.truncate(result.snippet, width: max(1, box.right - 1 - after)), row: row + 1, column: after,
                      style: .plain, limit: box.right - 1)
        }
        let below = results.count - (first + visible)
        if below > 0 {
            let mark = " \(glyphs.moreBelow) \(below) more "
            frame.put(mark, row: box.bottom, column: box.right - 1 - DisplayWidth.of(mark), style: Styles.more)
        }
    }

    // MARK: Parts

    static func clear(_ box: Box, _ frame: inout Frame) {
        for row in box.top...box.bottom { frame.fill(" ", row: row, columns: box.left..<(box.left + box.width)) }
    }

    static func drawBorder(_ box: Box, _ style: CellStyle, _ glyphs: Glyphs, _ frame: inout Frame) {
        FrameRenderer.boxRow(glyphs.topLeft, glyphs.horizontal, glyphs.topRight, row: box.top, column: box.left,
                             width: box.width, style: style, &frame)
        frame.fill(glyphs.vertical, rows: (box.top + 1)..<box.bottom, column: box.left, style: style)
        frame.fill(glyphs.vertical, rows: (box.top + 1)..<box.bottom, column: box.right, style: style)
        FrameRenderer.boxRow(glyphs.bottomLeft, glyphs.horizontal, glyphs.bottomRight, row: box.bottom, column: box.left,
                             width: box.width, style: style, &frame)
    }
}
