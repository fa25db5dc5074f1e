import CNcursesw
import Glibc
import Synchronization
import WizardEngine

/// Whether a session is live: curses state is process-global, so there is at most one.
private let sessionLive = Atomic<Bool>(false)

/// The curses front end: starts ncursesw on a terminal, reads input as `TerminalInput`, draws
/// Frames, and restores the terminal on every way out.
public final class TerminalSession {
    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    private let inputFile: UnsafeMutablePointer<FILE>
    private let outputFile: UnsafeMutablePointer<FILE>
    /// The duplicates of the caller's descriptors that curses reads and writes.
    let inputFD: Int32
    let outputFD: Int32
    /// The caller's input descriptor and its modes from before curses started.
    private let modesFD: Int32
    private let savedModes: termios?
    private let palette: ColorPalette
    /// The mouse events curses reports (0: the mouse is left to the terminal).
    let mouseMask: mmask_t
    var drawer = FrameDrawer()
    /// Input read while a signal was pending, reported after it.
    var queued: [TerminalInput] = []
    /// Set once the input is gone: every later read reports `.endOfInput`.
    var atEnd = false
    /// Consecutive reads that failed although input was readable: curses reading EOF or EIO.
    var failedReads = 0
    private(set) var live = true

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, inputFile: UnsafeMutablePointer<FILE>,
                 outputFile: UnsafeMutablePointer<FILE>, inputFD: Int32, outputFD: Int32, modesFD: Int32,
                 savedModes: termios?, palette: ColorPalette, mouseMask: mmask_t) {
        self.screen = screen
        self.window = window
        self.inputFile = inputFile
        self.outputFile = outputFile
        self.inputFD = inputFD
        self.outputFD = outputFD
        self.modesFD = modesFD
        self.savedModes = savedModes
        self.palette = palette
        self.mouseMask = mouseMask
    }

    deinit { end() }

    /// Why curses cannot run on this process's standard input and output, or nil if it can:
    /// both must be TTYs and TERM must name a terminal whose terminfo can move the cursor.
    public static func unavailableReason() -> TerminalError? {
        if isatty(STDIN_FILENO) == 0 { return .notATerminal("standard input is not a TTY") }
        if isatty(STDOUT_FILENO) == 0 { return .notATerminal("standard output is not a TTY") }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            return .dumbTerminal("")
        }
        if term == "dumb" { return .dumbTerminal(term) }
        // setupterm below would replace the terminal of a live session.
        if sessionLive.load(ordering: .sequentiallyConsistent) { return nil }
        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == OK else { return .cannotStart(term) }
        let canMove = hasCursorAddressing()
        if let probe = set_curterm(nil) { del_curterm(probe) }
        return canMove ? nil : .dumbTerminal(term)
    }

    /// Starts curses on standard input and output after the checks of `unavailableReason`.
    public static func start(options: TerminalOptions) throws -> TerminalSession {
        if let reason = unavailableReason() { throw reason }
        let term = String(cString: getenv("TERM"))
        return try start(inputFD: STDIN_FILENO, outputFD: STDOUT_FILENO, term: term, options: options)
    }

    /// Starts curses on the given descriptors (e.g. a pseudo-terminal's slave) for terminal type
    /// `term`, without the TTY and TERM checks of `start(options:)`.
    public static func start(inputFD: Int32, outputFD: Int32, term: String, options: TerminalOptions) throws -> TerminalSession {
        guard sessionLive.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged else {
            throw TerminalError.cannotStart(term)
        }
        var started = false
        defer { if !started { sessionLive.store(false, ordering: .sequentiallyConsistent) } }

        useUTF8Locale()
        unsetenv("LINES")
        unsetenv("COLUMNS")
        var modes = termios()
        let savedModes: termios? = tcgetattr(inputFD, &modes) == 0 ? modes : nil

        let inputCopy = dup(inputFD)
        let outputCopy = dup(outputFD)
        guard inputCopy >= 0, outputCopy >= 0,
              let inputFile = fdopen(inputCopy, "r"), let outputFile = fdopen(outputCopy, "w") else {
            if inputCopy >= 0 { close(inputCopy) }
            if outputCopy >= 0 { close(outputCopy) }
            throw TerminalError.cannotStart(term)
        }
        // Before newterm, so that curses finds these signals taken and leaves them alone.
        SignalTrap.install()
        guard let screen = newterm(term, outputFile, inputFile) else {
            SignalTrap.uninstall()
            fclose(inputFile)
            fclose(outputFile)
            throw TerminalError.cannotStart(term)
        }
        set_term(screen)
        guard hasCursorAddressing(), let window = pp_stdscr() else {
            endwin()
            delscreen(screen)
            SignalTrap.uninstall()
            fclose(inputFile)
            fclose(outputFile)
            if let savedModes { var modes = savedModes; tcsetattr(inputFD, TCSANOW, &modes) }
            throw TerminalError.dumbTerminal(term)
        }
        CrashGuard.install(outputFD: outputCopy, modesFD: inputFD, modes: savedModes,
                           leaveSequence: CrashGuard.leaveSequence())

        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(options.escapeDelayMilliseconds)
        define_key("\u{1b}[200~", Int32(KeyDecoder.pasteBegin))
        define_key("\u{1b}[201~", Int32(KeyDecoder.pasteEnd))
        let palette = options.useColor ? (ColorPalette.start() ?? .monochrome) : .monochrome
        // Presses are reported at once rather than held back to tell clicks from double clicks;
        // mousemask gives 0 when the terminal has no mouse (no kmous in its terminfo).
        var mouseMask: mmask_t = 0
        if options.useMouse {
            mouseinterval(0)
            mouseMask = mousemask(MouseDecoder.mask, nil)
        }

        // Send what newterm queued (keypad mode, alternate screen, mouse reporting), then turn
        // bracketed paste on.
        wnoutrefresh(window)
        doupdate()
        writeAll(outputCopy, pasteOn)

        started = true
        return TerminalSession(screen: screen, window: window, inputFile: inputFile, outputFile: outputFile,
                               inputFD: inputCopy, outputFD: outputCopy, modesFD: inputFD, savedModes: savedModes,
                               palette: palette, mouseMask: mouseMask)
    }

    /// The size of the terminal as curses knows it.
    public var size: TerminalSize {
        guard live else { return TerminalSize(columns: 0, rows: 0) }
        return TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    public func draw(_ frame: Frame) {
        guard live else { return }
        drawer.draw(frame, in: window, palette: palette)
    }

    /// Rings the terminal's bell (curses flashes the screen when there is none).
    public func bell() {
        guard live else { return }
        beep()
    }

    /// Forces a full repaint on the next draw (Ctrl-L, after resume).
    public func invalidate() {
        drawer.invalidate()
    }

    /// Restores the terminal: mouse reporting and bracketed paste off, endwin, the saved modes
    /// back, handlers removed. Idempotent.
    public func end() {
        guard live else { return }
        live = false
        leaveScreenModes()
        delscreen(screen)
        fclose(inputFile)
        fclose(outputFile)
        CrashGuard.uninstall()
        SignalTrap.uninstall()
        sessionLive.store(false, ordering: .sequentiallyConsistent)
    }
}

