import WizardPlain

/// A person at the prompts, as a list of lines: records which reads asked for hidden typing.
final class ScriptedInput: LineInput {
    private var lines: [String]
    /// Every line handed out, with whether its read was hidden.
    private(set) var reads: [(line: String, hidden: Bool)] = []

    init(_ lines: [String]) { self.lines = lines }

    func readLine(hidden: Bool, prompt: () -> Void) -> LineRead {
        prompt()
        guard !lines.isEmpty else { return .end }
        let line = lines.removeFirst()
        reads.append((line, hidden))
        return .line(line)
    }

    /// Like a pipe: nothing typed appears by itself.
    var echoesTyping: Bool { false }

    var unread: Int { lines.count }
}

/// Everything plain mode printed, as one string.
final class RecordedOutput: LineOutput {
    private(set) var text = ""
    func write(_ text: String) { self.text += text }
}
