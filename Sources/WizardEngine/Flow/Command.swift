/// What a key means on a page, once the key map has been consulted.
public enum Command: Hashable, Sendable {
    case focusNext, focusPrevious
    /// Enter: press a button or link, Next in the last field, otherwise the next field.
    case activate
    /// Space outside a text field: tick a check box, choose a link.
    case toggle
    case nextPage, back
    case help, quit, redraw
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    case suspend
}
