/// `--crash-for-testing` (hidden from --help): a deliberate Swift trap once the first frame is
/// on screen, the way a bug would crash the program in the middle of a session. The end-to-end
/// tests use it to check that the terminal still comes back usable (cooked mode, echo, the
/// normal screen, the cursor) and that the crash is reported as usual.
enum CrashForTesting {
    static func trap() -> Never {
        fatalError("--crash-for-testing: a deliberate crash")
    }
}
