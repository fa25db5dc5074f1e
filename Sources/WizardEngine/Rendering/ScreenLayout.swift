/// A screen placed but not yet drawn: the view, where its parts go, and its body's lines.
///
/// Drawing the frame, keeping the focus in view and tracing a click all read one layout, so a
/// page is laid out once for a state however many of them ask. It is a class, immutable once
/// made, because it is large and handed around several times per key: a copy is one reference.
final class ScreenLayout: Sendable {
    let view: ScreenView
    /// The page shown, when known, and the index in it of the block each body item shows.
    let page: PageID?
    let blocks: [Int]
    let glyphs: Glyphs
    let geometry: ScreenGeometry
    let bodyLayout: BodyLayout
    /// Empty when the window is too small to show the page.
    let body: BodyLines
    /// The frame every frame of this screen starts from (`FrameRenderer.chrome`).
    let chrome: Frame

    /// Lays out `view`, keeping the lines of every part of the body that is as in `previous`,
    /// and its chrome when that is the same too.
    init(view: ScreenView, page: PageID? = nil, blocks: [Int] = [], glyphs: Glyphs, reusing previous: ScreenLayout? = nil) {
        self.page = page
        self.blocks = blocks
        self.glyphs = glyphs
        if let previous, previous.glyphs == glyphs, Self.sameGeometry(previous.view, view) {
            geometry = previous.geometry
        } else {
            geometry = ScreenGeometry(view: view, glyphs: glyphs)
        }
        if let previous, let page, previous.page == page, previous.blocks == blocks, previous.glyphs == glyphs,
           previous.geometry.contentWidth == geometry.contentWidth {
            bodyLayout = previous.bodyLayout // the same fields of the same page: the same labels
        } else {
            bodyLayout = BodyLayout(view: view, width: geometry.contentWidth, glyphs: glyphs)
        }
        let reusable = previous.flatMap { $0.glyphs == glyphs ? $0.body : nil }
        body = view.size.isLargeEnough ? bodyLayout.lines(for: view, reusing: reusable) : .empty
        if let previous, previous.glyphs == glyphs, previous.geometry == geometry, Self.sameChrome(previous.view, view) {
            chrome = previous.chrome
        } else {
            chrome = FrameRenderer.chrome(view, geometry, glyphs)
        }
        // Stored last, so the view handed over is moved in rather than copied for the reads above.
        self.view = view
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
