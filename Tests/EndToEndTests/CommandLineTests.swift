import Foundation
import Testing

/// The command line of the built binary: help, usage errors in one line with status 2, and a
/// clear refusal when there is no usable terminal.
@Suite("Command line of the built binary")
struct CommandLineTests {
    /// The environment of a plain run: a real TERM and a UTF-8 locale, so that only what a test
    /// changes is wrong.
    static func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("pacer-prep-cli-state").path
        return environment
    }

    static func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(try BinaryLocator.binary(), arguments, environment: environment())
    }

    /// The rows of `text` (a final newline ends the last row rather than starting another).
    static func rows(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
    }

    @Test("--help lists the register subcommand and exits 0")
    func help() throws {
        let result = try Self.run(["--help"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.split(separator: "\n").contains {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("register ")
        }, "a subcommand line for register: \(result.output)")
        #expect(result.output.contains("USAGE"), "\(result.output)")
    }

    @Test("an unknown option gives one line on standard error and status 2")
    func unknownOption() throws {
        let result = try Self.run(["--bogus"])
        #expect(result.status == 2)
        #expect(Self.rows(result.error).count == 1, "stderr: \(result.error)")
        #expect(result.error.contains("--bogus"), "stderr: \(result.error)")
        #expect(result.output.isEmpty, "stdout: \(result.output)")
    }

    @Test("an impossible --today (2021-02-30) gives one line and status 2")
    func impossibleDate() throws {
        let result = try Self.run(["register", "--today", "2021-02-30"])
        #expect(result.status == 2)
        #expect(Self.rows(result.error).count == 1, "stderr: \(result.error)")
        #expect(result.error.contains("--today"), "stderr: \(result.error)")
        #expect(result.output.isEmpty, "stdout: \(result.output)")
    }

    @Test("without a terminal on standard input: one line naming it, a non-zero status, no escapes")
    func noTerminal() throws {
        // Standard input from /dev/null, output to pipes: nothing here is a TTY.
        let result = try Self.run(["register", "--today", "2021-09-01"])
        #expect(result.status != 0)
        #expect(Self.rows(result.error).count == 1, "stderr: \(result.error)")
        let message = result.error.lowercased()
        #expect(message.contains("standard input") || message.contains("stdin"), "stderr: \(result.error)")
        #expect(message.contains("tty") || message.contains("terminal"), "stderr: \(result.error)")
        #expect(!result.standardOutput.contains(0x1B), "escape sequences on stdout: \(result.output.debugDescription)")
        #expect(!result.standardError.contains(0x1B), "escape sequences on stderr: \(result.error.debugDescription)")
    }

    @Test("TERM=dumb under tmux: one line saying so, then plain line mode that draws nothing")
    func dumbTerminal() async throws {
        let tmux = try TmuxSession(arguments: ["register", "--today", "2021-09-01"], term: "dumb", recordOutput: true)
        // The notice, then the first page as plain lines (documented in --help).
        let shown = try await tmux.poll("plain line mode on step 1", capture: { try tmux.captureHistory() },
                                        until: { $0.contains("Step 1 of 9") })
        let rows = shown.lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let before = rows.prefix { !$0.contains("Step 1 of 9") }
        #expect(before.count == 1, "one line before the first page: \(Array(before))")
        #expect(before.first?.contains("TERM=dumb") == true, "the line names TERM=dumb: \(Array(before))")
        #expect(!shown.contains("┌"), "drew a frame:\(shown)")

        // Ctrl-D ends the input: the run stops with status 1 and the terminal as it was.
        try tmux.sendKeys("C-d")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1, "\(ending)")
        expectRestored(ending)
        // Not one escape sequence reached the terminal (no alternate screen, no cursor moves).
        let raw = try await tmux.poll("the recorded output to end", capture: { tmux.recordedOutput() },
                                      until: { String(decoding: $0, as: UTF8.self).contains(TmuxSession.endMarker) })
        #expect(!raw.contains(0x1B), "escape sequences sent: \(String(decoding: raw, as: UTF8.self).debugDescription)")
    }
}
