import Testing
import Screens
@testable import WizardEngine

/// Flow diagrams are drawn from the catalog the wizard runs: every page appears, the branches a
/// person can take are edges with their controls' titles, and Mermaid and dot come out well formed.
@Suite("Flow diagrams")
struct FlowDiagramTests {
    let graph = FlowGraph(catalog: Journeys.catalog)

    func hasEdge(_ from: PageID, _ to: PageID, _ label: String, _ kind: FlowEdge.Kind) -> Bool {
        graph.edges.contains { $0.from == from && $0.to == to && $0.label == label && $0.kind == kind }
    }

    @Test("every page of every journey is named in every format", arguments: Journeys.all.map(\.id))
    func everyPage(_ journey: JourneyID) {
        let graph = FlowGraph(catalog: Journeys.catalog, only: [journey])
        let pages = Journeys.named(journey)!.pages
        #expect(graph.nodes.map(\.page) == pages.map(\.id))
        let text = DiagramFormat.text.render(graph)
        let dot = DiagramFormat.dot.render(graph)
        let mermaid = DiagramFormat.mermaid.render(graph)
        for page in pages {
            #expect(text.contains("\(page.id): "), "text names \(page.id)")
            #expect(dot.contains("\"\(page.id)\" [label="), "dot declares \(page.id)")
            let name = "p_" + String(page.id.rawValue.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            #expect(mermaid.contains("\(name)[\""), "mermaid declares \(page.id)")
        }
    }

    @Test("journey R: the menu, the kinds' link, Next and the duplicate branch")
    func registerEdges() {
        #expect(hasEdge("register.menu", "register.kinds", "Register for an Account", .menu))
        #expect(hasEdge("register.kinds", "register.form", "Register for a PACER account", .link))
        #expect(graph.edges.first { $0.from == "register.kinds" && $0.to == "register.form" }?.isConditional == true)
        #expect(hasEdge("register.home", "register.menu", "Next", .next))
        #expect(hasEdge("register.policies", "register.created", "Submit", .next))
        #expect(hasEdge("register.policies", "register.duplicate", "Submit: likely duplicate account", .branch))
        // Menu items that only explain themselves lead nowhere.
        #expect(!graph.edges.contains { $0.from == "register.menu" && $0.label == "Find a Case" })
        // The menu bar is only text on pages where it is not active.
        #expect(!graph.edges.contains { $0.from == "register.form" && $0.kind == .menu })
    }

    @Test("the start page leads to every journey's first page; the last pages finish")
    func startAndFinish() {
        for journey in Journeys.all where journey.id != StartJourney.id {
            #expect(graph.edges.contains { $0.from == "start.home" && $0.to == journey.firstPage && $0.kind == .journey },
                    "start → \(journey.id)")
        }
        #expect(graph.edges.contains { $0.from == "register.questions" && $0.kind == .finish && $0.to == nil })
    }

    @Test("the upgrade's tabs lead to each other, and one journey alone draws its outside targets")
    func tabsAndExternal() {
        let tabs = graph.edges.filter { $0.kind == .tab }
        #expect(tabs.count >= 6, "\(tabs)")
        #expect(tabs.allSatisfy { $0.label.hasPrefix("tab: ") })
        let start = FlowGraph(catalog: Journeys.catalog, only: [StartJourney.id])
        #expect(start.externalNodes.count == 4)
        #expect(start.externalNodes.map(\.journey).contains(RegisterJourney.id))
    }

    @Test("Mermaid starts with flowchart, closes every subgraph and quotes every label")
    func mermaid() {
        let text = DiagramFormat.mermaid.render(graph)
        let lines = text.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }
        #expect(lines.first == "flowchart TD")
        #expect(lines.filter { $0.hasPrefix("subgraph ") }.count == lines.filter { $0 == "end" }.count)
        #expect(text.contains("p_register_menu -->|\"Register for an Account\"| p_register_kinds"))
        #expect(text.contains("p_register_policies -.->|\"Submit: likely duplicate account\"| p_register_duplicate"))
        for line in lines where line.contains("-->") || line.contains("-.->") || line.contains("==>") {
            #expect(line.filter { $0 == "\"" }.count == 2, "one quoted label: \(line)")
        }
        #expect(MermaidDiagram.escape(#"A "quoted" <b> #1"#) == "A #quot;quoted#quot; #lt;b#gt; #35;1")
    }

    @Test("dot starts with digraph, its braces balance and its strings are closed")
    func dot() {
        let text = DiagramFormat.dot.render(graph)
        #expect(text.hasPrefix("digraph "))
        var depth = 0, inString = false, escaped = false
        for character in text {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if character == "\"" { inString = true }
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            #expect(depth >= 0)
        }
        #expect(depth == 0 && !inString)
        #expect(text.contains("\"register.kinds\" -> \"register.form\" [label=\"Register for a PACER account\", style=dashed];"))
        #expect(DotDiagram.quote(#"a "b" \c"#) == #""a \"b\" \\c""#)
    }

    @Test("text lists the pages by step with their ways out")
    func text() {
        let text = DiagramFormat.text.render(FlowGraph(catalog: Journeys.catalog, only: [RegisterJourney.id]))
        #expect(text.hasPrefix("Register for a PACER account (register)"))
        #expect(text.contains("  Step 3: Choose the kind of account\n    register.kinds: step 3: Register for an Account\n"))
        #expect(text.contains("menu \"Register for an Account\" → register.kinds"))
    }
}
