/// The exit statuses the README and `--help` promise.
enum ExitStatus {
    static let completed: Int32 = 0
    static let quitByUser: Int32 = 1
    static let badUsage: Int32 = 2
    /// A `--batch` run stopped before the end: answers missing or refused.
    static let batchIncomplete: Int32 = 3

    /// The shell's convention for a program ended by a signal.
    static func signal(_ number: Int32) -> Int32 { 128 + number }
}
