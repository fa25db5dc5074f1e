/// Something that happened to the wizard: the only input of `reduce`.
///
/// Events name what happened, not what to do; `reduce` decides what it means on the current page.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text that arrived as one bracketed paste.
    case paste(String)
    /// The terminal now has this size.
    case resize(TerminalSize)
}
