import CNcursesw
import Glibc

/// Keeps the terminal usable when the program dies: on SIGILL (a Swift trap), SIGTRAP, SIGSEGV,
/// SIGBUS, SIGABRT or SIGFPE, and at `exit()` while a session is live, it puts back the terminal
/// modes saved before curses started and leaves the alternate screen, shows the cursor, resets
/// attributes and turns mouse reporting and bracketed paste off; then the signal goes on to the handler that was
/// there before (the default, or Swift's backtracer), which reports the crash as usual.
///
/// The handler only does async-signal-safe work (tcsetattr, write, sigaction, raise) on memory
/// prepared in normal code: the pointers below are allocated on first use, during `install`.
enum CrashGuard {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    private static let byteCapacity = 512
    private static let slotCount = 65
    /// 0 when disarmed; otherwise the guard restores the terminal.
    nonisolated(unsafe) private static let armed = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// [0] the output descriptor, [1] the descriptor whose modes were saved (-1: none), [2] byte count.
    nonisolated(unsafe) private static let config = UnsafeMutablePointer<Int32>.allocate(capacity: 3)
    nonisolated(unsafe) private static let savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity)
    /// The action each signal had before `install`, indexed by signal number.
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let slots = UnsafeMutablePointer<sigaction>.allocate(capacity: slotCount)
        slots.initialize(repeating: sigaction(), count: slotCount)
        return slots
    }()
    nonisolated(unsafe) private static var installedAtExit = false
    /// Whether the handlers are in place (the guard may have been disarmed by firing already).
    nonisolated(unsafe) private static var installed = false

    /// Arms the guard. `modes` are the terminal modes from before curses started (nil if the
    /// input is not a terminal); `leaveSequence` the bytes that undo curses' screen modes.
    static func install(outputFD: Int32, modesFD: Int32, modes: termios?, leaveSequence: [UInt8]) {
        let count = min(leaveSequence.count, byteCapacity)
        for index in 0..<count { bytes[index] = leaveSequence[index] }
        config[0] = outputFD
        config[1] = modes == nil ? -1 : modesFD
        config[2] = Int32(count)
        savedModes.pointee = modes ?? termios()
        armed.pointee = 1
        _ = previous
        ensureAlternateStack()

        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in CrashGuard.handle(number) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_ONSTACK
        if !installed {
            installed = true
            for number in signals where number < slotCount {
                sigaction(number, &action, previous + Int(number))
            }
        }
        if !installedAtExit {
            installedAtExit = true
            atexit { CrashGuard.restoreTerminal() }
        }
    }

    /// Disarms the guard and puts the previous handlers back.
    static func uninstall() {
        armed.pointee = 0
        guard installed else { return }
        installed = false
        for number in signals where number < slotCount {
            sigaction(number, previous + Int(number), nil)
        }
    }

    /// Restores the saved modes and writes the leave sequence, once. Async-signal-safe.
    static func restoreTerminal() {
        guard armed.pointee != 0 else { return }
        armed.pointee = 0
        if config[1] >= 0 { tcsetattr(config[1], TCSANOW, savedModes) }
        _ = write(config[0], bytes, Int(config[2]))
    }

    private static func handle(_ number: Int32) {
        restoreTerminal()
        if number >= 0, number < slotCount { sigaction(number, previous + Int(number), nil) }
        // Blocked while this handler runs: delivered to the previous action as it returns.
        raise(number)
    }

    /// A stack for the handler, so a stack overflow can still be reported.
    private static func ensureAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }

    /// The bytes that leave curses' screen modes, from the terminal's own terminfo where it has
    /// them: mouse reporting and bracketed paste off, attributes reset, cursor shown, keypad off,
    /// alternate screen off. Call while curses is active (tigetstr reads its terminal).
    static func leaveSequence() -> [UInt8] {
        var result = Array((TerminalSession.mouseOff + TerminalSession.pasteOff).utf8)
        result += capability("sgr0") ?? Array("\u{1b}[0m".utf8)
        result += capability("cnorm") ?? Array("\u{1b}[?25h".utf8)
        result += capability("rmkx") ?? []
        result += capability("rmcup") ?? Array("\u{1b}[?1049l".utf8)
        return result
    }

    /// A terminfo string capability with its padding (`$<5>`) removed; nil when absent.
    private static func capability(_ name: String) -> [UInt8]? {
        guard let value = tigetstr(name), value != UnsafeMutablePointer<CChar>(bitPattern: -1) else {
            return nil
        }
        var result: [UInt8] = []
        var skipping = false
        var previousByte: UInt8 = 0
        var pointer = value
        while pointer.pointee != 0 {
            let byte = UInt8(bitPattern: pointer.pointee)
            if skipping {
                if byte == UInt8(ascii: ">") { skipping = false }
            } else if byte == UInt8(ascii: "<"), previousByte == UInt8(ascii: "$") {
                result.removeLast()
                skipping = true
            } else {
                result.append(byte)
            }
            previousByte = byte
            pointer += 1
        }
        return result
    }
}
