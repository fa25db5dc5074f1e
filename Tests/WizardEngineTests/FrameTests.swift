import Testing
@testable import WizardEngine

/// `Frame.put` and `Frame.text`: the grid the front end copies to the terminal and snapshots read.
@Suite struct FrameTests {
    static func frame(_ columns: Int, _ rows: Int = 1) -> Frame {
        Frame(size: TerminalSize(columns: columns, rows: rows))
    }

    @Test func aNewFrameIsBlank() {
        let frame = Self.frame(4, 3)
        #expect(frame.cells.count == 12)
        #expect(frame.cells.allSatisfy { $0 == .blank })
        #expect(frame.cursor == nil)
        #expect(frame.text == "\n\n")
    }

    @Test func asciiByteNamesOnlyCellsOfOnePrintableASCIICharacter() {
        var frame = Self.frame(8)
        frame.put("a", row: 0, column: 0, style: Styles.focusedLabel)
        frame.put("é─界e\u{301}", row: 0, column: 1)
        #expect(frame.asciiByte(row: 0, column: 0) == UInt8(ascii: "a"))
        #expect(frame.style(row: 0, column: 0) == Styles.focusedLabel)
        #expect(frame.asciiByte(row: 0, column: 1) == nil)  // é
        #expect(frame.asciiByte(row: 0, column: 2) == nil)  // a box-drawing rule
        #expect(frame.asciiByte(row: 0, column: 3) == nil)  // the wide character
        #expect(frame.asciiByte(row: 0, column: 4) == nil)  // its right half
        #expect(frame.asciiByte(row: 0, column: 5) == nil)  // e and a combining accent: a cluster
        #expect(frame.asciiByte(row: 0, column: 6) == UInt8(ascii: " "))
        #expect(frame.style(row: 0, column: 6) == .plain)
    }

    @Test func putWritesOneCellPerCharacterAndReturnsTheNextColumn() {
        var frame = Self.frame(10, 2)
        let style = CellStyle(.error, .bold)
        let end = frame.put("abc", row: 1, column: 2, style: style)
        #expect(end == 5)
        #expect(frame[1, 2] == Frame.Cell("a", style))
        #expect(frame[1, 3] == Frame.Cell("b", style))
        #expect(frame[1, 4] == Frame.Cell("c", style))
        #expect(frame[1, 5] == .blank)
        #expect(frame.text == "\n  abc")
    }

    @Test func putIsClippedAtTheLimitAndTheEdge() {
        var frame = Self.frame(6)
        #expect(frame.put("abcdef", row: 0, column: 0, limit: 3) == 3)
        #expect(frame.lineText(0) == "abc")
        var edge = Self.frame(6)
        #expect(edge.put("abcdefgh", row: 0, column: 3) == 6)
        #expect(edge.lineText(0) == "   abc")
        var limitBeyondEdge = Self.frame(4)
        #expect(limitBeyondEdge.put("abcdefgh", row: 0, column: 0, limit: 99) == 4)
    }

    @Test func putOutsideTheRowsIsIgnored() {
        var frame = Self.frame(4, 2)
        #expect(frame.put("ab", row: 2, column: 1) == 1)
        #expect(frame.put("ab", row: -1, column: 0) == 0)
        #expect(frame.text == "\n")
    }

    @Test func putFromANegativeColumnShowsOnlyWhatIsOnScreen() {
        var frame = Self.frame(4)
        #expect(frame.put("abc", row: 0, column: -1) == 2)
        #expect(frame.lineText(0) == "bc")
        var wide = Self.frame(4)
        wide.put("日本", row: 0, column: -1)
        #expect(wide[0, 0] == .blank, "half of 日 is off screen, so none of it is drawn")
        #expect(wide[0, 1].text == "本")
    }

    @Test func aWideCharacterOccupiesTwoCells() {
        var frame = Self.frame(10)
        let end = frame.put("日本", row: 0, column: 1)
        #expect(end == 5)
        #expect(frame[0, 1].text == "日")
        #expect(frame[0, 2].isContinuation)
        #expect(frame[0, 3].text == "本")
        #expect(frame[0, 4].isContinuation)
        #expect(frame[0, 5] == .blank)
        #expect(frame.lineText(0) == " 日本")
    }

