/// One page found by the guide's search: where it is, what matched and the words around it.
public struct GuideSearchResult: Hashable, Sendable {
    public let page: PageID
    /// The journey's letter and the step, "U 4"; the letter alone for the start page.
    public let place: String
    /// The page as the caller would name it: its title, and its tab when it is one.
    public let title: String
    /// What matched: "title", "field help: Username", "message: Forgot Username?" …
    public let source: String
    /// The matching text, cut to start a little before the match.
    public let snippet: String
    /// The field the match belongs to, focused after the jump when it is shown.
    public let field: FieldID?
}

/// Searches every page of every journey: titles, instructions, text, field labels, field help,
/// notes, rule summaries, hints, help-desk lines, usual mistakes and the messages a page gives
/// (choose-a-link messages, the "not this one" messages of links, buttons and menu items).
/// Hidden blocks count too: the County list is found before a State is chosen.
enum GuideSearch {
    /// One searchable text of a page.
    struct Text {
        let source: String
        let text: String
        var field: FieldID? = nil
        /// Titles, instructions, headings and labels: a match there ranks first, a field's
        /// label first of all (the jump then focuses the field).
        var isName = false
    }

    /// At most one result per page (its best match): whole-phrase matches first, field labels
    /// and other names before running text, then the catalog's order.
    static func results(_ query: String, _ catalog: Catalog, _ context: FactContext) -> [GuideSearchResult] {
        let phrase = normalized(query)
        let words = phrase.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var found: [(score: Int, order: Int, result: GuideSearchResult)] = []
        var order = 0
        for journey in catalog.journeys {
            for page in journey.pages {
                order += 1
                var best: (score: Int, text: Text, filled: String)?
                for text in texts(of: page) {
                    let filled = Facts.fill(text.text, context)
                    let haystack = normalized(filled)
                    var score = 0
                    if haystack.contains(phrase) {
                        score = 4
                    } else if words.allSatisfy(haystack.contains) {
                        score = 2
                    }
                    guard score > 0 else { continue }
                    if text.isName { score += text.field == nil ? 1 : 2 }
                    if score > (best?.score ?? 0) { best = (score, text, filled) }
                }
                guard let best else { continue }
                let letter = GuideJump.letter(of: journey.id, catalog)
                let result = GuideSearchResult(
                    page: page.id, place: page.step > 0 ? "\(letter) \(page.step)" : letter,
                    title: title(of: page), source: best.text.source,
                    snippet: snippet(best.filled, around: words.count > 1 && normalized(best.filled).contains(phrase) ? phrase : words[0]),
                    field: best.text.field)
                found.append((best.score, order, result))
            }
        }
        return found.sorted { ($0.score, -$0.order) > ($1.score, -$1.order) }.map(\.result)
    }

    /// The page's title with its tab, as the agent panel names it.
    static func title(of page: Page) -> String {
        if let tab = page.tabs?.tabs.first(where: { $0.page == page.id }) { return "\(page.title) · \(tab.title) tab" }
        return page.title
    }

    /// Everything on a page a caller might read out or ask about.
    static func texts(of page: Page) -> [Text] {
        var texts = [Text(source: "title", text: page.title, isName: true),
                     Text(source: "instruction", text: page.instruction, isName: true)]
        if let tab = page.tabs?.tabs.first(where: { $0.page == page.id }) {
            texts.append(Text(source: "tab", text: "\(tab.title) tab", isName: true))
        }
        for block in page.blocks {
            switch block.content {
            case .paragraph(let text, _): texts.append(Text(source: "text", text: text))
            case .heading(let text): texts.append(Text(source: "heading", text: text, isName: true))
            case .field(let field): texts += self.texts(of: field)
            }
        }
        if page.menuBar.isActive {
            for item in page.menuBar.items {
                texts.append(Text(source: "menu", text: item.title, isName: true))
                if case .notThisOne(let message) = item.action {
                    texts.append(Text(source: "message: \(item.title)", text: message))
                }
            }
        }
        if !page.chooseALinkMessage.isEmpty { texts.append(Text(source: "message", text: page.chooseALinkMessage)) }
        texts.append(Text(source: "hint", text: page.hint))
        texts.append(Text(source: "help desk", text: page.helpDesk))
        texts += page.mistakes.map { Text(source: "usual mistake", text: $0) }
        return texts
    }

    static func texts(of field: Field) -> [Text] {
        let id = field.id
        var texts = [Text(source: "field", text: field.label, field: id, isName: true)]
        if !field.help.isEmpty { texts.append(Text(source: "field help: \(field.label)", text: field.help, field: id)) }
        if let note = field.note { texts.append(Text(source: "note: \(field.label)", text: note, field: id)) }
        for rule in field.rules {
            texts.append(Text(source: "rule: \(field.label)", text: RuleChecker.summary(rule), field: id))
        }
        switch field.kind {
        case .checkBox(let text):
            texts.append(Text(source: "field: \(field.label)", text: text, field: id))
        case .link(.notThisOne(let message)), .button(.notThisOne(let message)):
            texts.append(Text(source: "message: \(field.label)", text: message, field: id))
        default:
            break
        }
        return texts
    }

    /// Lower case, one space between words, straight quotes: how texts and queries are compared.
    static func normalized(_ text: String) -> String {
        let lower = text.lowercased().map { character -> Character in
            switch character {
            case "\u{2018}", "\u{2019}": "'"
            case "\u{201C}", "\u{201D}": "\""
            case _ where character.isWhitespace: " "
            default: character
            }
        }
        return String(lower).split(separator: " ").joined(separator: " ")
    }

    /// The text from a little before the first match of `needle` (at a word's start), on one line.
    static func snippet(_ text: String, around needle: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let characters = Array(flat)
        let lower = characters.map { $0.lowercased().first ?? $0 }
        let target = Array(needle)
        var position = 0
        if !target.isEmpty, target.count <= lower.count {
            for start in 0...(lower.count - target.count) where Array(lower[start..<(start + target.count)]) == target {
                position = start
                break
            }
        }
        guard position > lead else { return flat }
        var start = position - lead
        while start < position, characters[start - 1] != " " { start += 1 }
        return "…" + String(characters[start...])
    }

    /// Characters kept before the match.
    static let lead = 24
}
