import Testing
@testable import WizardEngine

/// A text box whose every grapheme is as wide as the next (ASCII, or masked) has its window
/// worked out by arithmetic; these tests hold it to the cell-by-cell walk any other text takes.
@Suite struct TextBoxWindowTests {
    @Test(arguments: ["", "a", "hello", "jose@example.com", "0123456789abcdefghijklmnopqrstuvwxyz"])
    func asciiMatchesTheCellByCellWalk(text: String) {
        for cursor in 0...text.count {
            for width in 0...40 {
                let box = EditableText(text, cursor: cursor)
                let shown = box.window(width: width)
                let walked = Self.walk(Array(text).map(String.init), widths: Array(repeating: 1, count: text.count),
                                       cursor: cursor, width: width)
                #expect(shown.visible == walked.visible && shown.cursorColumn == walked.column
                        && shown.clippedLeft == walked.left && shown.clippedRight == walked.right,
                        "cursor \(cursor), width \(width)")
            }
        }
    }

    @Test(arguments: ["", "x", "Practice-2021", "山田 José"])
    func maskedMatchesTheCellByCellWalk(text: String) {
        let count = text.count
        for cursor in 0...count {
            for width in 0...20 {
                let shown = EditableText(text, cursor: cursor).window(width: width, mask: "•")
                let walked = Self.walk(Array(repeating: "•", count: count), widths: Array(repeating: 1, count: count),
                                       cursor: cursor, width: width)
                #expect(shown.visible == walked.visible && shown.cursorColumn == walked.column
                        && shown.clippedLeft == walked.left && shown.clippedRight == walked.right,
                        "cursor \(cursor), width \(width)")
            }
        }
    }

    /// The window as `EditableText.window` describes it, walked a grapheme at a time.
    static func walk(_ graphemes: [String], widths: [Int], cursor: Int, width: Int)
        -> (visible: String, column: Int, left: Bool, right: Bool) {
        let room = max(0, width)
        let cursorRoom = min(cursor < graphemes.count ? max(1, widths[cursor]) : 1, room)
        var start = 0, column = widths[..<cursor].reduce(0, +)
        if column + cursorRoom > room {
            start = cursor
            column = 0
            while start > 0, column + widths[start - 1] + cursorRoom <= room {
                start -= 1
                column += widths[start]
            }
        }
        var end = start, used = 0
        while end < graphemes.count, used + widths[end] <= room {
            used += widths[end]
            end += 1
        }
        return (graphemes[start..<end].joined(), column, start > 0, end < graphemes.count)
    }
}
