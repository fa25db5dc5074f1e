import WizardEngine

/// One numbered choice of a page: a link, a button, an active menu item or another tab.
struct PlainAction: Equatable {
    let label: String
    let target: FocusTarget
    /// What F1 would say about it, if anything.
    let help: String

    /// The page's choices in screen order: menu bar, tabs, then the links and buttons shown now.
    static func list(_ page: Page, _ state: WizardState) -> [PlainAction] {
        var actions: [PlainAction] = []
        if page.menuBar.isActive {
            actions += page.menuBar.items.enumerated().map { index, item in
                PlainAction(label: "\(item.title) (menu bar)", target: .menu(index), help: "")
            }
        }
        if let tabs = page.tabs {
            for (index, tab) in tabs.tabs.enumerated() where tab.page != page.id {
                actions.append(PlainAction(label: "\(tab.title) tab", target: .tab(index), help: ""))
            }
        }
        let context = state.context
        for field in page.visibleFields(in: context) {
            switch field.kind {
            case .link:
                actions.append(PlainAction(label: field.label, target: .field(field.id), help: Facts.fill(field.help, context)))
            case .button:
                actions.append(PlainAction(label: "\(field.label) (button)", target: .field(field.id),
                                           help: Facts.fill(field.help, context)))
            default:
                break
            }
        }
        return actions
    }
}
