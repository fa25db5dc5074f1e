/// Where plain mode writes: standard output in the executable, a string in tests.
///
/// Everything written is plain text: no escape sequences, no cursor movement, no colour.
public protocol LineOutput: AnyObject {
    func write(_ text: String)
}

extension LineOutput {
    /// Writes `text` and a line break.
    func line(_ text: String = "") { write(text + "\n") }
}
