import Testing
@testable import WizardEngine

/// Word wrapping and truncation by display width, as the body and the overlays use them.
@Suite struct TextWrapTests {
    @Test func wrapsAtSpaces() {
        #expect(TextWrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(TextWrap.lines("the quick brown fox", width: 8) == ["the", "quick", "brown", "fox"])
    }

    @Test func aLineThatFitsIsKeptWhole() {
        #expect(TextWrap.lines("abc def", width: 7) == ["abc def"])
        #expect(TextWrap.lines("abc def", width: 100) == ["abc def"])
    }

    @Test func aWordLongerThanALineIsCut() {
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("ab cdefghij", width: 4) == ["ab", "cdef", "ghij"])
        #expect(TextWrap.lines("pacer.uscourts.gov/register", width: 10) == ["pacer.usco", "urts.gov/r", "egister"])
    }

    @Test func explicitNewlinesStartNewLines() {
        #expect(TextWrap.lines("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(TextWrap.lines("one two\nthree", width: 20) == ["one two", "three"])
    }

    @Test func runsOfSpacesCollapse() {
        #expect(TextWrap.lines("a    b", width: 10) == ["a b"])
        #expect(TextWrap.lines("   a", width: 10) == ["a"])
    }

    @Test func edgeCases() {
        #expect(TextWrap.lines("anything", width: 0) == [])
        #expect(TextWrap.lines("anything", width: -3) == [])
        #expect(TextWrap.lines("", width: 10) == [""])
    }

    @Test func wideCharactersCountTwoCells() {
        #expect(TextWrap.lines("日本語のテキスト", width: 6) == ["日本語", "のテキ", "スト"])
        #expect(TextWrap.lines("日本語のテキスト", width: 7) == ["日本語", "のテキ", "スト"])
        #expect(TextWrap.lines("東京 大阪 名古屋", width: 10) == ["東京 大阪", "名古屋"])
        #expect(TextWrap.lines("東京 大阪 名古屋", width: 8) == ["東京", "大阪", "名古屋"])
    }

    @Test func combiningMarksTakeNoRoom() {
        let jose = "Jose\u{301}"
        #expect(TextWrap.lines("\(jose) \(jose)", width: 9) == ["\(jose) \(jose)"])
        #expect(TextWrap.lines("\(jose)\(jose)", width: 4) == [jose, jose])
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13, 21, 40])
    func everyLineFitsItsWidth(width: Int) {
        let text = "Fill in the form. 名前 José Ñúñez-O’Brien works at 東京地方裁判所 since 04/17/1980; call 1-800-676-6856."
        let lines = TextWrap.lines(text, width: width)
        for line in lines where width >= 2 {
            #expect(DisplayWidth.of(line) <= width, "\"\(line)\" at width \(width)")
        }
        // Nothing is lost but the spaces where lines break.
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func truncateAddsAnEllipsisOnlyWhenSomethingIsCut() {
        #expect(TextWrap.truncate("Hello world", width: 5) == "Hell…")
        #expect(TextWrap.truncate("Hello", width: 5) == "Hello")
        #expect(TextWrap.truncate("Hello", width: 1) == "…")
        #expect(TextWrap.truncate("Hello", width: 0) == "")
        #expect(TextWrap.truncate("", width: 0) == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(TextWrap.truncate("日本語テキスト", width: 5) == "日本…")
        #expect(TextWrap.truncate("日本語テキスト", width: 4) == "日…")
        for width in 1...15 {
            #expect(DisplayWidth.of(TextWrap.truncate("日本語テキスト", width: width)) <= width)
        }
    }
}
