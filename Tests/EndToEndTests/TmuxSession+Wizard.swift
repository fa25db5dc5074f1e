import Foundation

/// Moving around a pacer-prep page the way a person does, with the keys of the footer, and
/// reading the focus back from the screen ("▸" marks the focused field; buttons and menu items
/// are drawn in reverse video).
extension TmuxSession {
    /// Waits for the page of step `step` ("Step n of 9" in the frame's title).
    @discardableResult
    func waitForStep(_ step: Int, of steps: Int = 9) async throws -> PaneScreen {
        try await waitFor(text: "Step \(step) of \(steps)")
    }

    /// Presses Tab until the row marked "▸" starts with `label` after the mark ("Password" is
    /// not "Confirm Password"; a link is "› Attorney Filers", a button "[ Suggest one ]").
    func focus(on label: String, maxPresses: Int = 45) async throws {
        for _ in 0..<maxPresses {
            if try capture().focusedLabel?.hasPrefix(label.precomposedStringWithCanonicalMapping) == true { return }
            try await press("Tab")
        }
        throw Timeout(waitingFor: "the focus to reach \"\(label)\" with Tab", screen: try capture())
    }

    /// Presses Tab until the button or menu item `text` (e.g. "[ Finish ]") is in reverse video.
    func focusHighlighted(_ text: String, maxPresses: Int = 45) async throws {
        for _ in 0..<maxPresses {
            if try isHighlighted(text) { return }
            try await press("Tab")
        }
        throw Timeout(waitingFor: "\"\(text)\" to be highlighted", screen: try capture())
    }

    /// Tabs to the text field `label`, types `text` and waits until the field shows it (or its
    /// end, when the field scrolled to keep the cursor in view).
    func fill(_ label: String, with text: String) async throws {
        try await focus(on: label)
        try type(text)
        let typed = text.precomposedStringWithCanonicalMapping
        try await waitFor("the focused field to show \"\(text)\"") { screen in
            guard let row = screen.focusedLine else { return false }
            let shown = Self.fieldContent(row.precomposedStringWithCanonicalMapping)
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            return shown == typed || (shown.count >= 8 && typed.hasSuffix(shown))
        }
    }

    /// The text between the first "[" and the next "]" of `row`: what a field shows.
    static func fieldContent(_ row: String) -> String {
        guard let open = row.firstIndex(of: "["), let close = row[open...].firstIndex(of: "]") else { return "" }
        return String(row[row.index(after: open)..<close])
    }

    /// Tabs to the password-like field `label`, types `secret` and waits for one mask glyph a character.
    func fillSecret(_ label: String, with secret: String) async throws {
        try await focus(on: label)
        try type(secret)
        try await waitForFocusedField(showing: String(repeating: "•", count: secret.count))
    }

    /// Waits until the focused row shows a field whose text starts with `text`.
    func waitForFocusedField(showing text: String) async throws {
        try await waitFor("the focused field to show \"\(text)\"") {
            $0.focusedLine?.precomposedStringWithCanonicalMapping
                .contains("[" + text.precomposedStringWithCanonicalMapping) == true
        }
    }

    /// Tabs to the list `label` and presses `key` (Right, or a letter) until it shows `value`.
    func choose(_ label: String, _ value: String, with key: String = "Right", maxPresses: Int = 80) async throws {
        try await focus(on: label)
        for _ in 0..<maxPresses {
            if try capture().focusedLine?.contains(value) == true { return }
            try await press(key)
        }
        throw Timeout(waitingFor: "\(label) to show \(value)", screen: try capture())
    }

    /// Whether `text` is on screen in reverse video (the focus of buttons and menu items).
    func isHighlighted(_ text: String) throws -> Bool {
        for row in try captureStyled().split(separator: "\n") {
            var searchStart = row.startIndex
            while let range = row.range(of: text, range: searchStart..<row.endIndex) {
                if Self.reverseVideo(before: row[..<range.lowerBound]) { return true }
                searchStart = range.upperBound
            }
        }
        return false
    }

    /// Whether the SGR sequences right before the end of `prefix` turn reverse video on.
    static func reverseVideo(before prefix: Substring) -> Bool {
        var prefix = prefix
        var parameters: [[Int]] = []
        while prefix.hasSuffix("m"), let escape = prefix.lastIndex(of: "\u{1B}") {
            let sequence = prefix[escape...]
            let body = sequence.dropFirst(2).dropLast()
            guard sequence.hasPrefix("\u{1B}["), body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") })
            else { break }
            parameters.append(body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 })
            prefix = prefix[..<escape]
        }
        for list in parameters {
            var index = 0
            while index < list.count {
                switch list[index] {
                case 7: return true
                case 38, 48: index += (index + 1 < list.count && list[index + 1] == 2) ? 5 : 3
                default: index += 1
                }
            }
        }
        return false
    }
}
