/// Keeps the focused field, with its error and note, inside the visible part of a long page.
///
/// The scroll position is kept in the state (rather than derived from the focus) so the page
/// moves only as much as needed and does not jump while the focus walks through it.
enum ScrollKeeper {
    static func keepFocusVisible(_ state: inout WizardState, catalog: Catalog, keyMap: KeyMap, screens: inout ScreenMemo) {
        guard state.size.isLargeEnough else { return }
        let focus = state.focus
        let (count, rows, owned) = screens.remember(state, catalog: catalog, keyMap: keyMap) { screen in
            (screen.body.count, screen.geometry.bodyRows, focus.flatMap { screen.body.lines(ownedBy: $0) })
        }
        let maxTop = max(0, count - rows)
        var top = min(state.scrollTop, maxTop)
        defer { screens.scroll(to: state.scrollTop) }
        guard let focus else {
            state.scrollTop = top
            return
        }
        let first = catalog.page(state.page).firstFocusStop(in: state.context, canGoBack: !state.history.isEmpty)
        if first == focus, focus != .nextButton, (owned?.last ?? 0) < rows {
            top = 0 // the first stop, when it fits: show the instruction above it too
        } else if let (first, last) = owned {
            // Include the blank line above a field when it fits, so it does not touch the edge.
            let start = max(0, first - 1)
            if start < top { top = start }
            if last >= top + rows { top = min(first, last - rows + 1) }
        }
        state.scrollTop = max(0, min(top, maxTop))
    }

    /// Tab or ↓ towards the buttons (or ↑ away from them) while text is still hidden scrolls
    /// the page by a screenful instead of moving the focus, as a browser's arrow keys do; so
    /// a page of plain text (the account-created page) can be read at any size. Returns whether
    /// it scrolled.
    /// `order` is the page's focus order for `state`.
    static func scrollInsteadOfMoving(by step: Int, in order: [FocusTarget], _ state: inout WizardState,
                                      catalog: Catalog, keyMap: KeyMap, screens: inout ScreenMemo) -> Bool {
        guard state.size.isLargeEnough else { return false }
        guard let current = state.focus.flatMap({ order.firstIndex(of: $0) }) else { return false }
        let target = order[(current + step + order.count) % order.count]
        let leavesBody = target == .backButton || target == .nextButton || (step > 0) != (order.firstIndex(of: target)! > current)
        guard leavesBody else { return false }
        let (count, rows) = screens.remember(state, catalog: catalog, keyMap: keyMap) { screen in
            (screen.body.count, screen.geometry.bodyRows)
        }
        let maxTop = max(0, count - rows)
        let stride = max(1, rows - 2)
        if step > 0, state.scrollTop < maxTop {
            state.scrollTop = min(maxTop, state.scrollTop + stride)
            return true
        }
        if step < 0, state.scrollTop > 0, !isBody(state.focus) {
            state.scrollTop = max(0, state.scrollTop - stride)
            return true
        }
        return false
    }

    static func isBody(_ focus: FocusTarget?) -> Bool {
        if case .field = focus { true } else { false }
    }
}
