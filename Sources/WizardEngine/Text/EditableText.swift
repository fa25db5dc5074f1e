/// The contents of a one-line text field and where the cursor is in it.
///
/// Editing is kept out of the curses front end so that every key a user presses in a field can be
/// tested as plain values. The cursor counts graphemes (Swift `Character`s), never bytes or
/// scalars: "José" typed with a combining accent is four places long, Backspace removes "é" whole,
/// and the cursor can never land between a letter and its accent.
///
/// The field is one line, so line breaks and tabs that arrive in a paste become spaces and other
/// control characters are dropped.
public struct EditableText: Hashable, Sendable {
    /// What the field holds.
    public private(set) var text: String
    /// The cursor, as the number of graphemes before it: 0 is the start, `count` the end.
    public private(set) var cursor: Int
    /// The most graphemes the field accepts, or nil for no limit.
    public let maxLength: Int?

    /// A field holding `text` with the cursor at its end, where typing would continue.
    public init(_ text: String = "", maxLength: Int? = nil) {
        let line = Self.singleLine(text)
        self.text = line
        self.cursor = line.count
        self.maxLength = maxLength
    }

    /// A field holding `text` with the cursor at a given grapheme offset (clamped into range).
    public init(_ text: String, cursor: Int, maxLength: Int? = nil) {
        self.init(text, maxLength: maxLength)
        self.cursor = min(max(0, cursor), self.cursor)
    }

    /// The number of graphemes in the field.
    public var count: Int { text.count }

    /// Whether the field is empty.
    public var isEmpty: Bool { text.isEmpty }


    // MARK: - Typing and deleting

    /// Types or pastes `text` at the cursor and moves the cursor past it.
    ///
    /// A combining mark typed right after a letter joins it: the cursor then sits after the
    /// combined grapheme. When the field has a `maxLength`, only as much of `text` as fits is
    /// kept; the rest is cut off.
    /// - Returns: true when part of `text` was cut off to respect `maxLength`.
    @discardableResult
    public mutating func insert(_ text: String) -> Bool {
        replace(cursor..<cursor, with: Self.singleLine(text))
    }

