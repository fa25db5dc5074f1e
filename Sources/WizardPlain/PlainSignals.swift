#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The number of the last signal caught in plain mode, 0 when none is pending.
private let pendingSignal = Atomic<Int32>(0)

/// INT, TERM and HUP handlers for plain mode that only record the signal. Installed without
/// SA_RESTART, so a read waiting for a line returns at once; the run then ends in normal code
/// (echo back on) with exit status 128 + the signal's number, as in the curses front end.
public enum PlainSignals {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    public static func install() {
        pendingSignal.store(0, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            pendingSignal.store(number, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for number in signals { sigaction(number, &action, nil) }
    }

    /// The pending signal, cleared as it is reported.
    static func takePending() -> Int32? {
        let number = pendingSignal.exchange(0, ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
