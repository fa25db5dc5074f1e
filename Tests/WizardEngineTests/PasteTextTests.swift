import Testing
@testable import WizardEngine

/// Escape sequences in a paste go whole, so none of their tails reach a field.
@Suite struct PasteTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("12 Main St\u{1B}[31m red\u{1B}[0m", "12 Main St red"),
        ("\u{1B}[1;32;48;5;200mgreen", "green"),
        ("title\u{1B}]0;evil title\u{07}after", "titleafter"),
        ("link \u{1B}]8;;http://x\u{1B}\\text\u{1B}]8;;\u{1B}\\", "link text"),
        ("up\u{1B}[Adown\u{1B}OB", "updown"),
        ("charset \u{1B}(Bset", "charset set"),
        ("save\u{1B}7restore\u{1B}8", "saverestore"),
        ("cut at the end \u{1B}[3", "cut at the end "),
        ("lone escape\u{1B}", "lone escape"),
        ("8-bit \u{9B}31mCSI", "8-bit CSI"),
        ("José 山田 \u{1B}[0m", "José 山田 "),
        ("ESC then é: \u{1B}é", "ESC then é: é"),
        ("line\nbreak", "line\nbreak"),
    ])
    func escapeSequencesGoWhole(input: String, expected: String) {
        #expect(PasteText.withoutEscapes(input) == expected)
    }

    @Test func aPasteWithAnEscapeSequenceAndANewlineArrivesCleanInOneField() {
        var wizard = MiniJourney.wizardOnForm()
        wizard.send(.paste("12 Main St\u{1B}[31m\r\nSuite 5\u{1B}]0;x\u{07}\tBoston"))
        #expect(wizard.state.value("firstName") == "12 Main St Suite 5 Boston")
        #expect(wizard.state.focus == .field("firstName"))
        #expect(!wizard.frame.text.contains("[31m"))
    }
}