    @Test func aWideCharacterIsNotSplitAtTheEdge() {
        var frame = Self.frame(5)
        let end = frame.put("ab日本", row: 0, column: 0)
        #expect(end == 4)
        #expect(frame[0, 4] == .blank, "本 needs two cells and only one is left")
        #expect(frame.lineText(0) == "ab日")
        #expect(frame.cells.filter(\.isContinuation).count == 1)

        var limited = Self.frame(10)
        #expect(limited.put("日本", row: 0, column: 0, limit: 3) == 2)
        #expect(limited[0, 2] == .blank)
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var frame = Self.frame(10)
        let end = frame.put("Jose\u{301} Ñu\u{303}", row: 0, column: 0)
        #expect(end == 7)
        #expect(frame[0, 3].text == "e\u{301}")
        #expect(frame[0, 6].text == "u\u{303}")
        #expect(frame.lineText(0) == "Jose\u{301} Ñu\u{303}")
        var wide = Self.frame(10)
        #expect(wide.put("か\u{3099}き", row: 0, column: 0) == 4)
        #expect(wide[0, 0].text == "か\u{3099}")
        #expect(wide[0, 1].isContinuation)
    }

    @Test func aZeroWidthCharacterAfterAWideOneJoinsTheWideCell() {
        // U+200B is a grapheme of its own with no width: it must join 日's cell, not fill the
        // continuation cell (which would then no longer read as the right half of 日).
        var frame = Self.frame(10)
        #expect(DisplayWidth.of("\u{200B}" as Character) == 0)
        let end = frame.put("日\u{200B}本", row: 0, column: 0)
        #expect(end == 4)
        #expect(frame[0, 1].isContinuation)
        #expect(frame[0, 0].text == "日\u{200B}")
        #expect(frame[0, 2].text == "本")
    }

    @Test func writingOverHalfAWideCharacterClearsTheOtherHalf() {
        // An overlay's border drawn over page text lands on either half of a wide character.
        var right = Self.frame(6)
        right.put("日本", row: 0, column: 0)
        right.put("|", row: 0, column: 1)
        #expect(right[0, 0] == .blank, "the left half of 日 cannot stay without its right half")
        #expect(right.lineText(0) == " |本")

        var left = Self.frame(6)
        left.put("日本", row: 0, column: 0)
        left.put("|", row: 0, column: 2)
        #expect(!left[0, 3].isContinuation, "the right half of 本 cannot stay without its left half")
        #expect(left.lineText(0) == "日|")
        // Every row still reads as wide as the screen: what snapshots and curses rely on.
        #expect(DisplayWidth.of(left.lineText(0)) <= 6)
    }

    @Test func textTrimsTrailingSpacesButKeepsLeadingOnes() {
        var frame = Self.frame(8, 3)
        frame.put("ab  ", row: 0, column: 0)
        frame.put("  x ", row: 1, column: 0)
        #expect(frame.lineText(0) == "ab")
        #expect(frame.lineText(1) == "  x")
        #expect(frame.lineText(2) == "")
        #expect(frame.text == "ab\n  x\n")
    }

    @Test func paintChangesStyleNotText() {
        var frame = Self.frame(6)
        frame.put("abcdef", row: 0, column: 0)
        let style = CellStyle(.focus, .reverse)
        frame.paint(row: 0, from: 1, to: 3, style: style)
        #expect(frame[0, 0].style == .plain)
        #expect(frame[0, 1] == Frame.Cell("b", style))
        #expect(frame[0, 2] == Frame.Cell("c", style))
        #expect(frame[0, 3].style == .plain)
        #expect(frame.lineText(0) == "abcdef")
    }

    @Test func rowGivesTheCellsOfOneRow() {
        var frame = Self.frame(3, 2)
        frame.put("xyz", row: 1, column: 0)
        #expect(frame.row(1).map(\.text) == ["x", "y", "z"])
        #expect(frame.row(0).allSatisfy { $0 == .blank })
    }
}
