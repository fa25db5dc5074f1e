import Testing
@testable import WizardEngine

/// Plain text is wrapped on its bytes (`TextWrap.plainLines`); these tests hold it to what a
/// word-by-word wrap gives, the way the rest of `TextWrap` wraps any other text.
@Suite struct TextWrapByteLevelTests {
    static let texts = [
        "the quick brown fox jumps over the lazy dog",
        "one\ntwo three\n\nfour five six seven",
        "trailing newline\n",
        "\nleading newline",
        "Café déjà vu — naïve façade → résumé",
        "a b c d e f g h i j k l m n o p",
        "double  spaces fall back",
        " leading space falls back",
        "a verylongwordthatdoesnotfit here",
        "",
        "\n\n",
    ]

    @Test(arguments: texts)
    func matchesAWordByWordWrap(text: String) {
        for width in 1...45 {
            #expect(TextWrap.lines(text, width: width) == Self.wordByWord(text, width: width), "width \(width)")
        }
    }

    /// The wrap by words the issue asks for, written plainly: paragraphs at newlines, words at
    /// runs of spaces, a word longer than a line cut (every scalar here is one cell).
    static func wordByWord(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                if !line.isEmpty && line.count + 1 + word.count <= width {
                    line += " " + word
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                while word.count > width {
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }
}
