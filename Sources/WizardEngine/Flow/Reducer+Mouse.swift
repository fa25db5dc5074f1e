/// Mouse clicks and the wheel.
///
/// A click is traced through the `HitMap` of the screen as drawn, then goes the way the keys
/// would go: the focus moves with `setFocus` (so the field left is checked, as with Tab) and a
/// press is `activate`, as Enter or Space on the control, so a wrong link counts as a wrong
/// choice and Next validates exactly as from the keyboard. Only stops the keys can reach are
/// clickable: an inactive menu bar is just text.
extension Reducer {
    /// How many lines one notch of the wheel scrolls.
    static let wheelLines = 3

    /// Handles `.click` and `.wheel`. The wheel scrolls without moving the focus, so the page is
    /// not brought back to the focused field here; the next key does that, as typing in a
    /// browser brings the caret back into view.
    static func mouse(_ event: Event, _ state: inout WizardState, _ catalog: Catalog, _ keyMap: KeyMap,
                      _ screens: inout ScreenMemo) -> [Effect] {
        guard state.size.isLargeEnough else { return [] }
        switch event {
        case .click(let row, let column):
            switch state.overlay {
            case .help, .panel:
                state.overlay = nil  // any click closes help or a panel, as any key does
                return []
            case .quitConfirmation:
                return []  // answered with y or n, never by a stray click
            case nil:
                break
            }
            let scrollTop = state.scrollTop
            let (found, rows) = screens.remember(state, catalog: catalog, keyMap: keyMap) { screen in
                (HitMap(screen, scrollTop: scrollTop).region(row: row, column: column), screen.geometry.bodyRows)
            }
            guard let region = found else { return [] }
            if region.part == .moreAbove || region.part == .moreBelow {
                scroll(by: (region.part == .moreAbove ? -1 : 1) * max(1, rows - 2), &state, catalog, keyMap, &screens)
                return []
            }
            let effects = click(region, column: column, &state, catalog)
            ScrollKeeper.keepFocusVisible(&state, catalog: catalog, keyMap: keyMap, screens: &screens)
            return effects
        case .wheel(let up):
            if state.overlay == nil { scroll(by: up ? -wheelLines : wheelLines, &state, catalog, keyMap, &screens) }
            return []
        default:
            return []
        }
    }

    /// A click on a focus stop: focus it, then press, tick, change or place the cursor.
    static func click(_ region: HitMap.Region, column: Int, _ state: inout WizardState, _ catalog: Catalog) -> [Effect] {
        let page = catalog.page(state.page)
        guard let target = region.target,
              page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty).contains(target) else { return [] }
        let wasFocused = state.focus == target
        state.notice = nil
        setFocus(target, &state, page)
        guard case .field(let id) = target, let field = page.field(id) else {
            // A menu item, a page tab, Back or Next: as Enter on it.
            return activate(&state, catalog, viaEnter: true)
        }
        switch (field.kind, region.part) {
        case (.link, .control), (.button, .control):
            return activate(&state, catalog, viaEnter: true)
        case (.checkBox, .control):
            return activate(&state, catalog, viaEnter: false)  // as Space: tick or untick
        case (.choice(let source, _), .control):
            _ = choose(.character(" "), field, source, &state)  // as Space: the next entry
        case (.tabStrip, .tabTitle(let title)):
            if state.value(id) != title { store(EditableText(title), for: id, &state) }
        case (_, .textBox(let firstColumn, let width)):
            placeCursor(in: field, offset: max(0, column - firstColumn), width: width, wasFocused: wasFocused, &state)
        default:
            break  // a label: the focus alone
        }
        return []
    }

    /// Puts the cursor of a text field before the grapheme drawn at `offset` cells into its box
    /// (after the last one when the click is past the text). The box shows what it showed when
    /// clicked: from the start when it was not focused, else the stretch around the cursor.
    static func placeCursor(in field: Field, offset: Int, width: Int, wasFocused: Bool, _ state: inout WizardState) {
        guard let editable = state.values[field.id], !editable.isEmpty else { return }
        let mask: Character?
        switch field.kind {
        case .cardNumber where !wasFocused:
            // Left, it showed only its last four digits: no place to match.
            state.values[field.id] = EditableText(editable.text, cursor: editable.count, maxLength: editable.maxLength)
            return
        case .secret, .cardNumber: mask = "*"
        default: mask = nil
        }
        let shown = wasFocused ? editable : EditableText(editable.text, cursor: 0, maxLength: editable.maxLength)
        let window = shown.window(width: width, mask: mask)
        let visible = Array(window.visible)
        let widths = visible.map { mask == nil ? DisplayWidth.of($0) : 1 }
        // The grapheme the box starts with: the cursor's, less those drawn left of it.
        var beforeCursor = 0
        var column = 0
        while beforeCursor < visible.count, column < window.cursorColumn {
            column += widths[beforeCursor]
            beforeCursor += 1
        }
        let start = shown.cursor - beforeCursor
        var placed = 0
        column = 0
        while placed < visible.count, offset >= column + widths[placed] {
            column += widths[placed]
            placed += 1
        }
        state.values[field.id] = EditableText(editable.text, cursor: start + placed, maxLength: editable.maxLength)
    }

    /// Moves the body by `lines` (negative: up), within the page.
    static func scroll(by lines: Int, _ state: inout WizardState, _ catalog: Catalog, _ keyMap: KeyMap,
                       _ screens: inout ScreenMemo) {
        let maxTop = screens.remember(state, catalog: catalog, keyMap: keyMap) { screen in
            max(0, screen.body.count - screen.geometry.bodyRows)
        }
        state.scrollTop = max(0, min(maxTop, state.scrollTop + lines))
    }
}
