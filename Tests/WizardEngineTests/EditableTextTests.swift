import Testing
import WizardEngine

/// Types `keys` one at a time, as the terminal delivers them.
private func typed(_ keys: [String], into field: EditableText = EditableText()) -> EditableText {
    var field = field
    for key in keys { field.insert(key) }
    return field
}

@Suite struct EditableTextTests {
    // MARK: Graphemes

    @Test func accentTypedAfterItsLetterJoinsIt() {
        let field = typed(["J", "o", "s", "e", "\u{301}"])
        #expect(field.text.unicodeScalars.map(\.value) == [0x4A, 0x6F, 0x73, 0x65, 0x301])
        #expect(field.count == 4)
        #expect(field.cursor == 4)
        #expect(DisplayWidth.of(field.text) == 4)
    }

    @Test func accentTypedInTheMiddleJoinsTheLetterBeforeTheCursor() {
        var field = EditableText("abc", cursor: 2)
        let cut = field.insert("\u{301}")
        #expect(!cut)
        #expect(field.text.unicodeScalars.map(\.value) == [0x61, 0x62, 0x301, 0x63])
        #expect(field.count == 3)
        #expect(field.cursor == 2, "the cursor stays right after the accented b")
    }

    @Test func backspaceRemovesTheWholeAccentedLetter() {
        var field = typed(["J", "o", "s", "e", "\u{301}"])
        field.deleteBackward()
        #expect(field.text.unicodeScalars.map(\.value) == [0x4A, 0x6F, 0x73])
        #expect(field.cursor == 3)
    }

    @Test func arrowsStepOverAGraphemeAsOnePlace() {
        var field = typed(["J", "o", "s", "e", "\u{301}", "!"])
        field.moveLeft()
        field.moveLeft()
        #expect(field.cursor == 3)
        field.deleteForward()
        #expect(field.text == "Jos!")
        #expect(field.cursor == 3)
    }

    @Test func anEmojiSequenceIsDeletedWhole() {
        var field = EditableText("hi 👩‍👩‍👧")
        #expect(field.count == 4)
        field.deleteBackward()
        #expect(field.text == "hi ")
    }

    @Test func wideCharactersCountOncePerGraphemeAndTwicePerCell() {
        var field = typed(["山", "田"])
        #expect(field.count == 2)
        #expect(DisplayWidth.of(field.text) == 4)
        field.moveLeft()
        field.insert("本")
        #expect(field.text == "山本田")
        #expect(field.cursor == 2)
    }

    // MARK: Moving and deleting

    @Test func movementStopsAtBothEnds() {
        var field = EditableText("ab")
        field.moveRight()
        #expect(field.cursor == 2)
        field.moveToStart()
        #expect(field.cursor == 0)
        field.moveLeft()
        #expect(field.cursor == 0)
        field.deleteBackward()
        #expect(field.text == "ab")
        field.moveToEnd()
        #expect(field.cursor == 2)
        field.deleteForward()
        #expect(field.text == "ab")
    }

    @Test func controlUDeletesEverythingBeforeTheCursor() {
        var field = EditableText("hello world", cursor: 6)
        field.deleteToStart()
        #expect(field.text == "world")
        #expect(field.cursor == 0)
    }

    @Test func controlKDeletesEverythingFromTheCursorOn() {
        var field = EditableText("hello world", cursor: 5)
        field.deleteToEnd()
        #expect(field.text == "hello")
        #expect(field.cursor == 5)
    }

    @Test func controlWDeletesTheWordBeforeTheCursorAndTheSpacesAfterIt() {
        var field = EditableText("pacer user  ")
        field.deleteWordBackward()
        #expect(field.text == "pacer ")
        #expect(field.cursor == 6)
        field.deleteWordBackward()
        #expect(field.text == "")
        #expect(field.cursor == 0)

        var middle = EditableText("one two three", cursor: 7)
        middle.deleteWordBackward()
        #expect(middle.text == "one  three")
        #expect(middle.cursor == 4)
    }

    @Test func initialCursorIsClampedIntoTheText() {
        #expect(EditableText("abc", cursor: 9).cursor == 3)
        #expect(EditableText("abc", cursor: -2).cursor == 0)
        #expect(EditableText("abc").cursor == 3)
    }

    @Test func pastedLineBreaksBecomeSpacesAndControlsDisappear() {
        var field = EditableText()
        field.insert("1 Court\nSt\tApt\u{7} 2\r\n")
        #expect(field.text == "1 Court St Apt 2 ")
        #expect(field.cursor == 17)
    }

    // MARK: Length limit

