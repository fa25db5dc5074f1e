/// Why the curses front end cannot run; `description` is one line for the user.
public enum TerminalError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Standard input or output is not a TTY; the detail says which.
    case notATerminal(String)
    /// TERM names a terminal that cannot move the cursor (the value of TERM; empty when unset).
    case dumbTerminal(String)
    /// curses refused to start; the value of TERM.
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal(let detail):
            return "pacer-prep needs a terminal: \(detail)"
        case .dumbTerminal(let term) where term.isEmpty:
            return "TERM is not set, so pacer-prep cannot move the cursor"
        case .dumbTerminal(let term):
            return "TERM=\(term) cannot move the cursor"
        case .cannotStart(let term):
            return "curses could not start for TERM=\(term)"
        }
    }
}
