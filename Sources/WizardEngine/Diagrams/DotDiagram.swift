/// A flow diagram in Graphviz's dot language, for printing (`dot -Tpdf`).
///
/// Journeys and steps are nested clusters; every id and label is a quoted string with its
/// backslashes and quotes escaped. Arrow styles match the Mermaid diagram's.
enum DotDiagram {
    static func render(_ graph: FlowGraph) -> String {
        var lines = [
            "digraph \"pacer-prep\" {",
            "  rankdir=TB;",
            "  compound=true;",
            "  node [shape=box, style=rounded];",
        ]
        for journey in graph.journeys {
            lines.append("  subgraph \(quote("cluster_\(journey.id)")) {")
            lines.append("    label=\(quote(journey.title));")
            for group in graph.groups(of: journey) {
                lines.append("    subgraph \(quote("cluster_\(journey.id)_step\(group.nodes[0].step)")) {")
                lines.append("      label=\(quote(group.label));")
                for node in group.nodes {
                    lines.append("      \(quote(node.page.rawValue)) [label=\(quote(node.label))];")
                }
                lines.append("    }")
            }
            if graph.edges.contains(where: { $0.to == nil && graph.node($0.from)?.journey == journey.id }) {
                lines.append("    \(quote(doneName(journey.id))) [label=\"Journey complete\", shape=oval];")
            }
            lines.append("  }")
        }
        for node in graph.externalNodes {
            lines.append("  \(quote(node.page.rawValue)) [label=\(quote("\(node.journey): \(node.label)")), style=\"rounded,dashed\"];")
        }
        for edge in graph.edges {
            let to = edge.to?.rawValue ?? doneName(graph.node(edge.from)?.journey ?? "")
            var attributes = ["label=\(quote(edge.label))"]
            if edge.kind == .journey { attributes.append("style=bold") }
            else if edge.kind == .branch || edge.isConditional { attributes.append("style=dashed") }
            lines.append("  \(quote(edge.from.rawValue)) -> \(quote(to)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The end node of a journey; `:` keeps it apart from page ids, which never hold one.
    static func doneName(_ journey: JourneyID) -> String { "done:\(journey)" }

    /// A dot quoted string.
    static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
