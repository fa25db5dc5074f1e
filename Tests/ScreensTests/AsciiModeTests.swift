import Testing
import WizardEngine
@testable import Screens

/// `--ascii`: every symbol on screen is plain ASCII, while what a person typed stays as typed.
@Suite struct AsciiModeTests {
    @Test func everyPageAndTheHelpAreAsciiButTypedTextIsKept() {
        var w = RegisterWalk.filledForm()
        w.glyphs = .ascii
        w.tab(to: .field("firstName"))
        let form = w.frame.text
        #expect(form.contains("José"), "typed accents stay")
        let symbols = form.unicodeScalars.filter { $0.value > 0x7E }.map { String($0) }
        #expect(Set(symbols).isSubset(of: ["é", "\\u{301}", "山", "田"]), "\(Set(symbols))")
        w.press(.function(1))
        let help = w.frame.text
        #expect(help.unicodeScalars.allSatisfy { $0.value < 0x7F || "é山田\\u{301}".unicodeScalars.contains($0) }, "\(help)")
        w.press(.escape)
        w.press(.control("n"))
        RegisterWalk.fillSecurity(&w)
        w.press(.control("n"))
        w.press(.control("n"))
        #expect(w.frame.text.unicodeScalars.allSatisfy { $0.value < 0x7F }, "\(w.frame.text)")
    }
}
