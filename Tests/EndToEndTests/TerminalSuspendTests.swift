import Foundation
import Testing

/// Ctrl-Z on the built binary, under a shell with job control (`bash` with `set -m`): the job
/// stops with the terminal given back, and `fg` brings the whole screen back.
@Suite("Terminal: Ctrl-Z suspends and resumes, under tmux")
struct TerminalSuspendTests {
    static let suspendedMarker = "JOB-STOPPED"

    @Test("Ctrl-Z gives the shell a usable terminal; fg redraws the page with nothing lost")
    func suspendAndResume() async throws {
        let program = try BinaryLocator.binary()
        // The job stops; the script then reports the terminal's modes and waits for a line
        // before it brings the job back with fg, whose status becomes the wrapper's.
        let script = "set -m; " + TmuxSession.shellQuoted(program) + " register --today 2021-09-01 --seed 42; "
            + "echo \(Self.suspendedMarker); stty -a; read -r line; fg"
        let tmux = try TmuxSession(arguments: ["-c", script], term: "xterm-256color", binary: "/bin/bash")
        try await tmux.walkToRegistrationForm()
        try await tmux.fill("First Name", with: "Ann")

        try tmux.sendKeys("C-z")
        let stopped = try await tmux.waitFor("the stopped job's stty report") { screen in
            guard let marker = screen.lines.firstIndex(of: Self.suspendedMarker) else { return false }
            return screen.lines[marker...].contains { $0.contains("icanon") }  // the local modes, last of stty -a
        }
        let modes = Set(stopped.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(modes.contains("icanon") && modes.contains("echo"), "the shell got the terminal in cooked mode: \(modes.sorted())")
        #expect(try tmux.display("#{alternate_on}") == "0", "still on the alternate screen while stopped")
        #expect(try tmux.display("#{cursor_flag}") == "1", "the cursor is hidden while stopped")
        #expect(try !tmux.mouseModes().isOn, "mouse reporting left on while stopped")

        try tmux.sendKeys("Enter")  // the script's read: fg follows
        let back = try await tmux.waitFor("the whole page back after fg") { screen in
            screen.frameSize.map { $0 == (80, 24) } == true && screen.contains("Step 4 of 9")
                && screen.focusedLine?.contains("[Ann ") == true && screen.contains("Tab/↓ next")
        }
        #expect(!back.contains(Self.suspendedMarker), "the shell's lines are still on screen:\(back)")
        #expect(try tmux.mouseModes().isOn, "mouse reporting is not back after fg")
        try tmux.type("e")
        try await tmux.waitForFocusedField(showing: "Anne")

        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1, "\(ending)")
        expectRestored(ending)
    }
}
