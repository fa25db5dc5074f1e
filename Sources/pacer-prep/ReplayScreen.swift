#if canImport(Glibc)
import Glibc
#endif
import WizardEngine

/// The terminal while a replay draws on it, without curses: the alternate screen, the cursor
/// hidden and typed keys not echoed (the replay reads none), all put back by `end`. Signals are
/// only noted by `ReplaySignals` and noticed while waiting, so every way out goes through `end`;
/// an `atexit` hook covers an exit from anywhere else.
final class ReplayScreen {
    private static let enter = "\u{1B}[?1049h\u{1B}[?25l"
    private static let leave = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"

    let size: TerminalSize
    private let encoder: ANSIFrameEncoder
    private var previous: Frame?
    /// The input's modes before echo was turned off; nil when the input is not a terminal.
    nonisolated(unsafe) private static var savedModes: termios?
    nonisolated(unsafe) private static var active = false

    init(useColor: Bool) {
        encoder = ANSIFrameEncoder(useColor: useColor)
        var window = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 {
            size = TerminalSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
        } else {
            size = .standard
        }
        ReplaySignals.install()
        var modes = termios()
        if isatty(0) == 1, tcgetattr(0, &modes) == 0 {
            Self.savedModes = modes
            var quiet = modes
            quiet.c_lflag &= ~tcflag_t(ECHO | ICANON)
            tcsetattr(0, TCSANOW, &quiet)
        }
        Self.active = true
        atexit { ReplayScreen.restore() }
        Self.write(Self.enter)
    }

    /// Draws a frame, sending only the rows that changed.
    func show(_ frame: Frame) {
        Self.write(encoder.encode(frame, after: previous) + "\u{1B}[?25l")
        previous = frame
    }

    /// Sleeps in short slices; returns the signal that cut the wait short, if one did.
    func wait(milliseconds: Int) -> Int32? {
        var left = milliseconds
        repeat {
            if let number = ReplaySignals.pending { return number }
            let slice = min(left, 20)
            var time = timespec(tv_sec: 0, tv_nsec: slice * 1_000_000)
            nanosleep(&time, nil)
            left -= slice
        } while left > 0
        return ReplaySignals.pending
    }

    /// Puts the terminal back and the signals' default actions.
    func end() {
        Self.restore()
        ReplaySignals.uninstall()
    }

    private static func restore() {
        guard active else { return }
        active = false
        write(leave)
        if var modes = savedModes { tcsetattr(0, TCSANOW, &modes) }
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
