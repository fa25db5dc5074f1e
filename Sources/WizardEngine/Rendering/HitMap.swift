/// Where each focus stop is drawn on the screen, so that a mouse click can be traced back to
/// the menu item, tab, field, link or button it landed on.
///
/// It is worked out from the same view, geometry, body layout and scroll position that
/// `FrameRenderer` draws from, so each region covers the cells its control takes on the frame;
/// the tests hold the two together by reading the frame's text under every region.
public struct HitMap: Equatable, Sendable {
    /// What clicking a stretch of cells does.
    public enum Part: Hashable, Sendable {
        /// Presses or changes the control: a menu item, page tab, link, button, Back, Next, the
        /// box of a list or a check box.
        case control
        /// A field's label, note or error: focuses the field and nothing more.
        case label
        /// The inside of a text box, `width` cells from `firstColumn`: focuses it and puts the
        /// cursor where the click was.
        case textBox(firstColumn: Int, width: Int)
        /// One tab of a tab strip inside the page: shows that tab.
        case tabTitle(String)
        /// The "more above" or "more below" mark on the body's rules: scrolls a screenful.
        case moreAbove, moreBelow
    }

    /// One clickable stretch of a row.
    public struct Region: Hashable, Sendable {
        public var row: Int
        public var columns: Range<Int>
        /// The focus stop it belongs to; nil for the scroll marks.
        public var target: FocusTarget?
        public var part: Part
    }

    /// Most specific first: a text box before the line of its field.
    public private(set) var regions: [Region] = []

    /// The map of the screen `view` shows with the body scrolled to `scrollTop`. Empty while a
    /// box (help, the quit question) covers the page or the window is too small.
    public init(view: ScreenView, scrollTop: Int, glyphs: Glyphs = .unicode) {
        self.init(ScreenLayout(view: view, glyphs: glyphs), scrollTop: scrollTop)
    }

    init(_ screen: ScreenLayout, scrollTop: Int) {
        let view = screen.view
        guard view.size.isLargeEnough, view.overlay == nil else { return }
        addMenu(view, screen.geometry)
        addBody(screen, scrollTop: scrollTop)
        addButtons(view, screen.geometry)
    }

    /// The region under a cell, if any.
    public func region(row: Int, column: Int) -> Region? {
        regions.first { $0.row == row && $0.columns.contains(column) }
    }

    // MARK: Parts of the screen (each mirrors the FrameRenderer function named)

    /// `drawChrome`: the menu items, " │ " apart, wrapped into the box's rows.
    private mutating func addMenu(_ view: ScreenView, _ geometry: ScreenGeometry) {
        let limit = geometry.left + geometry.width - 2
        for (rowOffset, indices) in geometry.menuRows.enumerated() {
            var column = geometry.contentLeft
            for (position, index) in indices.enumerated() {
                if position > 0 { column += 3 }
                let end = min(column + DisplayWidth.of(view.menu[index].title), limit)
                add(geometry.top + 2 + rowOffset, column, end, .menu(index), .control)
                column = max(column, end)
            }
        }
    }

    /// `drawBody`: the lines shown at this scroll position, by the field (or tab) they belong to.
    private mutating func addBody(_ screen: ScreenLayout, scrollTop: Int) {
        let view = screen.view, geometry = screen.geometry, glyphs = screen.glyphs, layout = screen.bodyLayout
        let lines = screen.body
        let rows = geometry.bodyRows
        let first = screen.firstBodyLine(scrollTop: scrollTop)
        let left = geometry.contentLeft
        var fields: [FieldID: ScreenView.FieldView] = [:]
        for case .field(let field) in view.items { fields[field.id] = field }

        for row in 0..<rows where first + row < lines.count {
            let index = first + row
            let line = lines[index].line
            let screenRow = geometry.bodyTop + row
            if let tabs = Self.tabRuns(line, view.tabs) {
                for (tab, run) in tabs.enumerated() {
                    add(screenRow, left + run.column, left + run.column + DisplayWidth.of(run.text), .tab(tab), .control)
                }
                continue
            }
            guard case .field(let id)? = line.owner, let field = fields[id], let extent = Self.extent(of: line) else {
                continue
            }
            let isFirstLine = index == 0 || lines[index - 1].owner != line.owner
            if isFirstLine {
                addControl(of: field, on: line, row: screenRow, left: left, layout: layout, extentEnd: extent.upperBound)
            }
            add(screenRow, left + extent.lowerBound, left + extent.upperBound, .field(id), .label)
        }
        clip(to: left..<(left + geometry.contentWidth), rows: geometry.bodyTop..<(geometry.bodyTop + rows))

        let right = left + geometry.contentWidth
        if first > 0 {
            let width = DisplayWidth.of(" \(glyphs.moreAbove) more above ")
            add(geometry.bodyTop - 1, right - width, right, nil, .moreAbove)
        }
        let below = lines.count - (first + rows)
        if below > 0 {
            let width = DisplayWidth.of(" \(glyphs.moreBelow) \(below) more below ")
            add(geometry.bodyBottomRule, right - width, right, nil, .moreBelow)
        }
    }

