/// A key press, as the engine understands it.
///
/// Front ends translate their own key codes (curses' `KEY_*`, a line of text in plain mode) into
/// this type in one place, so the engine never sees a terminal-specific code.
public enum Key: Hashable, Sendable {
    /// Printable text: one grapheme, possibly a lone combining mark that joins the previous one.
    case character(Character)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// Control plus a lower-case ASCII letter, e.g. `.control("n")` for Ctrl-N.
    case control(Character)
    /// A function key, F1 to F12.
    case function(Int)
}
