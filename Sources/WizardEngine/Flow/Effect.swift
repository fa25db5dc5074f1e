/// Something the engine asks the outside world to do; the executable carries it out.
public enum Effect: Hashable, Sendable {
    /// End the program with this outcome.
    case quit(Outcome)
    /// Ring the terminal bell (a key that does nothing here).
    case bell
    /// Repaint the whole screen (Ctrl-L).
    case redraw
    /// Stop the program as job control does (Ctrl-Z), giving the terminal back to the shell, and
    /// repaint the whole screen when it is continued.
    case suspend
}

/// How a run ended, which decides the exit status.
public enum Outcome: Hashable, Sendable {
    case completed
    case quitByUser
}
