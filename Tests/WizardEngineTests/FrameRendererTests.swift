import Testing
@testable import WizardEngine

/// The frame renderer's basics: the message on a small terminal, the page box and its chrome,
/// centring on a big terminal, overlays.
@Suite struct FrameRendererTests {
    typealias M = MiniJourney

    /// The screen's text as one line of words, so a message can be found wherever it wrapped.
    static func flattened(_ frame: Frame) -> String {
        frame.text.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }.joined(separator: " ")
    }

    static func render(_ size: TerminalSize) -> Frame {
        M.wizard(size: size).frame
    }

    @Test(arguments: [(59, 24), (80, 17), (40, 10), (59, 17), (30, 12)])
    func belowTheMinimumTheScreenSaysHowBigItMustBe(columns: Int, rows: Int) {
        let frame = Self.render(TerminalSize(columns: columns, rows: rows))
        let text = Self.flattened(frame)
        #expect(text.contains("at least 60×18"), "\(text)")
        #expect(text.contains("this one is \(columns)×\(rows)"))
        #expect(text.contains("nothing you typed is lost"))
        #expect(!frame.text.contains("┌"), "no page is drawn")
        #expect(frame.size == TerminalSize(columns: columns, rows: rows))
    }

    @Test(arguments: [(0, 0), (1, 1), (2, 1), (1, 40), (200, 1), (10, 3)])
    func anyTinySizeIsSurvived(columns: Int, rows: Int) {
        var wizard = M.wizardOnForm(size: TerminalSize(columns: columns, rows: rows))
        wizard.type("Ann")
        wizard.send(.key(.tab))
        wizard.send(.key(.function(1)))
        let frame = wizard.frame
        #expect(frame.cells.count == columns * rows)
        #expect(frame.text.split(separator: "\n", omittingEmptySubsequences: false).count == max(1, rows))
        #expect(wizard.state.value("firstName") == "Ann", "nothing typed is lost")
    }

    @Test func atTheMinimumThePageIsDrawn() {
        let frame = Self.render(.minimum)
        #expect(frame[0, 0].text == "┌")
        #expect(frame[0, 59].text == "┐")
        #expect(frame[17, 0].text == "└")
        #expect(frame[17, 59].text == "┘")
        #expect(!Self.flattened(frame).contains("at least"))
    }

    @Test func theStandardScreenHasTheBrowserChrome() {
        let frame = Self.render(.standard)
        let lines = frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 24)
        #expect(lines[0].hasPrefix("┌─ Home ─"))
        #expect(lines[0].hasSuffix(" Step 1 of 3 ─┐"))
        #expect(lines[1].hasPrefix("│ address: pacer.example/home (mock) "))
        #expect(lines[1].hasSuffix(" │"))
        #expect(DisplayWidth.of(lines[1]) == 80)
        #expect(lines[2].contains("Home │ Find a Case │ Register for an Account"))
        #expect(lines[3].hasPrefix("├") && lines[3].hasSuffix("┤"))
        #expect(lines[4].contains("1. Open the PACER website and choose Register for an Account."))
        #expect(lines[22].contains("Tab/↓ next"))
        #expect(lines[22].contains("^C quit"))
        #expect(lines[23] == "└" + String(repeating: "─", count: 78) + "┘")
        #expect(frame.text.contains("› Register for a PACER account"))
        // The first menu item has the focus: drawn reversed (readable without colour).
        #expect(frame[2, 2].text == "H")
        #expect(frame[2, 2].style.attributes.contains(.reverse))
    }

    @Test func aBigScreenCentresABoxAtMostAHundredWide() {
        let frame = Self.render(TerminalSize(columns: 200, rows: 60))
        // At most 100 wide and 50 high, centred: columns 50...149, rows 5...54.
        #expect(frame[5, 50].text == "┌")
        #expect(frame[5, 149].text == "┐")
        #expect(frame[54, 50].text == "└")
        #expect(frame[54, 149].text == "┘")
        #expect(frame[5, 49] == .blank)
        #expect(frame[5, 150] == .blank)
        for row in 0..<60 {
            let line = frame.lineText(row)
            if row < 5 || row > 54 {
                #expect(line.isEmpty, "row \(row) is outside the box")
            } else {
                #expect(line.prefix(50).allSatisfy { $0 == " " }, "row \(row) starts at column 50")
                #expect(DisplayWidth.of(line) <= 150, "row \(row) ends by column 149")
            }
        }
    }

    @Test func aWideButShortScreenCentresOnlyAcross() {
        let frame = Self.render(TerminalSize(columns: 120, rows: 30))
        #expect(frame[0, 10].text == "┌")
        #expect(frame[0, 109].text == "┐")
        #expect(frame[29, 10].text == "└")
    }

    @Test func requiredFieldsCarryAStarThatNeedsNoColour() {
        let frame = M.wizardOnForm().frame
        let line = frame.text.split(separator: "\n").first { $0.contains("First Name") }
        #expect(line?.contains("First Name *") == true)
        let middle = frame.text.split(separator: "\n").first { $0.contains("Middle Name") }
        #expect(middle?.contains("*") == false)
    }

    @Test func theHelpOverlayIsDrawnOverThePage() {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.function(1)))
        let frame = wizard.frame
        #expect(frame.text.contains("Step 2: Fill in the form"))
        #expect(frame.text.contains("First Name (required)"))
        #expect(frame.text.contains("Hint: Fill in every field with a red star."))
        #expect(frame.cursor == nil, "no cursor shows through an overlay")
    }

    @Test func theQuitOverlaySaysWhatIsKept() {
        var wizard = M.wizard()
        wizard.send(.key(.control("c")))
        let text = wizard.frame.text
        #expect(text.contains("Quit the rehearsal?"))
        #expect(text.contains("never written anywhere"))
    }

    @Test func theStatusLineShowsTheNoticeAndTheButtons() {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.control("n")))
        let lines = wizard.frame.text.split(separator: "\n", omittingEmptySubsequences: false)
        let status = String(lines.first { $0.contains("[ Back ]") } ?? "")
        #expect(status.contains("✗ 9 problems on this page"))
        #expect(status.hasSuffix("[ Back ]  [ Next ] │"))
    }

}
