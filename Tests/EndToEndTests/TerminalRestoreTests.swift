import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every way out of pacer-prep leaves the terminal as the shell needs it (design §8): canonical
/// mode and echo on, the normal screen back, the cursor visible; with the promised exit status.
@Suite("Terminal restored on every exit, under tmux")
struct TerminalRestoreTests {
    @Test("Ctrl-C then y quits with status 1 and restores the terminal")
    func controlCThenYes() async throws {
        let tmux = try TmuxSession(arguments: ["register", "--today", "2021-09-01"])
        try await tmux.waitForStep(1)
        try tmux.sendKeys("Enter")
        try await tmux.waitForStep(2)
        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1, "\(ending)")
        #expect(ending.output.contains { $0.contains("quit on step 2 of 9") }, "\(ending.output)")
        expectRestored(ending)
    }

    @Test("Ctrl-C then n closes the question and keeps going with nothing lost")
    func controlCThenNo() async throws {
        let tmux = try TmuxSession(arguments: ["register", "--today", "2021-09-01"])
        try await tmux.walkToRegistrationForm()
        try await tmux.fill("First Name", with: "José")
        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("n")
        try await tmux.waitFor("the question gone, step 4 as it was") { screen in
            !screen.contains("Quit the rehearsal?") && screen.contains("Step 4 of 9")
                && screen.focusedLabel?.hasPrefix("First Name") == true
                && screen.focusedLine?.precomposedStringWithCanonicalMapping.contains("[José ") == true
        }
        // Still running and listening: typing goes on into the field, Tab moves on.
        try tmux.type("e")
        try await tmux.waitForFocusedField(showing: "Josée")
        try await tmux.press("Tab")
        let moved = try tmux.capture()
        #expect(moved.focusedLabel?.hasPrefix("Middle Name") == true, "\(moved)")
        let history = try tmux.captureHistory()
        #expect(!history.lines.contains { $0.hasPrefix(TmuxSession.exitMarker) }, "\(history)")

        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1)
        expectRestored(ending)
    }

    /// A signal sent to the pacer-prep process and the status the shell must then see.
    struct SignalCase: Sendable, CustomTestStringConvertible {
        var name: String
        var number: Int32
        var status: Int32
        var testDescription: String { "\(name) → \(status)" }
    }

    @Test("a signal ends the program with 128+N and restores the terminal",
          arguments: [SignalCase(name: "SIGTERM", number: SIGTERM, status: 143),
                      SignalCase(name: "SIGHUP", number: SIGHUP, status: 129)])
    func signal(_ signal: SignalCase) async throws {
        let tmux = try TmuxSession(arguments: ["register", "--today", "2021-09-01"])
        try await tmux.walkToRegistrationForm()
        try await tmux.fill("First Name", with: "José")
        let pid = try await tmux.programPID()
        #expect(kill(pid, signal.number) == 0)
        let ending = try await tmux.waitForExit()
        #expect(ending.status == signal.status, "\(ending)")
        expectRestored(ending)
    }
}