    /// The part of a field's first line that acts when clicked, found from the runs
    /// `BodyLayout.fieldLines` drew there.
    private mutating func addControl(of field: ScreenView.FieldView, on line: BodyLine, row: Int, left: Int,
                                     layout: BodyLayout, extentEnd: Int) {
        let target = FocusTarget.field(field.id)
        let controlColumn = layout.controlColumn
        switch field.control {
        case .textBox:
            guard let open = line.runs.firstIndex(where: { $0.column == controlColumn && $0.text == "[" }),
                  let close = line.runs[open...].first(where: { $0.text == "]" })?.column else { return }
            let inside = controlColumn + 1
            add(row, left + controlColumn, left + close + 1, target,
                .textBox(firstColumn: left + inside, width: close - inside))
        case .dropDown, .button:
            guard let box = line.runs.first(where: { $0.column == controlColumn && $0.text.hasPrefix("[") }) else { return }
            add(row, left + controlColumn, left + controlColumn + DisplayWidth.of(box.text), target, .control)
        case .checkBox:
            add(row, left + controlColumn, left + extentEnd, target, .control)
        case .link:
            add(row, left, left + extentEnd, target, .control)
        case .tabStrip(let titles, _):
            for run in line.runs {
                guard let title = titles.first(where: { run.text == " \($0) " }) else { continue }
                add(row, left + run.column, left + run.column + DisplayWidth.of(run.text), target, .tabTitle(title))
            }
        }
    }

    /// `drawStatus`: the buttons, right-aligned on their row, two spaces apart.
    private mutating func addButtons(_ view: ScreenView, _ geometry: ScreenGeometry) {
        var column = geometry.contentLeft + geometry.contentWidth
        for button in view.buttons.reversed() {
            let width = DisplayWidth.of("[ \(button.label) ]")
            column -= width
            add(geometry.buttonsRow, column, column + width, button.target, .control)
            column -= 2
        }
    }

    // MARK: Helpers

    private mutating func add(_ row: Int, _ start: Int, _ end: Int, _ target: FocusTarget?, _ part: Part) {
        guard end > start else { return }
        regions.append(Region(row: row, columns: start..<end, target: target, part: part))
    }

    /// Cuts the body's regions at the body's edges, as the renderer clips its text.
    private mutating func clip(to columns: Range<Int>, rows: Range<Int>) {
        regions = regions.compactMap { region in
            guard rows.contains(region.row) else { return region }
            let clamped = region.columns.clamped(to: columns)
            return clamped.isEmpty ? nil : Region(row: region.row, columns: clamped, target: region.target, part: region.part)
        }
    }

    /// The columns a line's runs cover, from the first drawn cell to the last.
    private static func extent(of line: BodyLine) -> Range<Int>? {
        guard let start = line.runs.map(\.column).min(),
              let end = line.runs.map({ $0.column + DisplayWidth.of($0.text) }).max(), end > start else { return nil }
        return start..<end
    }

    /// The runs of the page's own tab strip, one per tab in order, when `line` is that strip
    /// (each tab is drawn as " title " with its mark; the separators between are chrome).
    private static func tabRuns(_ line: BodyLine, _ tabs: [ScreenView.TabView]) -> [BodyLine.Run]? {
        guard !tabs.isEmpty else { return nil }
        let runs = line.runs.filter { $0.style != Styles.chrome }
        guard runs.count == tabs.count,
              zip(runs, tabs).allSatisfy({ $0.text.hasPrefix(" \($1.title) ") })
        else { return nil }
        return runs
    }
}
