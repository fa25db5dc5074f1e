import Glibc
import Synchronization

/// The number of the last trapped signal, 0 when none is pending. Written only by the handler.
private let pendingSignal = Atomic<Int32>(0)

/// Handlers for INT, TERM, HUP and QUIT that only record the signal, so the session can end in
/// normal code (endwin, then exit 128+n). Installed without SA_RESTART, so a read that is waiting
/// returns at once, and before `newterm`, so curses keeps its own handlers off these signals.
enum SignalTrap {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// The actions that were in place before `install`, restored by `uninstall`, one per entry of
    /// `signals` (an array, not a dictionary keyed by signal: a dictionary of `sigaction` costs a
    /// quarter of a million instructions on first use, to set up its generic type).
    nonisolated(unsafe) private static var previous: [sigaction?] = [nil, nil, nil, nil]

    static func install() {
        pendingSignal.store(0, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            pendingSignal.store(number, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for (index, number) in signals.enumerated() {
            var old = sigaction()
            if sigaction(number, &action, &old) == 0, previous[index] == nil {
                previous[index] = old
            }
        }
    }

    static func uninstall() {
        for (index, number) in signals.enumerated() {
            guard var old = previous[index] else { continue }
            sigaction(number, &old, nil)
            previous[index] = nil
        }
        pendingSignal.store(0, ordering: .relaxed)
    }

    /// The pending signal, cleared as it is reported.
    static func takePending() -> Int32? {
        let number = pendingSignal.exchange(0, ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
