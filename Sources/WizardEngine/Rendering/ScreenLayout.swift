/// A screen placed but not yet drawn: the view, where its parts go, and its body's lines.
///
/// Drawing the frame, keeping the focus in view and tracing a click all read one layout, so a
/// page is laid out once for a state however many of them ask. It is a class, immutable once
/// made, because it is large and handed around several times per key: a copy is one reference.
final class ScreenLayout: Sendable {
    let view: ScreenView
    /// The index in the page of the block each of the view's body items shows.
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
    init(view: ScreenView, blocks: [Int] = [], glyphs: Glyphs, reusing previous: ScreenLayout? = nil) {
        self.view = view
        self.blocks = blocks
        self.glyphs = glyphs
        if let previous, previous.glyphs == glyphs, Self.sameGeometry(previous.view, view) {
            geometry = previous.geometry
        } else {
            geometry = ScreenGeometry(view: view, glyphs: glyphs)
        }
        bodyLayout = BodyLayout(view: view, width: geometry.contentWidth, glyphs: glyphs)
        body = view.size.isLargeEnough ? bodyLayout.lines(for: view, reusing: previous?.body) : .empty
        if let previous, previous.glyphs == glyphs, previous.geometry == geometry, Self.sameChrome(previous.view, view) {
            chrome = previous.chrome
        } else {
            chrome = FrameRenderer.chrome(view, geometry, glyphs)
        }
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
        max(0, min(scrollTop, max(0, body.all.count - geometry.bodyRows)))
    }
}
