import Foundation
import Testing

/// Bracketed paste on the built binary: tmux's `paste-buffer -p` wraps the text in the paste
/// markers because pacer-prep asked for them, exactly as a terminal does.
@Suite("Terminal: bracketed paste, under tmux")
struct TerminalPasteTests {
    static let arguments = ["register", "--today", "2021-09-01", "--seed", "42"]

    @Test("a paste with an escape sequence and a newline arrives cleaned in one field, and paste mode ends on exit")
    func pasteWithEscapeAndNewline() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments, recordOutput: true)
        try await tmux.walkToRegistrationForm()
        try await tmux.focus(on: "Address")
        try tmux.paste("12 Main St\u{1B}[31m\nSuite 5\u{1B}]0;pwned\u{07}")
        let pasted = try await tmux.waitFor("the cleaned paste in Address") {
            $0.focusedLine?.contains("[12 Main St Suite 5 ") == true
        }
        // One field took it all: the focus did not move, no colour code or title reached the
        // screen, and the next field is still empty.
        #expect(pasted.focusedLabel?.hasPrefix("Address") == true, "\(pasted)")
        #expect(!pasted.text.contains("[31m") && !pasted.text.contains("pwned") && !pasted.text.contains("0;"), "\(pasted)")
        #expect(try tmux.display("#{pane_title}") != "pwned")
        try await tmux.press("Tab")
        let next = try tmux.capture()
        #expect(next.focusedLabel?.hasPrefix("Room/Suite") == true, "\(next)")
        #expect(TmuxSession.fieldContent(next.focusedLine ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(next)")

        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1, "\(ending)")
        expectRestored(ending)
        let output = String(decoding: tmux.recordedOutput(), as: UTF8.self)
        let on = try #require(output.range(of: "\u{1B}[?2004h", options: .backwards), "bracketed paste was never turned on")
        let off = output.range(of: "\u{1B}[?2004l", options: .backwards)
        #expect(off.map { $0.lowerBound > on.lowerBound } == true, "bracketed paste is still on after the exit")
    }

    @Test("a paste longer than the field is cut at its limit with a message")
    func pasteLongerThanTheField() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.walkToRegistrationForm()
        try await tmux.focus(on: "First Name")
        try tmux.paste(String(repeating: "Ann", count: 20))  // 60 characters into a field of 40
        let cut = try await tmux.waitFor(text: "The paste was cut")
        #expect(cut.prose.contains("First Name takes at most 40 characters"), "\(cut)")
        #expect(cut.focusedLabel?.hasPrefix("First Name") == true, "\(cut)")
    }
}
