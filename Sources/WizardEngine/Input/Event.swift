/// Something that happened to the wizard: the only input of `reduce`.
///
/// Events name what happened, not what to do; `reduce` decides what it means on the current page.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text that arrived as one bracketed paste.
    case paste(String)
    /// The terminal now has this size.
    case resize(TerminalSize)
    /// The mouse's left button was pressed on this cell of the screen (0-based row and column).
    case click(row: Int, column: Int)
    /// The mouse wheel turned one notch, up or down.
    case wheel(up: Bool)
    /// A whole value was given for a field at once (a line typed in plain mode); it is checked
    /// as if the field had been left, so the messages are the ones typing would give.
    case answered(FieldID, String)
    /// Values given before the pages are shown (an answer file); stored unchecked, as typed but
    /// not yet left, and kept over the page's presets.
    case prefilled([FieldID: String])
    /// A link, menu item, tab, button, Back or Next was chosen directly (plain mode's numbered
    /// choices, a batch run), without moving the focus there key by key.
    case pressed(FocusTarget)
    /// Time passed: the executable reports it (the engine reads no clock) so exams can time steps.
    case tick(milliseconds: Int)
}
