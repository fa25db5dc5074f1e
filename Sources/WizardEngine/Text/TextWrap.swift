/// Word wrapping by display width, so CJK text wraps where it would on screen.
public enum TextWrap {
    /// Breaks `text` into lines of at most `width` cells, at spaces where possible; a word longer
    /// than a line is cut. Explicit newlines start new lines.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let plain = isPlain(text)
        if plain, let lines = text.utf8.withContiguousStorageIfAvailable({ plainLines(of: $0, width: width) }) ?? nil {
            return lines
        }
        var result: [String] = []
        for paragraph in paragraphs(of: text, plain: plain) {
            var line = ""
            var lineWidth = 0
            let words = plain ? pieces(of: paragraph, at: 0x20, omittingEmpty: true)
                : paragraph.split(separator: " ", omittingEmptySubsequences: true)
            for word in words {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " "
                    line += word
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

    /// `lines` of plain text (see `isPlain`) whose words are parted by single spaces, as a
    /// page's text is, worked out on its bytes: each line is a run of them, and a word's width is
    /// the count of its scalars. Nil for text with other spacing or a word longer than a line
    /// (then `lines` takes it word by word). A page's paragraphs are wrapped each time it opens.
    private static func plainLines(of bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String]? {
        var lines: [String] = []
        func line(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var lineStart = 0, lineEnd = 0, lineWidth = 0
        var wordStart = 0, wordWidth = 0
        var index = 0
        while true {
            let atEnd = index == bytes.count
            let byte: UInt8 = atEnd ? 0x0A : bytes[index]
            if byte == 0x20 || byte == 0x0A {
                if wordWidth == 0 {
                    // An empty paragraph is one empty line; any other empty word is odd spacing.
                    guard byte == 0x0A, lineWidth == 0, index == wordStart else { return nil }
                    lines.append("")
                } else {
                    guard wordWidth <= width else { return nil }
                    if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                        lineWidth += 1 + wordWidth
                    } else {
                        if lineWidth > 0 { lines.append(line(lineStart..<lineEnd)) }
                        lineStart = wordStart
                        lineWidth = wordWidth
                    }
                    lineEnd = index
                    if byte == 0x0A {
                        lines.append(line(lineStart..<lineEnd))
                        lineWidth = 0
                    }
                }
                if atEnd { return lines }
                index += 1
                wordStart = index
                wordWidth = 0
                continue
            }
            // A scalar starts at every byte that does not continue one.
            if byte & 0xC0 != 0x80 { wordWidth += 1 }
            index += 1
        }
    }

    /// `text` cut at its newlines, an empty piece between two of them.
    static func paragraphs(of text: String) -> [Substring] {
        paragraphs(of: text, plain: isPlain(text))
    }

    private static func paragraphs(of text: String, plain: Bool) -> [Substring] {
        plain ? pieces(of: text[...], at: 0x0A, omittingEmpty: false)
            : text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Whether `text` is made of newlines and scalars that stand alone in one cell (printable
    /// ASCII, Latin letters, punctuation, arrows: `DisplayWidth.isSingleCell`). There no mark can
    /// join a space or a newline, so the text is cut at those bytes without breaking it into
    /// graphemes (a page's paragraphs are wrapped each time it opens).
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }
            || text.unicodeScalars.allSatisfy { $0 == "\n" || DisplayWidth.isSingleCell($0) }
    }

    /// `text` cut at every `separator`, an ASCII byte, as `split(separator:)` cuts at that
    /// character; the same cut only where no mark can join the separator, as in plain text.
    private static func pieces(of text: Substring, at separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        var result: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == separator {
                if !(omittingEmpty && start == index) { result.append(text[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if !(omittingEmpty && start == bytes.endIndex) { result.append(text[start..<bytes.endIndex]) }
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
