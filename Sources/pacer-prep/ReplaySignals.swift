#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The last INT, TERM or HUP received during a replay, 0 when none. Written only by the handler.
private let pendingReplaySignal = Atomic<Int32>(0)

/// Handlers that only note the signal, so the replay ends in normal code with the terminal
/// restored (the curses front end's trap lives in WizardCurses and is not shared; this is the
/// same idea in a few lines, for a screen drawn without curses).
enum ReplaySignals {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in pendingReplaySignal.store(number, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for number in signals { sigaction(number, &action, nil) }
    }

    /// Puts the default actions back.
    static func uninstall() {
        for number in signals { signal(number, SIG_DFL) }
    }

    /// The pending signal, if any.
    static var pending: Int32? {
        let number = pendingReplaySignal.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
