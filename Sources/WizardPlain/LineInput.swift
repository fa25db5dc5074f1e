/// Where plain mode reads its answers from: a person at a terminal, a pipe, or a test's script.
///
/// A protocol so the whole line-mode conversation can be driven in-process by tests, while the
/// executable reads standard input.
public protocol LineInput: AnyObject {
    /// Shows the prompt (by calling `prompt`), then reads one line without its line break.
    /// `hidden` asks for the typing not to be shown (passwords, card numbers): the prompt is
    /// shown only once it is hidden, so a person who types as soon as it appears is not echoed.
    /// An input that cannot hide the typing still never repeats it.
    func readLine(hidden: Bool, prompt: () -> Void) -> LineRead
    /// Whether the person's typing appears on screen by itself (a terminal echoes; a pipe does
    /// not), so the front end knows whether to end the prompt's line itself.
    var echoesTyping: Bool { get }
}

/// What one read gave.
public enum LineRead: Equatable, Sendable {
    case line(String)
    /// The input is closed (end of file, or the terminal went away).
    case end
    /// A signal (INT, TERM, HUP) arrived while waiting; the run ends with 128 + its number.
    case signal(Int32)
}
