/// Something the engine asks the outside world to do; the executable carries it out.
public enum Effect: Hashable, Sendable {
    /// End the program with this outcome.
    case quit(Outcome)
    /// Ring the terminal bell (a key that does nothing here).
    case bell
    /// Repaint the whole screen (Ctrl-L).
    case redraw
}

/// How a run ended, which decides the exit status.
public enum Outcome: Hashable, Sendable {
    case completed
    case quitByUser
}