    /// Backspace: removes the grapheme before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        replace((cursor - 1)..<cursor, with: "")
    }

    /// Delete: removes the grapheme under the cursor.
    public mutating func deleteForward() {
        guard cursor < count else { return }
        replace(cursor..<(cursor + 1), with: "")
    }

    /// Ctrl-U, as in a shell: removes everything before the cursor.
    public mutating func deleteToStart() {
        replace(0..<cursor, with: "")
    }

    /// Ctrl-K: removes everything from the cursor to the end.
    public mutating func deleteToEnd() {
        replace(cursor..<count, with: "")
    }

    /// Ctrl-W, as in a shell: removes the word before the cursor together with any spaces between
    /// it and the cursor. A word is a run of anything but whitespace.
    public mutating func deleteWordBackward() {
        let characters = Array(text.prefix(cursor))
        var start = characters.count
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        replace(start..<cursor, with: "")
    }

    // MARK: - Moving

    /// Left arrow: one grapheme back, stopping at the start.
    public mutating func moveLeft() { cursor = max(0, cursor - 1) }

    /// Right arrow: one grapheme on, stopping at the end.
    public mutating func moveRight() { cursor = min(count, cursor + 1) }

    /// Home or Ctrl-A.
    public mutating func moveToStart() { cursor = 0 }

    /// End or Ctrl-E.
    public mutating func moveToEnd() { cursor = count }

    // MARK: - Showing the field

    /// The part of the field that shows in `width` cells, and where the cursor is drawn.
    ///
    /// The view is worked out from the text, the cursor and the width alone, with no remembered
    /// scroll position: while the cursor (and the grapheme under it) fits, the field shows its
    /// start; once it would not, the field shows the stretch that ends at the cursor, which then
    /// sits in the rightmost columns. Widths come from `DisplayWidth`, and a wide character that
    /// does not fit whole is left out rather than cut in half.
    ///
    /// - Parameters:
    ///   - width: cells available for the field.
    ///   - mask: for secret fields, the character drawn in place of every grapheme (such as "•");
    ///     nil shows the text itself.
    /// - Returns: the text to draw, the cursor's column within it (0-based), and whether text is
    ///   hidden beyond the left or the right edge, so the caller can hint at it.
    public func window(width: Int, mask: Character? = nil)
        -> (visible: String, cursorColumn: Int, clippedLeft: Bool, clippedRight: Bool)
    {
        // Printable ASCII, what nearly every field holds, is one grapheme and one cell a byte.
        let ascii = mask == nil && text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let uniformWidth = ascii ? 1 : mask.map { DisplayWidth.of($0) } ?? 0
        let characters = ascii || mask != nil ? [] : Array(text)
        let count = ascii ? text.utf8.count : mask != nil ? text.count : characters.count
        let span = if uniformWidth > 0 {
            // Every grapheme as wide as the next: the window is worked out by arithmetic, with no
            // list of widths (the focused field's window is worked out on every key).
            Self.span(uniformWidth: uniformWidth, count: count, cursor: cursor, width: width)
        } else {
            Self.span(widths: mask.map { Array(repeating: DisplayWidth.of($0), count: count) }
                          ?? characters.map { DisplayWidth.of($0) },
                      cursor: cursor, width: width)
        }
        let visible: String
        if let mask {
            visible = String(copies: span.end - span.start, of: String(mask))
        } else if ascii {
            let bytes = text.utf8
            visible = String(text[bytes.index(bytes.startIndex, offsetBy: span.start)..<bytes.index(bytes.startIndex, offsetBy: span.end)])
        } else {
            visible = String(characters[span.start..<span.end])
        }
        return (visible, span.column, span.start > 0, span.end < count)
    }

    /// The graphemes shown (`start..<end`) and the cursor's column, walking graphemes of the given
    /// widths: while the cursor (and the grapheme under it) fits, from the start; else the stretch
    /// that ends at the cursor.
    static func span(widths: [Int], cursor: Int, width: Int) -> (start: Int, end: Int, column: Int) {
        let room = max(0, width)
        // The cursor needs a cell even at the end of the text, and two over a wide character.
        let cursorRoom = min(cursor < widths.count ? max(1, widths[cursor]) : 1, room)
        var start = 0
        var column = widths[..<cursor].reduce(0, +)
        if column + cursorRoom > room {
            start = cursor
            column = 0
            while start > 0, column + widths[start - 1] + cursorRoom <= room {
                start -= 1
                column += widths[start]
            }
        }
        var end = start
        var used = 0
        while end < widths.count, used + widths[end] <= room {
            used += widths[end]
            end += 1
        }
        return (start, end, column)
    }

    /// `span(widths:…)` for `count` graphemes all `uniformWidth` (at least 1) cells wide.
    static func span(uniformWidth: Int, count: Int, cursor: Int, width: Int) -> (start: Int, end: Int, column: Int) {
        let room = max(0, width)
        let cursorRoom = min(cursor < count ? uniformWidth : 1, room)
        var start = 0, column = cursor * uniformWidth
        if column + cursorRoom > room {
            let kept = min(cursor, max(0, room - cursorRoom) / uniformWidth)
            start = cursor - kept
            column = kept * uniformWidth
        }
        return (start, start + min(count - start, room / uniformWidth), column)
    }

    // MARK: - Internals

    /// Replaces the graphemes in `range` with `insertion` (trimmed to `maxLength`) and puts the
    /// cursor right after what was inserted.
    ///
    /// The new text is rebuilt from the text before the range, the insertion and the text after
    /// it, then counted afresh, because graphemes can join across those seams (an accent joins
    /// the letter before it). If the seam after the insertion falls inside a joined grapheme, the
    /// cursor goes after that grapheme so that it never splits one.
    /// - Returns: true when part of `insertion` was cut off.
    @discardableResult
    private mutating func replace(_ range: Range<Int>, with insertion: String) -> Bool {
        if let cut = replaceASCII(range, with: insertion) { return cut }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        let before = text[..<lower]
        let after = text[upper...]
        let pieces = Array(insertion)

        func rebuilt(keeping kept: Int) -> (text: String, seam: Int) {
            let inserted = String(pieces[..<kept])
            let joined = String(before) + inserted + String(after)
            return (joined, before.utf8.count + inserted.utf8.count)
        }

        var kept = pieces.count
        var result = rebuilt(keeping: kept)
        if let maxLength, !pieces.isEmpty, result.text.count > maxLength {
            // Find the most pieces that still fit; each extra piece adds at most one grapheme, so
            // the count grows with `kept` and a binary search finds the boundary.
            var fits = 0
            var tooMany = pieces.count
            while tooMany - fits > 1 {
                let middle = (fits + tooMany) / 2
                if rebuilt(keeping: middle).text.count <= maxLength { fits = middle } else { tooMany = middle }
            }
            kept = fits
            result = rebuilt(keeping: kept)
        }

        text = result.text
        cursor = Self.graphemes(in: text, endingAtOrAfterUTF8Offset: result.seam)
        return kept < pieces.count
    }

    /// `replace` when the text and the insertion are printable ASCII, nearly every key typed into
    /// a form: every byte is a grapheme and nothing joins across the seams, so offsets are byte
    /// offsets and the part of the insertion that fits is counted, not searched for. Nil, having
    /// changed nothing, for any other text.
    private mutating func replaceASCII(_ range: Range<Int>, with insertion: String) -> Bool? {
        func isPrintableASCII(_ string: String) -> Bool { string.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        guard isPrintableASCII(text), isPrintableASCII(insertion) else { return nil }
        let bytes = text.utf8
        let lower = bytes.index(bytes.startIndex, offsetBy: range.lowerBound)
        let upper = bytes.index(lower, offsetBy: range.count)
        let inserted = insertion.utf8.count
        let kept = maxLength.map { min(inserted, max(0, $0 - (bytes.count - range.count))) } ?? inserted
        var replaced = String(text[..<lower])
        replaced.append(contentsOf: insertion.prefix(kept))
        replaced.append(contentsOf: text[upper...])
        text = replaced
        cursor = range.lowerBound + kept
        return kept < inserted
    }

    /// How many graphemes of `text` start before the UTF-8 offset `seam`: the cursor position at
    /// the seam, or just past the grapheme that straddles it.
    private static func graphemes(in text: String, endingAtOrAfterUTF8Offset seam: Int) -> Int {
        var offset = 0
        var count = 0
        for character in text {
            if offset >= seam { break }
            offset += character.utf8.count
            count += 1
        }
        return count
    }

    /// The text made fit for one line: line breaks and tabs become spaces, other control
    /// characters (which would never be drawn) are dropped.
    private static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isLineBreakingOrControl) else { return text }
        var line = ""
        for character in text {
            if character.isNewline || character == "\t" {
                line.append(" ")
            } else if let first = character.unicodeScalars.first, isLineBreakingOrControl(first) {
                continue
            } else {
                line.append(character)
            }
        }
        return line
    }

    /// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
    private static func isLineBreakingOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
