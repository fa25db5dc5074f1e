/// A box drawn over the page that takes the keys until it is closed.
public enum Overlay: Hashable, Sendable {
    /// Help for the step and the focused field (F1).
    case help
    /// "Quit the rehearsal?" (Ctrl-C, F10).
    case quitConfirmation
}
