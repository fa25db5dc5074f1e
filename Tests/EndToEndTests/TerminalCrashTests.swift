import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A crash, the remaining signals and a hang-up, on the built binary: each leaves the terminal
/// usable (or, for a hang-up, leaves no process behind).
@Suite("Terminal: crashes, signals and hang-ups, under tmux")
struct TerminalCrashTests {
    static let arguments = ["register", "--today", "2021-09-01", "--seed", "42"]

    @Test("a Swift trap (--crash-for-testing) leaves cooked mode, echo, the normal screen and the cursor")
    func forcedCrash() async throws {
        // Interactive backtraces would wait for a key; CI runs them non-interactively.
        let tmux = try TmuxSession(arguments: Self.arguments + ["--crash-for-testing"], term: "xterm-256color",
                                   environment: ["SWIFT_BACKTRACE": "interactive=no,color=no"])
        let ending = try await tmux.waitForExit(timeout: .seconds(60))
        #expect(ending.status == 128 + SIGILL || ending.status == 128 + SIGTRAP, "\(ending)")
        expectRestored(ending)
        #expect(try !tmux.mouseModes().isOn, "mouse reporting left on after the crash")
        #expect(ending.output.contains { $0.contains("crash") }, "the crash is reported: \(ending.output)")
    }

    @Test("--help does not mention the crash switch")
    func crashSwitchIsHidden() throws {
        let result = try CommandRunner.run(try BinaryLocator.binary(), ["register", "--help"])
        #expect(result.status == 0)
        #expect(!result.output.contains("crash"), "\(result.output)")
        #expect(result.output.contains("--no-mouse") && result.output.contains("--ascii"), "\(result.output)")
    }

    /// A signal sent with kill and the status the shell must see.
    struct SignalCase: Sendable, CustomTestStringConvertible {
        var name: String
        var number: Int32
        var testDescription: String { name }
    }

    @Test("SIGINT and SIGQUIT sent with kill end with 128+N and restore the terminal",
          arguments: [SignalCase(name: "SIGINT", number: SIGINT), SignalCase(name: "SIGQUIT", number: SIGQUIT)])
    func signal(_ signal: SignalCase) async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.walkToRegistrationForm()
        let pid = try await tmux.programPID()
        #expect(kill(pid, signal.number) == 0)
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 128 + signal.number, "\(ending)")
        expectRestored(ending)
    }

    @Test("a hang-up (the terminal closes, as when an SSH connection drops) ends the program")
    func hangUp() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitForStep(1)
        let pid = try await tmux.programPID()
        try tmux.tmuxRun(["kill-session", "-t", tmux.target])
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while Self.isRunning(pid), clock.now < deadline { try await Task.sleep(for: .milliseconds(25)) }
        #expect(!Self.isRunning(pid), "pacer-prep \(pid) still runs after its terminal closed")
    }

    /// Whether `pid` is alive and not a zombie waiting for a parent that never reaps it.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }
}
