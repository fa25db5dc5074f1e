/// A flow diagram as indented text: journey, step, page, then each way out of the page, for
/// reading in the terminal or pasting into an e-mail.
enum TextDiagram {
    static func render(_ graph: FlowGraph) -> String {
        var lines: [String] = []
        for journey in graph.journeys {
            if !lines.isEmpty { lines.append("") }
            lines.append("\(journey.title) (\(journey.id)), starts at \(journey.firstPage)")
            for group in graph.groups(of: journey) {
                lines.append("  \(group.label)")
                for node in group.nodes {
                    lines.append("    \(node.page): \(node.label)")
                    for edge in graph.edges(from: node.page) { lines.append("      " + describe(edge, graph)) }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ edge: FlowEdge, _ graph: FlowGraph) -> String {
        let condition = edge.isConditional ? " (when shown)" : ""
        guard let target = edge.to else { return "\(edge.label)\(condition) → journey complete" }
        let label = graph.node(target).map { " (\($0.label))" } ?? ""
        let kind: String
        switch edge.kind {
        case .next, .finish: kind = ""
        case .link: kind = "link "
        case .menu: kind = "menu "
        case .tab: kind = ""
        case .branch: kind = "back end: "
        case .journey: kind = "journey \(graph.node(target)?.journey.rawValue ?? "?"): "
        }
        return "\(kind)\"\(edge.label)\"\(condition) → \(target)\(label)"
    }
}
