import Foundation
import Testing

/// Colour, monochrome and ASCII on the built binary, read back from tmux with the attributes of
/// every cell (`capture-pane -e` writes them as SGR sequences).
@Suite("Terminal: colour, NO_COLOR and --ascii, under tmux")
struct TerminalColourTests {
    static let arguments = ["register", "--today", "2021-09-01", "--seed", "42"]

    /// The registration form after Next on the empty form: required marks, errors, the focus.
    static func formWithErrors(_ tmux: TmuxSession) async throws -> (plain: PaneScreen, styled: String) {
        try await tmux.walkToRegistrationForm()
        try tmux.sendKeys("C-n")
        let plain = try await tmux.waitFor(text: "problems on this page")
        return (plain, try tmux.captureStyled())
    }

    /// A way to ask for monochrome, and what it is called in a message.
    struct Monochrome: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var environment: [String: String]
        var testDescription: String { name }
    }

    @Test("NO_COLOR and --no-color: no colour at all, yet required marks, errors and focus stand out",
          arguments: [Monochrome(name: "NO_COLOR=1", arguments: [], environment: ["NO_COLOR": "1"]),
                      Monochrome(name: "--no-color", arguments: ["--no-color"], environment: ["NO_COLOR": ""])])
    func monochrome(_ mode: Monochrome) async throws {
        let tmux = try TmuxSession(arguments: Self.arguments + mode.arguments, environment: mode.environment)
        let (plain, styled) = try await Self.formWithErrors(tmux)
        let parameters = TmuxSession.sgrParameters(in: styled)
        #expect(!TmuxSession.setsColour(parameters), "a colour under \(mode.name): \(parameters)")
        #expect(plain.contains("First Name *") && plain.contains("✗ First Name is required."), "\(plain)")
        #expect(plain.focusedLabel?.hasPrefix("First Name") == true, "\(plain)")
        // Bold for the marks and errors, reverse video for the focus, underline for links and
        // the focus: colour is never the only signal.
        let all = Set(parameters.flatMap { $0 })
        #expect(all.contains(1) && all.contains(7) && all.contains(4), "attributes used: \(all.sorted())")
        #expect(Self.attributes(before: "✗ First Name is required.", in: styled).contains(1), "the error is not bold")
        let lastName = try #require(styled.split(separator: "\n").first { $0.contains("Last Name") }, "\(styled)")
        let afterLabel = String(lastName[lastName.range(of: "Last Name")!.upperBound...])
        #expect(Self.attributes(before: "*", in: afterLabel).contains(1), "the required mark is not bold: \(afterLabel.debugDescription)")
    }

    @Test("with colour, 256-colour and 8-colour terminals both get colour",
          arguments: [("tmux-256color", true), ("xterm", false)])
    func colour(term: String, rich: Bool) async throws {
        // NO_COLOR may be set where the tests run (an empty value means colour, as no value does).
        let tmux = try TmuxSession(arguments: Self.arguments, term: term, environment: ["NO_COLOR": ""])
        let (_, styled) = try await Self.formWithErrors(tmux)
        let parameters = TmuxSession.sgrParameters(in: styled)
        #expect(TmuxSession.setsColour(parameters), "no colour on \(term): \(parameters)")
        let uses256 = parameters.contains { $0.count >= 3 && $0[0] == 38 && $0[1] == 5 }
        #expect(uses256 == rich, "\(term): \(parameters)")
    }

    @Test("--ascii draws the frame and every mark without line-drawing characters")
    func ascii() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments + ["--ascii"])
        try await tmux.waitForStep(1)
        try tmux.sendKeys("Enter")
        try await tmux.waitForStep(2)
        try await tmux.focusHighlighted("Register for an Account")
        try tmux.sendKeys("Enter")
        try await tmux.waitForStep(3)
        try tmux.sendKeys("C-n")  // refused on a page left by links: a problem on the status line
        let screen = try await tmux.waitFor("a problem marked with x") { $0.lines.contains { $0.hasPrefix("| x ") } }
        let text = screen.text
        let boxDrawing = text.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
        #expect(boxDrawing.isEmpty, "line-drawing characters: \(String(String.UnicodeScalarView(boxDrawing)))\(screen)")
        for mark in ["▸", "›", "✗", "▾", "▲", "▼", "•"] {
            #expect(!text.contains(mark), "\(mark) under --ascii:\(screen)")
        }
        #expect(screen.lines.first?.hasPrefix("+-") == true && screen.lines.contains { $0.hasPrefix("|") }, "\(screen)")
        #expect(screen.lines.contains { $0.hasPrefix("| > > PACER") }, "the ASCII focus and link marks:\(screen)")
    }

    /// The SGR parameters in force where `needle` starts in the styled capture (those of the
    /// escape sequences right before it).
    static func attributes(before needle: String, in styled: String) -> Set<Int> {
        guard let range = styled.range(of: needle) else { return [] }
        var prefix = styled[..<range.lowerBound]
        var result = Set<Int>()
        while prefix.hasSuffix("m"), let escape = prefix.lastIndex(of: "\u{1B}") {
            let body = prefix[escape...].dropFirst(2).dropLast()
            guard body.allSatisfy({ $0.isNumber || $0 == ";" }) else { break }
            result.formUnion(body.split(separator: ";").compactMap { Int($0) })
            prefix = prefix[..<escape]
        }
        return result
    }
}
