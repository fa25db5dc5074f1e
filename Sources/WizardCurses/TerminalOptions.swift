/// How the curses front end starts.
public struct TerminalOptions: Sendable {
    /// Use colour when the terminal has it (the executable turns this off for NO_COLOR).
    public var useColor: Bool
    /// Ask the terminal for mouse clicks and the wheel. Off (`--no-mouse`), the terminal keeps the
    /// mouse for itself, so people can select text to copy it as usual.
    public var useMouse: Bool
    /// How long a lone Esc waits for the rest of an escape sequence (curses' default is 1000).
    public var escapeDelayMilliseconds: Int32 = 25

    public init(useColor: Bool = true, useMouse: Bool = true) {
        self.useColor = useColor
        self.useMouse = useMouse
    }
}
