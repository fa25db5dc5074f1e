import Glibc
import Synchronization

/// The number of the last trapped signal, 0 when none is pending. Written only by the handler.
private let pendingSignal = Atomic<Int32>(0)

/// Handlers for INT, TERM, HUP and QUIT that only record the signal, so the session can end in
/// normal code (endwin, then exit 128+n). Installed without SA_RESTART, so a read that is waiting
/// returns at once, and before `newterm`, so curses keeps its own handlers off these signals.
enum SignalTrap {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// The actions that were in place before `install`, restored by `uninstall`.
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    static func install() {
        pendingSignal.store(0, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            pendingSignal.store(number, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for number in signals {
            var old = sigaction()
            if sigaction(number, &action, &old) == 0, previous[number] == nil {
                previous[number] = old
            }
        }
    }

    static func uninstall() {
        for (number, old) in previous {
            var old = old
            sigaction(number, &old, nil)
        }
        previous = [:]
        pendingSignal.store(0, ordering: .relaxed)
    }

    /// The pending signal, cleared as it is reported.
    static func takePending() -> Int32? {
        let number = pendingSignal.exchange(0, ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
