/// Word wrapping by display width, so CJK text wraps where it would on screen.
public enum TextWrap {
    /// Breaks `text` into lines of at most `width` cells, at spaces where possible; a word longer
    /// than a line is cut. Explicit newlines start new lines.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { result.append(line) }
                while wordWidth > width {
                    let (head, tail) = split(word, at: width)
                    result.append(head)
                    word = tail
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// The longest prefix of `word` that fits in `width` cells, and the rest.
    static func split(_ word: String, at width: Int) -> (String, String) {
        var used = 0
        var head = ""
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width, !head.isEmpty { break }
            head.append(character)
            used += characterWidth
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }

    /// `text` cut to `width` cells, with an ellipsis when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return String(copies: max(0, width), of: "…") }
        let head = split(text, at: width - 1).0
        // `split` keeps at least one character, which may be wide; then only the ellipsis fits.
        guard DisplayWidth.of(head) <= width - 1 else { return String(copies: width, of: "…") }
        return head + "…"
    }
}
