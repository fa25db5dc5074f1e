/// Every page of some journeys and every way between them, read from the same `Page` values the
/// wizard runs, so a handout cannot drift from the program.
///
/// The Back button is left out: it follows the person's own history, not the definitions.
public struct FlowGraph: Sendable {
    /// The journeys drawn, in catalog order.
    public let journeys: [Journey]
    /// Their pages, journey by journey in page order.
    public let nodes: [FlowNode]
    /// Pages of other journeys that an edge leads to (a journey's first page), drawn on their own.
    public let externalNodes: [FlowNode]
    public let edges: [FlowEdge]

    /// The graph of the journeys named (every journey of the catalog when `only` is nil).
    public init(catalog: Catalog, only: [JourneyID]? = nil) {
        let chosen = catalog.journeys.filter { only?.contains($0.id) ?? true }
        journeys = chosen
        nodes = chosen.flatMap { journey in journey.pages.map { FlowNode(page: $0, in: journey) } }
        var edges: [FlowEdge] = []
        for journey in chosen {
            for page in journey.pages {
                for edge in Self.edges(of: page, catalog) where !edges.contains(edge) { edges.append(edge) }
            }
        }
        self.edges = edges
        let drawn = Set(nodes.map(\.page))
        var external: [FlowNode] = []
        for case let target? in edges.map(\.to) where !drawn.contains(target) && !external.contains(where: { $0.page == target }) {
            external.append(FlowNode(page: catalog.page(target), in: catalog.journey(containing: target)))
        }
        externalNodes = external
    }

    /// The nodes of one journey grouped by step, in step order.
    public func groups(of journey: Journey) -> [(label: String, nodes: [FlowNode])] {
        let mine = nodes.filter { $0.journey == journey.id }
        let steps = Set(mine.map(\.step)).sorted()
        return steps.map { step in
            let members = mine.filter { $0.step == step }
            return (members[0].groupLabel, members)
        }
    }

    /// The edges leaving one page, in the order the page shows its controls.
    public func edges(from page: PageID) -> [FlowEdge] { edges.filter { $0.from == page } }

    /// The node of a page, drawn or external.
    public func node(_ page: PageID) -> FlowNode? {
        nodes.first { $0.page == page } ?? externalNodes.first { $0.page == page }
    }

    /// Every way out of one page: menu items, tabs, links and buttons, back-end branches, Next.
    static func edges(of page: Page, _ catalog: Catalog) -> [FlowEdge] {
        var edges: [FlowEdge] = []
        if page.menuBar.isActive {
            for item in page.menuBar.items {
                edges += actionEdges(item.action, from: page.id, kind: .menu, label: item.title, conditional: false, catalog)
            }
        }
        for tab in page.tabs?.tabs ?? [] where tab.page != page.id {
            edges.append(FlowEdge(from: page.id, to: tab.page, kind: .tab, label: "tab: \(tab.title)"))
        }
        for block in page.blocks {
            guard case .field(let field) = block.content else { continue }
            let conditional = block.shownWhen != nil
            switch field.kind {
            case .link(let action):
                edges += actionEdges(action, from: page.id, kind: .link, label: field.label, conditional: conditional, catalog)
            case .button(let action):
                edges += actionEdges(action, from: page.id, kind: .link, label: field.label, conditional: conditional, catalog)
            default:
                break
            }
        }
        if let operation = page.operation {
            for (target, result) in branches(of: operation) {
                edges.append(FlowEdge(from: page.id, to: target, kind: .branch, label: "\(page.nextLabel): \(result)"))
            }
        }
        if let next = page.next {
            edges.append(FlowEdge(from: page.id, to: next, kind: .next, label: page.nextLabel))
        } else if page.finishesJourney {
            edges.append(FlowEdge(from: page.id, to: nil, kind: .finish, label: page.nextLabel))
        }
        return edges
    }

    /// The edges of one control's action; choices, explanations and suggestions stay on the page.
    static func actionEdges(
        _ action: Action, from page: PageID, kind: FlowEdge.Kind, label: String, conditional: Bool, _ catalog: Catalog
    ) -> [FlowEdge] {
        switch action {
        case .goTo(let target):
            return [FlowEdge(from: page, to: target, kind: kind, label: label, isConditional: conditional)]
        case .run(let operation, let target):
            let branches = branches(of: operation).map {
                FlowEdge(from: page, to: $0.target, kind: .branch, label: "\(label): \($0.result)", isConditional: conditional)
            }
            return branches + [FlowEdge(from: page, to: target, kind: kind, label: label, isConditional: conditional)]
        case .startJourney(let id):
            guard let journey = catalog.journey(id) else { return [] }
            return [FlowEdge(from: page, to: journey.firstPage, kind: .journey, label: label, isConditional: conditional)]
        case .choose, .notThisOne, .suggestUsername:
            return []
        }
    }

    /// The pages a back-end answer can send the person to instead of the next page. Listed case by
    /// case (no default) so that a new operation with a branch cannot be forgotten here.
    static func branches(of operation: Operation) -> [(target: PageID, result: String)] {
        switch operation {
        case .register(_, let duplicateWarning):
            return [(duplicateWarning, "likely duplicate account")]
        case .pacerLogin, .cmecfSignIn, .checkUsernameAvailable, .registerDespiteWarning, .upgrade, .checkCMECFLogin,
             .chargeCard, .linkCMECF, .requestEFiling, .registerPAA, .addPAAMember, .signOut:
            return []
        }
    }
}
