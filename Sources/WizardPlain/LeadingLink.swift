import WizardEngine

/// The link a batch run takes on a page that is left only by links: one that leads to a page of
/// this journey not seen yet (Upgrade before Log Out, in page order), else into another journey
/// (the start page's list), else back to a page already seen. Links that only explain, choose a
/// value or fill a field never lead on.
enum LeadingLink {
    static func find(on page: Page, _ state: WizardState, _ catalog: Catalog) -> FocusTarget? {
        var candidates: [(rank: Int, target: FocusTarget)] = []
        if page.menuBar.isActive {
            for (index, item) in page.menuBar.items.enumerated() {
                if let rank = rank(item.action, state, catalog) { candidates.append((rank, .menu(index))) }
            }
        }
        for field in page.visibleFields(in: state.context) {
            guard case .link(let action) = field.kind, let rank = rank(action, state, catalog) else { continue }
            candidates.append((rank, .field(field.id)))
        }
        return candidates.enumerated().min { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }?.element.target
    }

    /// 0: a page of this journey not seen yet; 1: another journey; 2: a page seen already.
    static func rank(_ action: Action, _ state: WizardState, _ catalog: Catalog) -> Int? {
        let target: PageID
        switch action {
        case .goTo(let page), .run(_, let page): target = page
        case .startJourney: return 1
        case .choose, .notThisOne, .suggestUsername: return nil
        }
        guard catalog.hasPage(target) else { return nil }
        if state.visited.contains(target) { return 2 }
        return catalog.journey(containing: target).id == state.journey ? 0 : 1
    }
}
