/// Where guide mode puts the page and the agent panel: from 120 columns side by side (the page
/// box narrower, the panel on its right), below that one at a time in the same box.
enum GuideLayout {
    static let besideColumns = 120
    static let minPanelWidth = 40
    static let maxPanelWidth = 60

    /// A rectangle of cells.
    struct Box: Equatable {
        let left: Int
        let top: Int
        let width: Int
        let height: Int
        var right: Int { left + width - 1 }
        var bottom: Int { top + height - 1 }
    }

    static func isBeside(_ size: TerminalSize) -> Bool { size.columns >= besideColumns }

    /// The panel's width beside the page: what the page's 100 columns leave, 40 to 60.
    static func panelWidth(_ columns: Int) -> Int {
        min(maxPanelWidth, max(minPanelWidth, columns - ScreenGeometry.maxWidth))
    }

    /// The page box's left column and width when the panel stands beside it; nil otherwise (the
    /// page is then laid out as in every other mode).
    static func pageBox(_ view: ScreenView) -> (left: Int, width: Int)? {
        guard view.guide != nil, isBeside(view.size) else { return nil }
        let columns = view.size.columns
        let panel = panelWidth(columns)
        let page = min(ScreenGeometry.maxWidth, columns - panel)
        return ((columns - page - panel) / 2, page)
    }

    /// Where the panel is drawn: beside the page box, or (when it has the keys on a narrower
    /// screen) over it; nil when it is not shown.
    static func panelBox(_ view: ScreenView, _ geometry: ScreenGeometry) -> Box? {
        guard let guide = view.guide else { return nil }
        if isBeside(view.size) {
            return Box(left: geometry.left + geometry.width, top: geometry.top,
                       width: panelWidth(view.size.columns), height: geometry.height)
        }
        guard guide.panelHasKeys else { return nil }
        return Box(left: geometry.left, top: geometry.top, width: geometry.width, height: geometry.height)
    }
}
