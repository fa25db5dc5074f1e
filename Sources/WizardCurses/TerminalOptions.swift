/// How the curses front end starts.
public struct TerminalOptions: Sendable {
    /// Use colour when the terminal has it (the executable turns this off for NO_COLOR).
    public var useColor: Bool
    /// How long a lone Esc waits for the rest of an escape sequence (curses' default is 1000).
    public var escapeDelayMilliseconds: Int32 = 25

    public init(useColor: Bool = true) {
        self.useColor = useColor
    }
}
