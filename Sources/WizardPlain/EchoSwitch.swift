#if canImport(Glibc)
import Glibc
#endif

/// Turns a terminal's echo off while a secret is typed, and back on.
///
/// Only ECHO is cleared: the line discipline still edits the line (Backspace, Ctrl-U) and
/// ECHONL still moves to the next line on Enter, so the prompt after it starts on a line of its
/// own. Callers restore in a `defer`, which also runs when a signal interrupts the read.
enum EchoSwitch {
    /// Turns echo off and returns the modes to restore, or nil if they could not be read.
    static func turnOff(_ descriptor: Int32) -> termios? {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        guard tcsetattr(descriptor, TCSANOW, &quiet) == 0 else { return nil }
        return saved
    }

    static func restore(_ modes: termios, _ descriptor: Int32) {
        var modes = modes
        _ = tcsetattr(descriptor, TCSANOW, &modes)
    }
}
