/// The key contract, as data: `reduce` reads it to interpret keys and the footer and the help
/// screen are drawn from it, so what is shown can never drift from what works.
public struct KeyMap: Sendable {
    public struct Binding: Sendable {
        public let keys: [Key]
        /// How the keys are written in the footer, e.g. "Tab/↓".
        public let keyLabel: String
        /// What they do, in a word or two.
        public let meaning: String
        public let command: Command
        /// Whether the footer shows it (the help screen shows all).
        public let inFooter: Bool
    }

    public let bindings: [Binding]

    /// The command bound to a key, if any.
    public func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    /// design.md §4: the contract tests and users rely on.
    public static let standard = KeyMap(bindings: [
        Binding(keys: [.tab, .down], keyLabel: "Tab/↓", meaning: "next", command: .focusNext, inFooter: true),
        Binding(keys: [.backTab, .up], keyLabel: "S-Tab/↑", meaning: "prev", command: .focusPrevious, inFooter: true),
        Binding(keys: [.enter], keyLabel: "Enter", meaning: "press/next field", command: .activate, inFooter: false),
        Binding(keys: [.character(" ")], keyLabel: "Space", meaning: "tick/choose", command: .toggle, inFooter: false),
        Binding(keys: [.control("n"), .pageDown], keyLabel: "^N", meaning: "next page", command: .nextPage, inFooter: true),
        Binding(keys: [.escape, .pageUp], keyLabel: "Esc", meaning: "back", command: .back, inFooter: true),
        Binding(keys: [.function(1), .character("?")], keyLabel: "F1", meaning: "help", command: .help, inFooter: true),
        Binding(keys: [.control("c"), .function(10)], keyLabel: "^C", meaning: "quit", command: .quit, inFooter: true),
        Binding(keys: [.control("l")], keyLabel: "^L", meaning: "redraw", command: .redraw, inFooter: false),
        Binding(keys: [.control("z")], keyLabel: "^Z", meaning: "suspend", command: .suspend, inFooter: false),
    ])

    /// Keys that edit text in a text field, listed for the help screen.
    public static let editingKeys = "←/→ move · Home/End (^A/^E) · Backspace/Del · ^U clear to start · ^K clear to end · ^W delete word"
    /// Keys of a drop-down list, listed for the help screen.
    public static let choiceKeys = "←/→ change the value · a letter jumps to the next entry starting with it"
}