extension TerminalSession {
    /// Turns mouse reporting and bracketed paste off, ends curses mode and puts the saved
    /// terminal modes back: what both `end` and `suspend` leave behind.
    func leaveScreenModes() {
        if mouseMask != 0 { mousemask(0, nil) }
        endwin()
        // After endwin, which flushes what curses still held; also written when curses never
        // turned the mouse on, which costs nothing.
        Self.writeAll(outputFD, Self.pasteOff + Self.mouseOff)
        if let savedModes {
            var modes = savedModes
            tcsetattr(modesFD, TCSANOW, &modes)
        }
    }

    static let pasteOn = "\u{1b}[?2004h"
    static let pasteOff = "\u{1b}[?2004l"
    /// Every xterm mouse mode and encoding off (click, drag, motion, SGR).
    static let mouseOff = "\u{1b}[?1006l\u{1b}[?1003l\u{1b}[?1002l\u{1b}[?1000l"

    /// Sets the locale from the environment; when its codeset is not UTF-8, tries C.UTF-8 so
    /// that accents and wide characters survive.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if isUTF8() { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8() { return }
        }
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// Whether the current terminfo entry can move the cursor (`cup`).
    static func hasCursorAddressing() -> Bool {
        guard let cup = tigetstr("cup") else { return false }
        return cup != UnsafeMutablePointer<CChar>(bitPattern: -1)
    }

    static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
