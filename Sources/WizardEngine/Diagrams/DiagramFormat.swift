/// The forms a flow diagram is printed in: indented text to read in the terminal, Mermaid for
/// Markdown handouts, Graphviz dot for printing.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case text, mermaid, dot

    /// The diagram of a graph in this format.
    public func render(_ graph: FlowGraph) -> String {
        switch self {
        case .text: TextDiagram.render(graph)
        case .mermaid: MermaidDiagram.render(graph)
        case .dot: DotDiagram.render(graph)
        }
    }
}
