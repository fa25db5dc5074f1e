import Glibc
import Testing
import WizardEngine

/// glibc's own answer, which is what ncursesw uses to lay out a line.
@_silgen_name("wcwidth") func c_wcwidth(_ wc: Int32) -> Int32

/// `wcwidth` only knows multibyte characters under a UTF-8 locale; in the default "C" locale it
/// calls everything above ASCII unprintable.
private func useUTF8Locale() {
    _ = setlocale(LC_ALL, "C.UTF-8")
}

/// The scalars in `range`, every `stride`-th one, skipping the surrogate gap.
private func scalars(_ range: ClosedRange<UInt32>, every stride: UInt32 = 1) -> [Unicode.Scalar] {
    Swift.stride(from: range.lowerBound, through: range.upperBound, by: Int(stride)).compactMap(Unicode.Scalar.init)
}

/// Where `DisplayWidth` and glibc disagree, leaving out what glibc calls unprintable (-1), such as
/// controls and unassigned code points, which the engine never asks curses to draw.
private func disagreements(in sample: [Unicode.Scalar]) -> [String] {
    useUTF8Locale()
    var found: [String] = []
    for scalar in sample {
        let glibc = Int(c_wcwidth(Int32(bitPattern: scalar.value)))
        guard glibc >= 0 else { continue }
        let ours = DisplayWidth.of(scalar)
        if ours != glibc {
            found.append("U+\(String(scalar.value, radix: 16, uppercase: true)): ours \(ours), glibc \(glibc)")
        }
    }
    return found
}

@Suite struct DisplayWidthTests {
    /// A stretch of code points to compare, sampled every `stride` scalars.
    struct Block: Sendable, CustomTestStringConvertible {
        let name: String
        let range: ClosedRange<UInt32>
        var stride: UInt32 = 1
        var testDescription: String { name }
    }

    static let blocks: [Block] = [
        Block(name: "Basic Latin, Latin-1, Latin Extended", range: 0x20...0x24F),
        Block(name: "combining diacritical marks", range: 0x300...0x36F),
        Block(name: "Hangul jamo", range: 0x1100...0x11FF),
        Block(name: "general punctuation (zero-width spaces and joiners)", range: 0x2000...0x206F),
        Block(name: "CJK symbols, hiragana, katakana", range: 0x3000...0x30FF),
        Block(name: "CJK unified ideographs", range: 0x4E00...0x9FFF, stride: 17),
        Block(name: "Hangul syllables", range: 0xAC00...0xD7FF, stride: 13),
        Block(name: "variation selectors, CJK compatibility, half- and fullwidth forms", range: 0xFE00...0xFFEF),
        Block(name: "emoji and pictographs", range: 0x1F000...0x1FAFF, stride: 3),
        Block(name: "CJK extension B", range: 0x20000...0x2A6DF, stride: 997),
    ]

    @Test(arguments: blocks)
    func matchesGlibcOnSampledBlocks(_ block: Block) {
        let sample = scalars(block.range, every: block.stride)
        #expect(sample.count > 20, "the sample for \(block.name) is too small to mean anything")
        let found = disagreements(in: sample)
        #expect(found.isEmpty, "\(block.name): \(found.count) differences, first: \(found.prefix(10))")
    }

    @Test func matchesGlibcOnEveryPrintableScalar() {
        let found = disagreements(in: scalars(0x0...0x10FFFF))
        #expect(found.isEmpty, "\(found.count) differences, first: \(found.prefix(10))")
    }

    @Test func controlCharactersTakeNoRoom() {
        for value: UInt32 in [0x00, 0x07, 0x0A, 0x1B, 0x7F, 0x85, 0x9F] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of("\r\n" as Character) == 0)
    }

    @Test func formatCharactersTakeNoRoomButSoftHyphenDoes() {
        #expect(DisplayWidth.of("\u{200B}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{200D}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{FEFF}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{00AD}" as Unicode.Scalar) == 1)
    }

    @Test func graphemeTakesTheWidthOfItsFirstVisibleScalar() {
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{1100}\u{1161}" as Character) == 2, "conjoining jamo for 가")
        #expect(DisplayWidth.of("👩‍👩‍👧" as Character) == 2, "a ZWJ family is as wide as its first emoji")
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}" as Character) == 1, "glibc keeps U+2764 narrow")
        #expect(DisplayWidth.of("\u{301}" as Character) == 0, "a lone accent has nothing to draw on")
        #expect(DisplayWidth.of("\u{200D}\u{1F600}" as Character) == 2, "leading zero-width scalars are skipped")
    }

    @Test func stringsAddUpTheirGraphemes() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("PACER") == 5)
        #expect(DisplayWidth.of("Jose\u{301}") == 4)
        #expect(DisplayWidth.of("山田") == 4)
        #expect(DisplayWidth.of("山田 Taro") == 9)
        #expect(DisplayWidth.of("ＡＢＣ") == 6, "fullwidth Latin letters")
        #expect(DisplayWidth.of("한국어") == 6)
    }
}
