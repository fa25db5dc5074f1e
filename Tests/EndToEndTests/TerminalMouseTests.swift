import Foundation
import Testing

/// The mouse on the built binary. tmux cannot click, so each click is the report a terminal
/// writes (SGR for TERM=xterm-256color, whose terminfo asks for mode 1006; X10 for
/// TERM=tmux-256color, whose terminfo has only `kmous=\E[M`), written to the pane as input.
@Suite("Terminal: mouse, under tmux")
struct TerminalMouseTests {
    static let arguments = ["register", "--today", "2021-09-01", "--seed", "42"]

    @Test("clicks press buttons, choose menu items and links, focus fields; the wheel scrolls; off again on exit",
          arguments: ["xterm-256color", "tmux-256color"])
    func clickThroughTheFirstSteps(term: String) async throws {
        let tmux = try TmuxSession(arguments: Self.arguments, term: term)
        try await tmux.waitForStep(1)
        let modes = try tmux.mouseModes()
        #expect(modes.isOn && modes.sgr == (term == "xterm-256color"), "\(modes)")

        try tmux.click(on: "[ Next ]")
        try await tmux.waitForStep(2)
        try tmux.click(on: "Register for an Account")
        try await tmux.waitForStep(3)
        try tmux.click(on: "› Attorney Filers")
        try await tmux.waitFor(text: "Attorney Filers: attorneys")
        // The link to the form appears below the fold: the wheel brings it up.
        try tmux.wheel(up: false)
        try await tmux.waitFor(text: "› Register for a PACER account")
        try tmux.click(on: "› Register for a PACER account")
        try await tmux.waitForStep(4)

        // A click in a field focuses it (the field left is checked as Tab would); typing goes there.
        try tmux.click(on: "Last Name *")
        try await tmux.waitFor("Last Name focused") { $0.focusedLabel?.hasPrefix("Last Name") == true }
        try tmux.type("Lee")
        try await tmux.waitForFocusedField(showing: "Lee")
        // A click inside a box puts the cursor where it lands: between "L" and "ee".
        let screen = try tmux.capture()
        let row = try #require(screen.lines.firstIndex { $0.contains("Last Name *") })
        let box = try #require(PaneScreen.displayColumn(of: "[Lee", in: screen.lines[row]))
        try tmux.click(row: row, column: box + 2)
        try tmux.type("-")
        try await tmux.waitForFocusedField(showing: "L-ee")

        // Next by click validates the whole page, as Ctrl-N does.
        try tmux.click(on: "[ Next ]")
        let refused = try await tmux.waitFor(text: "problems on this page")
        #expect(refused.contains("Step 4 of 9"), "\(refused)")

        // The wheel scrolls the tall form without moving the focus.
        try tmux.click(on: "Last Name *")
        try await tmux.waitFor("Last Name focused again") { $0.focusedLabel?.hasPrefix("Last Name") == true }
        for _ in 0..<5 { try tmux.wheel(up: false) }
        let scrolled = try await tmux.waitFor(text: "more above")
        #expect(!scrolled.contains("Last Name *"), "\(scrolled)")
        try tmux.type("x")
        try await tmux.waitForFocusedField(showing: "L-xee")

        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1, "\(ending)")
        expectRestored(ending)
        #expect(try !tmux.mouseModes().isOn, "mouse reporting is still on after the exit")
    }

    @Test("a click ticks a check box and cycles a list")
    func checkBoxAndList() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments, columns: 100, rows: 50)
        try await tmux.walkToRegistrationForm()
        try tmux.click(on: "[ ] I'm not a robot", offset: 1)
        try await tmux.waitFor(text: "[x] I'm not a robot")
        try tmux.click(on: "[ Select Prefix")
        try await tmux.waitFor("the prefix list on its first entry") {
            $0.focusedLabel?.hasPrefix("Prefix") == true && !$0.contains("Select Prefix")
        }
    }

    @Test("--no-mouse leaves the mouse to the terminal: no mouse mode is asked for")
    func noMouse() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments + ["--no-mouse"], term: "xterm-256color")
        try await tmux.waitForStep(1)
        #expect(try !tmux.mouseModes().isOn)
        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        #expect(try await tmux.waitForExit().status == 1)
    }
}
