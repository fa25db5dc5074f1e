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

    public init(_ content: Content, shownWhen: Condition? = nil) {
        self.content = content
        self.shownWhen = shownWhen
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
