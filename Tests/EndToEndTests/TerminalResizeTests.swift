import Foundation
import Testing

/// Window sizes on the built binary: too small, back again, and huge.
@Suite("Terminal: sizes and resizing, under tmux")
struct TerminalResizeTests {
    static let arguments = ["register", "--today", "2021-09-01", "--seed", "42"]

    @Test("down to 40x10 mid-typing: the size message; typing goes on; back to 80x24 with nothing lost")
    func downTo40x10AndBack() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.walkToRegistrationForm()
        try await tmux.focus(on: "First Name")
        try tmux.type("Jos")
        try await tmux.waitForFocusedField(showing: "Jos")

        try tmux.resize(columns: 40, rows: 10)
        let small = try await tmux.waitFor("the window-size message") {
            $0.prose.contains("at least 60×18") && $0.prose.contains("40×10")
        }
        #expect(small.prose.contains("nothing you typed is lost"), "\(small)")
        #expect(!small.text.contains("┌"), "no page squeezed into 40x10:\(small)")
        try tmux.type("é Luis")  // typed while the window is too small

        try tmux.resize(columns: 80, rows: 24)
        let back = try await tmux.waitFor("the form back at 80x24") {
            $0.frameSize.map { $0 == (80, 24) } == true && $0.focusedLine?.contains("[José Luis ") == true
        }
        #expect(back.focusedLabel?.hasPrefix("First Name") == true, "\(back)")
        #expect(back.contains("Step 4 of 9"))
    }

    @Test("at 200x60 the page is centred at 100x50 rather than stretched")
    func hugeWindowCentresThePage() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments, columns: 200, rows: 60)
        let screen = try await tmux.waitForStep(1)
        let top = try #require(screen.lines.firstIndex { $0.contains("┌") }, "\(screen)")
        let bottom = try #require(screen.lines.lastIndex { $0.contains("└") }, "\(screen)")
        #expect(top == 5 && bottom == 54, "rows \(top)...\(bottom)")
        let row = screen.lines[top]
        #expect(PaneScreen.displayColumn(of: "┌", in: row) == 50, "\(row)")
        #expect(PaneScreen.displayColumn(of: "┐", in: row) == 149, "\(row)")
    }
}
