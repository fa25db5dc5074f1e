/// Identifiers for the nodes of a diagram: page ids with every character other than a letter, a
/// digit or `_` replaced, made unique, so Mermaid and dot never read part of an id as syntax
/// (Mermaid's `o`/`x` arrow heads, its `end` keyword, a dot inside an id).
struct DiagramNames {
    private var names: [PageID: String] = [:]
    private var taken: Set<String> = []

    init(_ pages: [PageID]) {
        for page in pages { _ = name(page) }
    }

    /// The name of a page, made on first use.
    mutating func name(_ page: PageID) -> String {
        if let known = names[page] { return known }
        let base = "p_" + String(page.rawValue.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        var candidate = base
        var suffix = 2
        while taken.contains(candidate) {
            candidate = "\(base)_\(suffix)"
            suffix += 1
        }
        names[page] = candidate
        taken.insert(candidate)
        return candidate
    }

    /// A name for anything else (a group, a journey's end), kept apart from page names by its prefix.
    static func plain(_ prefix: String, _ text: String) -> String {
        prefix + String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}
