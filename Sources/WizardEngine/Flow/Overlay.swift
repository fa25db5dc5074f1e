/// A box drawn over the page that takes the keys until it is closed.
public enum Overlay: Hashable, Sendable {
    /// Help for the step and the focused field (F1).
    case help
    /// "Quit the rehearsal?" (Ctrl-C, F10).
    case quitConfirmation
    /// A box of text the training modes open (the task card, the list of steps, exam results);
    /// any key closes it. The text is kept here so the view needs nothing else to draw it.
    case panel(title: String, lines: [String])
}
