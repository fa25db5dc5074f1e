import WizardEngine

/// One thing that came from the terminal, already free of curses codes.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    /// Text that arrived as one bracketed paste (newlines as "\n").
    case paste(String)
    /// The terminal now has this size.
    case resize(TerminalSize)
    /// The left button was pressed on this cell (0-based, from the top-left corner of the screen).
    case click(row: Int, column: Int)
    /// The wheel turned one notch, up (towards the top of the page) or down.
    case wheel(up: Bool)
    /// A trapped signal (INT, TERM, HUP, QUIT) is pending: end the session, then exit 128+n.
    case signal(Int32)
    /// The terminal went away or standard input is at its end.
    case endOfInput
}
