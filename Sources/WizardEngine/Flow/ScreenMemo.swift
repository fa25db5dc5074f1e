/// The screen a wizard last laid out, and the state it was laid out for.
///
/// One key needs the page laid out twice: to keep the focus in view while reducing, and to draw
/// the frame afterwards. Both ask here, so it is laid out once; and a state that changed is made
/// and laid out by changing the remembered screen in place, keeping every part of the body that
/// the change did not reach (typing in a field makes and lays out that field again, nothing
/// else; see `ScreenViewReuse`). It belongs to one Wizard value and holds nothing that the
/// state, the catalog and the key map do not determine, so the engine stays a pure function of
/// them.
///
/// Screens are lent to a closure rather than returned: a returned layout is a copy, a reference
/// counted for each of its parts. For the same reason there is always a screen remembered (the
/// first is laid out when the memo is made): one kept in an optional was copied out of it for
/// every frame.
struct ScreenMemo: Sendable {
    /// The characters screens are drawn with: the wizard's.
    var glyphs: Glyphs
    private var state: WizardState
    private var screen: ScreenLayout

    /// A memo holding the screen for `state`.
    init(_ state: WizardState, catalog: Catalog, keyMap: KeyMap, glyphs: Glyphs = .unicode) {
        var blocks: [Int] = [], remade: [ScreenView.RemadeItem]?
        let view = ScreenView(state: state, catalog: catalog, keyMap: keyMap, reusing: nil, shownBlocks: &blocks,
                              remade: &remade)
        self.glyphs = glyphs
        self.state = state
        screen = ScreenLayout(view: view, page: state.page, blocks: blocks, glyphs: glyphs)
    }

    /// Lends `read` the screen for `state`, laid out with `catalog` and `keyMap` (always the
    /// wizard's). A state other than the one remembered is laid out on a copy, which is dropped.
    func withScreen<Result>(for state: WizardState, catalog: Catalog, keyMap: KeyMap,
                            _ read: (ScreenLayout) -> Result) -> Result {
        if shows(state) { return read(screen) }
        var copy = self
        copy.lay(state, answers: ScreenViewReuse.changes(from: self.state.values, to: state.values), catalog: catalog,
                 keyMap: keyMap)
        return read(copy.screen)
    }

    /// Lends `read` the screen for `state`, remembered for the next question.
    mutating func remember<Result>(_ state: WizardState, catalog: Catalog, keyMap: KeyMap,
                                   _ read: (ScreenLayout) -> Result) -> Result {
        // A key typed changes an answer: walking the two lists of answers side by side sees that
        // without the look-up per answer that comparing the states makes, and the changes found
        // are what the new screen needs to know.
        let answers = ScreenViewReuse.changes(from: self.state.values, to: state.values)
        if !answers.isEmpty || !shows(state) { lay(state, answers: answers, catalog: catalog, keyMap: keyMap) }
        return read(screen)
    }

    /// The screen for `state`, as a copy (for tests and rare questions; keys use `withScreen`).
    func screen(for state: WizardState, catalog: Catalog, keyMap: KeyMap) -> ScreenLayout {
        withScreen(for: state, catalog: catalog, keyMap: keyMap) { $0 }
    }

    /// Follows the remembered state to a new scroll position, which its layout does not depend
    /// on: the frame drawn next then finds the state the same without laying it out again.
    mutating func scroll(to top: Int) {
        state.scrollTop = top
        screen.compose(scrollTop: top)
    }

    /// Whether `state` shows the remembered screen: the scroll position is the only part of the
    /// state that the layout does not depend on.
    private func shows(_ state: WizardState) -> Bool {
        guard screen.glyphs == glyphs else { return false }
        if self.state.scrollTop == state.scrollTop { return self.state == state }
        var state = state
        state.scrollTop = self.state.scrollTop
        return self.state == state
    }

    /// Lays out `state` in place of the remembered screen, keeping what the change from the
    /// remembered state cannot have reached; `answers` are the fields whose answers differ.
    private mutating func lay(_ state: WizardState, answers: [FieldID], catalog: Catalog, keyMap: KeyMap) {
        let page = catalog.page(state.page)
        // The earlier items are taken out of the remembered screen (not copied) when the new one
        // can be made from it: the few that change are then replaced in their list in place.
        var reuse: ScreenViewReuse?
        if ScreenViewReuse.applies(from: self.state, to: state, page: page) {
            let items = screen.takeItems() // first: the view handed over after this holds none
            reuse = ScreenViewReuse(previous: screen.view, items: items, blocks: screen.blocks, of: self.state,
                                    for: state, answers: answers)
        }
        var blocks: [Int] = [], remade: [ScreenView.RemadeItem]?
        let view = ScreenView(state: state, catalog: catalog, keyMap: keyMap, reusing: reuse, shownBlocks: &blocks,
                              remade: &remade)
        self.state = state
        screen.update(to: view, page: state.page, blocks: blocks, glyphs: glyphs, previousItems: reuse?.previousItems,
                      remade: remade)
    }
}
