/// A screen placed but not yet drawn: the view, where its parts go, and its body's lines.
///
/// Drawing the frame, keeping the focus in view and tracing a click all read one layout, so a
/// page is laid out once for a state however many of them ask. It is a value that the wizard's
/// `ScreenMemo` keeps and brings up to date in place after each key (`update`), so the parts a
/// key did not change are neither copied nor freed; readers borrow it rather than copy it.
struct ScreenLayout: Sendable {
    private(set) var view: ScreenView
    /// The page shown, when known, and the index in it of the block each body item shows.
    private(set) var page: PageID?
    private(set) var blocks: [Int]
    private(set) var glyphs: Glyphs
    private(set) var geometry: ScreenGeometry
    private(set) var bodyLayout: BodyLayout
    /// Empty when the window is too small to show the page.
    private(set) var body: BodyLines
    /// The frame every frame of this screen starts from (`FrameRenderer.chrome`).
    private(set) var chrome: Frame
    /// The chrome with the body drawn in, scrolled to `composedTop`, and the status line with
    /// the buttons (`compose`): a frame then starts from it and draws only what lies over the
    /// page. Kept up to date in place by `update` while the lines of a key's change stay where
    /// they were (the rows of the items it replaced are drawn again), and dropped when they move
    /// or the status line changes.
    private(set) var composed: Frame?
    private(set) var composedTop = 0

    /// Lays out `view` afresh.
    init(view: ScreenView, page: PageID? = nil, blocks: [Int] = [], glyphs: Glyphs) {
        self.page = page
        self.blocks = blocks
        self.glyphs = glyphs
        geometry = ScreenGeometry(view: view, glyphs: glyphs)
        bodyLayout = BodyLayout(view: view, width: geometry.contentWidth, glyphs: glyphs)
        body = view.size.isLargeEnough ? bodyLayout.lines(for: view) : .empty
        chrome = FrameRenderer.chrome(view, geometry, glyphs)
        self.view = view
    }

    /// Takes the body items out of the view laid out now, leaving it none: the next view is made
    /// by changing their list in place (`ScreenMemo`), which a second reference would copy.
    mutating func takeItems() -> [ScreenView.BodyItem] {
        var items: [ScreenView.BodyItem] = []
        swap(&items, &view.items)
        return items
    }

    /// Lays out `view` in place of the view laid out now, keeping the lines of every part of the
    /// body that is as it was, and the chrome when that is the same too. `previousItems` are the
    /// items of the view laid out now, if they were taken out of it (`takeItems`); `remade`, when
    /// known, lists the only items that can differ, with the items they replaced.
    mutating func update(to view: ScreenView, page: PageID?, blocks: [Int], glyphs: Glyphs,
                         previousItems: [ScreenView.BodyItem]? = nil, remade: [ScreenView.RemadeItem]? = nil) {
        guard glyphs == self.glyphs else {
            self = ScreenLayout(view: view, page: page, blocks: blocks, glyphs: glyphs)
            return
        }
        let oldGeometry = geometry
        if !Self.sameGeometry(self.view, view) {
            geometry = ScreenGeometry(view: view, glyphs: glyphs)
        }
        let samePage = page != nil && self.page == page && self.blocks == blocks
        if !samePage || oldGeometry.contentWidth != geometry.contentWidth {
            bodyLayout = BodyLayout(view: view, width: geometry.contentWidth, glyphs: glyphs)
        } // else the same fields of the same page: the same labels
        var change = BodyLayout.BodyChange.moved
        if view.size.isLargeEnough {
            change = bodyLayout.update(&body, from: self.view.size.isLargeEnough ? self.view : nil,
                                       items: previousItems ?? self.view.items, to: view, remade: remade)
        } else {
            body = .empty
        }
        if oldGeometry != geometry || !Self.sameChrome(self.view, view) {
            chrome = FrameRenderer.chrome(view, geometry, glyphs)
            composed = nil
        }
        if self.view.status != view.status || self.view.buttons != view.buttons { composed = nil }
        self.page = page
        if !samePage { self.blocks = blocks }
        self.view = view
        if case .replaced(let items) = change, var frame = composed.take() {
            // Taken out while it is drawn on, so that it is the only reference to its cells.
            for item in items { FrameRenderer.redrawBodyLines(body.lines(ofItem: item), of: self, scrollTop: composedTop, &frame) }
            composed = frame
        } else {
            composed = nil
        }
    }

    /// Draws the body into the chrome at `scrollTop`, unless it is drawn there already.
    mutating func compose(scrollTop: Int) {
        guard view.size.isLargeEnough, composed == nil || composedTop != scrollTop else { return }
        composed = FrameRenderer.composed(self, scrollTop: scrollTop)
        composedTop = scrollTop
    }

    /// Whether two views place their parts alike: the geometry reads only the size, the guide's
    /// panel, the menu bar, the status line and the buttons.
    private static func sameGeometry(_ old: ScreenView, _ new: ScreenView) -> Bool {
        old.size == new.size && old.guide == nil && new.guide == nil && old.menu == new.menu
            && old.status == new.status && old.buttons == new.buttons
    }

    /// Whether two views draw the same chrome (at the same geometry and glyphs).
    private static func sameChrome(_ old: ScreenView, _ new: ScreenView) -> Bool {
        old.size == new.size && old.pageTitle == new.pageTitle && old.stepLabel == new.stepLabel
            && old.address == new.address && old.menu == new.menu && old.footer == new.footer
    }

    /// The body line at the top of the window when the state asks for `scrollTop`: no further
    /// down than the last screenful.
    func firstBodyLine(scrollTop: Int) -> Int {
        max(0, min(scrollTop, max(0, body.count - geometry.bodyRows)))
    }
}
