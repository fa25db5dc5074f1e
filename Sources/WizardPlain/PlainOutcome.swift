/// How a plain-mode run ended; the executable turns it into the exit status.
public enum PlainOutcome: Equatable, Sendable {
    /// The journey's last page was finished.
    case completed
    /// The person quit (`!quit`, then y).
    case quit
    /// The input closed before the journey was finished.
    case inputEnded
    /// A signal ended the run.
    case signal(Int32)
}
