import CNcursesw
import Testing
@testable import WizardCurses

/// The pure parts of `FrameDrawer`: how a row is split into runs after a clear, and the code
/// points a cell hands to curses.
@Suite struct FrameDrawerTests {
    /// The runs `forEachRun` finds in `row`, where a space is a blank cell.
    private func runs(_ row: String, minimumGap: Int = 4, in range: Range<Int>? = nil) -> [Range<Int>] {
        let cells = Array(row)
        var found: [Range<Int>] = []
        FrameDrawer.forEachRun(in: range ?? 0..<cells.count, minimumGap: minimumGap, isBlank: { cells[$0] == " " }) {
            found.append($0)
        }
        return found
    }

    @Test func aBlankRowHasNoRuns() {
        #expect(runs("") == [])
        #expect(runs("        ") == [])
    }

    @Test func leadingAndTrailingBlanksAreLeftOut() {
        #expect(runs("  ab c  ") == [2..<6])
        #expect(runs("x") == [0..<1])
        #expect(runs("       x") == [7..<8])
    }

    @Test func gapsNarrowerThanTheMinimumStayInsideARun() {
        #expect(runs("ab   cd", minimumGap: 4) == [0..<7])
        #expect(runs("ab    cd", minimumGap: 4) == [0..<2, 6..<8])
        #expect(runs("a    b c       d", minimumGap: 4) == [0..<1, 5..<8, 15..<16])
        #expect(runs("a b", minimumGap: 1) == [0..<1, 2..<3])
    }

    @Test func onlyTheGivenColumnsAreLookedAt() {
        #expect(runs("abc    def", in: 1..<9) == [1..<3, 7..<9])
        #expect(runs("abc", in: 3..<3) == [])
    }

    /// The code points `setText` puts into a cell, and the width it reports.
    private func text(_ text: String, width: Int) -> (codes: [UInt32], width: Int32) {
        TerminalSession.useUTF8Locale()
        var cell = cchar_t()
        cell.chars = (7, 7, 7, 7, 7)  // left-overs must be cleared
        let reported = FrameDrawer.setText(text, width: width, in: &cell)
        let codes = withUnsafeBytes(of: cell.chars) { Array($0.bindMemory(to: wchar_t.self)) }
        return (codes.prefix { $0 != 0 }.map { UInt32(bitPattern: $0) }, reported)
    }

    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func aCharacterKeepsItsCombiningMarks() {
        #expect(text("─", width: 1) == (scalars("─"), 1))
        #expect(text("e\u{301}", width: 1) == (scalars("e\u{301}"), 1))
        // At most CCHARW_MAX code points: the base and four marks.
        let many = "a" + String(repeating: "\u{301}", count: 6)
        #expect(text(many, width: 1).codes == scalars("a" + String(repeating: "\u{301}", count: 4)))
    }

    @Test func aWideCharacterNeedsTwoCells() {
        #expect(text("山", width: 2) == (scalars("山"), 2))
        #expect(text("山", width: 1) == (scalars("?"), 1))
    }

    @Test func aLoneMarkGetsABaseAndAnUndrawableCharacterBecomesAQuestionMark() {
        #expect(text("\u{301}", width: 1) == (scalars(" \u{301}"), 1))
        #expect(text("\u{7}", width: 1) == (scalars("?"), 1))
        #expect(text("", width: 1) == (scalars(" "), 1))
    }
}