    @Test func insertCutsWhatDoesNotFitAndSaysSo() {
        var field = EditableText("", maxLength: 5)
        let firstCut = field.insert("abcdefg")
        #expect(firstCut)
        #expect(field.text == "abcde")
        #expect(field.cursor == 5)
        let secondCut = field.insert("x")
        #expect(secondCut)
        #expect(field.text == "abcde")
    }

    @Test func insertThatFitsIsNotReportedAsCut() {
        var field = EditableText("", maxLength: 5)
        let firstCut = field.insert("abc")
        let secondCut = field.insert("de")
        #expect(!firstCut && !secondCut)
        #expect(field.text == "abcde")
    }

    @Test func accentStillJoinsAFullField() {
        var field = EditableText("Jose", maxLength: 4)
        let cut = field.insert("\u{301}")
        #expect(!cut)
        #expect(field.count == 4)
        #expect(field.text.unicodeScalars.count == 5)
    }

    @Test func insertInTheMiddleKeepsOnlyTheFirstPiecesThatFit() {
        var field = EditableText("abcd", cursor: 2, maxLength: 5)
        let cut = field.insert("XYZ")
        #expect(cut)
        #expect(field.text == "abXcd")
        #expect(field.cursor == 3)
    }

    // MARK: Horizontal scrolling

    @Test func shortTextShowsWholeFromTheStart() {
        let view = EditableText("abc", cursor: 1).window(width: 10)
        #expect(view.visible == "abc")
        #expect(view.cursorColumn == 1)
        #expect(!view.clippedLeft)
        #expect(!view.clippedRight)
    }

    @Test func cursorPastTheWidthShowsTheTailEndingAtTheCursor() {
        let view = EditableText("abcdefghij").window(width: 5)
        #expect(view.visible == "ghij")
        #expect(view.cursorColumn == 4)
        #expect(view.clippedLeft)
        #expect(!view.clippedRight)
    }

    @Test func textBeyondTheRightEdgeIsClipped() {
        let view = EditableText("abcdefghij", cursor: 0).window(width: 4)
        #expect(view.visible == "abcd")
        #expect(view.cursorColumn == 0)
        #expect(!view.clippedLeft)
        #expect(view.clippedRight)
    }

    @Test func wideCharactersAreNeverSplit() {
        let start = EditableText("ab山田cd", cursor: 0).window(width: 5)
        #expect(start.visible == "ab山")
        #expect(start.clippedRight)

        let end = EditableText("山田").window(width: 3)
        #expect(end.visible == "田")
        #expect(end.cursorColumn == 2)
        #expect(end.clippedLeft)
    }

    @Test func aWideCharacterUnderTheCursorGetsBothItsCells() {
        let view = EditableText("abc山", cursor: 3).window(width: 4)
        #expect(view.visible == "bc山")
        #expect(view.cursorColumn == 2)
        #expect(view.clippedLeft)
        #expect(!view.clippedRight)
    }

    @Test func cursorIsVisibleForEveryPositionAndWidth() {
        let text = "José 山田 한국 x"
        let characters = Array(text)
        for width in 1...14 {
            for cursor in 0...characters.count {
                let field = EditableText(text, cursor: cursor)
                let view = field.window(width: width)
                let shown = Array(view.visible)
                #expect(DisplayWidth.of(view.visible) <= width, "width \(width), cursor \(cursor)")
                #expect(view.cursorColumn >= 0 && view.cursorColumn < width, "width \(width), cursor \(cursor)")
                // The visible text is one stretch of the field that contains the cursor, and the
                // cursor column is the width of what comes before the cursor in it.
                let start = (0...characters.count).first { start in
                    start + shown.count <= characters.count
                        && Array(characters[start..<(start + shown.count)]) == shown
                        && (start...(start + shown.count)).contains(cursor)
                        && DisplayWidth.of(String(characters[start..<cursor])) == view.cursorColumn
                        && view.clippedLeft == (start > 0)
                        && view.clippedRight == (start + shown.count < characters.count)
                }
                #expect(start != nil, "width \(width), cursor \(cursor): \(view)")
            }
        }
    }

    @Test func secretFieldsShowOneMaskPerGrapheme() {
        let field = EditableText("Pässwörd山1")
        let whole = field.window(width: 20, mask: "•")
        #expect(whole.visible == String(repeating: "•", count: 10))
        #expect(whole.cursorColumn == 10)

        let narrow = field.window(width: 5, mask: "•")
        #expect(narrow.visible == "••••")
        #expect(narrow.cursorColumn == 4)
        #expect(narrow.clippedLeft)
        #expect(!narrow.visible.contains("d"))
    }

    @Test func zeroWidthShowsNothing() {
        let view = EditableText("abc", cursor: 1).window(width: 0)
        #expect(view.visible == "")
        #expect(view.cursorColumn == 0)
        #expect(view.clippedLeft)
        #expect(view.clippedRight)
    }
}
