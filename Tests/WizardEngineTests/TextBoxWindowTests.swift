import Testing
@testable import WizardEngine

/// A text box whose every grapheme is as wide as the next (ASCII, or masked) has its window
/// worked out by arithmetic; these tests hold it to the grapheme-by-grapheme walk that any other
/// text takes (`EditableText.span(widths:…)`).
@Suite struct TextBoxWindowTests {
    @Test(arguments: [1, 2, 3])
    func arithmeticMatchesTheWalk(uniformWidth: Int) {
        for count in 0...12 {
            for cursor in 0...count {
                for width in 0...30 {
                    let walked = EditableText.span(widths: Array(repeating: uniformWidth, count: count), cursor: cursor,
                                                   width: width)
                    let worked = EditableText.span(uniformWidth: uniformWidth, count: count, cursor: cursor, width: width)
                    #expect(worked == walked, "count \(count), cursor \(cursor), width \(width)")
                }
            }
        }
    }

    @Test func asciiAndMaskedWindowsShowWhatTheWalkSays() {
        let text = "jose@example.com"
        for cursor in 0...text.count {
            for width in 0...20 {
                let span = EditableText.span(widths: Array(repeating: 1, count: text.count), cursor: cursor, width: width)
                let plain = EditableText(text, cursor: cursor).window(width: width)
                #expect(plain.visible == String(Array(text)[span.start..<span.end]) && plain.cursorColumn == span.column)
                #expect(plain.clippedLeft == (span.start > 0) && plain.clippedRight == (span.end < text.count))
                let masked = EditableText(text, cursor: cursor).window(width: width, mask: "•")
                #expect(masked.visible == String(repeating: "•", count: span.end - span.start))
                #expect(masked.cursorColumn == span.column)
            }
        }
    }
}
