/// The screen a wizard last laid out, and the state it was laid out for.
///
/// One key needs the page laid out twice: to keep the focus in view while reducing, and to draw
/// the frame afterwards. Both ask here, so it is laid out once; and a state that changed is made
/// and laid out keeping every part of the body that the change did not reach (typing in a field
/// makes and lays out that field again, nothing else; see `ScreenViewReuse`). It belongs to one
/// Wizard value and holds nothing that the state, the catalog and the key map do not determine,
/// so the engine stays a pure function of them.
struct ScreenMemo: Sendable {
    /// The characters screens are drawn with: the wizard's.
    var glyphs: Glyphs = .unicode
    /// The state last laid out and its screen, in one shared box: copying a state out of the
    /// memo to compare it would cost a reference count for each of its parts.
    private final class Remembered: Sendable {
        let state: WizardState
        let screen: ScreenLayout

        init(_ state: WizardState, _ screen: ScreenLayout) {
            self.state = state
            self.screen = screen
        }

        /// Whether `state` shows this screen: the scroll position is the only part of the state
        /// that the layout does not depend on. Asked here, where the remembered state is read in
        /// place: handed to a function from outside, it was copied whole for every question.
        func shows(_ state: WizardState, glyphs: Glyphs) -> Bool {
            guard screen.glyphs == glyphs else { return false }
            if self.state.scrollTop == state.scrollTop { return self.state == state }
            var state = state
            state.scrollTop = self.state.scrollTop
            return self.state == state
        }
    }

    private var last: Remembered?

    /// The screen for `state`, laid out with `catalog` and `keyMap` (always the wizard's).
    func screen(for state: WizardState, catalog: Catalog, keyMap: KeyMap) -> ScreenLayout {
        guard let last else { return Self.laidOut(state, catalog: catalog, keyMap: keyMap, glyphs: glyphs, after: nil) }
        if last.shows(state, glyphs: glyphs) { return last.screen }
        return Self.laidOut(state, catalog: catalog, keyMap: keyMap, glyphs: glyphs, after: last)
    }

    /// The screen for `state`, remembered for the next question.
    mutating func remember(_ state: WizardState, catalog: Catalog, keyMap: KeyMap) -> ScreenLayout {
        let screen = screen(for: state, catalog: catalog, keyMap: keyMap)
        if screen !== last?.screen { last = Remembered(state, screen) }
        return screen
    }

    /// Follows the remembered state to a new scroll position, which its layout does not depend
    /// on: the frame drawn next then finds the state the same without comparing copies.
    mutating func scroll(to top: Int) {
        guard let last, last.state.scrollTop != top else { return }
        var state = last.state
        state.scrollTop = top
        self.last = Remembered(state, last.screen)
    }

    /// A new screen for `state`, made and laid out from the one remembered where it can be.
    private static func laidOut(_ state: WizardState, catalog: Catalog, keyMap: KeyMap, glyphs: Glyphs,
                                after last: Remembered?) -> ScreenLayout {
        let reuse = last.flatMap {
            ScreenViewReuse(previous: $0.screen.view, blocks: $0.screen.blocks, of: $0.state, for: state,
                            page: catalog.page(state.page))
        }
        var blocks: [Int] = []
        let view = ScreenView(state: state, catalog: catalog, keyMap: keyMap, reusing: reuse, shownBlocks: &blocks)
        return ScreenLayout(view: view, page: state.page, blocks: blocks, glyphs: glyphs, reusing: last?.screen)
    }
}
