/// One piece of a page's body, shown only while its condition holds.
public struct Block: Sendable {
    public enum Content: Sendable {
        /// Running text; `{name}` placeholders are filled from the journey's facts.
        case paragraph(String, Tone)
        case heading(String)
        case field(Field)
    }

    /// How running text is drawn.
    public enum Tone: Sendable {
        case normal, note, warning, success
    }

    public let content: Content
    public let shownWhen: Condition?
    /// Whether what the block shows can read differently when another answer changes: text
    /// that names one (`{value:…}`), a field whose note or check box text names one, a list
    /// whose options depend on one. Worked out once: the screen made after every key typed asks
    /// it of each block of the page.
    let readsAnswers: Bool

    public init(_ content: Content, shownWhen: Condition? = nil) {
        self.content = content
        self.shownWhen = shownWhen
        readsAnswers = Self.readsAnswers(content)
    }

    private static func readsAnswers(_ content: Content) -> Bool {
        switch content {
        case .paragraph(let text, _), .heading(let text):
            return Facts.readsAnswers(text)
        case .field(let field):
            if let note = field.note, Facts.readsAnswers(note) { return true }
            switch field.kind {
            case .choice(.dependsOn, _): return true
            case .checkBox(let text): return Facts.readsAnswers(text)
            default: return false
            }
        }
    }

    public static func text(_ text: String, _ tone: Tone = .normal, when: Condition? = nil) -> Block {
        Block(.paragraph(text, tone), shownWhen: when)
    }

    public static func heading(_ text: String, when: Condition? = nil) -> Block {
        Block(.heading(text), shownWhen: when)
    }

    public static func field(_ field: Field, when: Condition? = nil) -> Block {
        Block(.field(field), shownWhen: when)
    }
}
