/// A page-level message shown on the status line until the next action.
public struct Notice: Hashable, Sendable {
    public enum Tone: Hashable, Sendable { case info, problem, success }
    public let text: String
    public let tone: Tone
    public init(_ text: String, _ tone: Tone) {
        self.text = text
        self.tone = tone
    }
}
