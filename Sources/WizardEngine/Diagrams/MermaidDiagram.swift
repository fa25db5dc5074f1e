/// A flow diagram in Mermaid's flowchart syntax, for Markdown handouts (GitHub draws it).
///
/// Every label is quoted and its quotes and angle brackets written as Mermaid entities, so a
/// title can never end a label early. Next and links are solid arrows, controls shown only on
/// some answers and back-end branches dotted, a move to another journey thick.
enum MermaidDiagram {
    static func render(_ graph: FlowGraph) -> String {
        var names = DiagramNames(graph.nodes.map(\.page) + graph.externalNodes.map(\.page))
        var lines = ["flowchart TD"]
        for journey in graph.journeys {
            lines.append("  subgraph \(DiagramNames.plain("j_", journey.id.rawValue))[\"\(escape(journey.title))\"]")
            lines.append("    direction TB")
            for group in graph.groups(of: journey) {
                let id = DiagramNames.plain("s_", "\(journey.id.rawValue)_\(group.nodes[0].step)")
                lines.append("    subgraph \(id)[\"\(escape(group.label))\"]")
                for node in group.nodes {
                    lines.append("      \(names.name(node.page))[\"\(escape(node.label))\"]")
                }
                lines.append("    end")
            }
            if graph.edges.contains(where: { $0.to == nil && graph.node($0.from)?.journey == journey.id }) {
                lines.append("    \(DiagramNames.plain("done_", journey.id.rawValue))([\"Journey complete\"])")
            }
            lines.append("  end")
        }
        for node in graph.externalNodes {
            lines.append("  \(names.name(node.page))[\"\(escape("\(node.journey): \(node.label)"))\"]")
        }
        for edge in graph.edges {
            let from = names.name(edge.from)
            let to = edge.to.map { names.name($0) }
                ?? DiagramNames.plain("done_", graph.node(edge.from)?.journey.rawValue ?? "")
            lines.append("  \(from) \(arrow(edge))|\"\(escape(edge.label))\"| \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func arrow(_ edge: FlowEdge) -> String {
        if edge.kind == .journey { return "==>" }
        if edge.kind == .branch || edge.isConditional { return "-.->" }
        return "-->"
    }

    /// A label's text with the characters Mermaid would read as syntax written as entities.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "#": result += "#35;"
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "\n", "\r", "\t": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
