import Testing
import WizardEngine

/// Typing into a wizard the way a person would, for tests that walk whole journeys.
extension Wizard {
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text one grapheme at a time, as a terminal delivers it.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Presses Tab until the focus is on `target`; fails the test if it never gets there.
    mutating func tab(to target: FocusTarget, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<80 {
            if state.focus == target { return }
            press(.tab)
        }
        Issue.record("focus never reached \(target) on \(state.page)", sourceLocation: sourceLocation)
    }

    mutating func fill(_ id: FieldID, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        tab(to: .field(id), sourceLocation: sourceLocation)
        type(text)
    }

    /// Changes a list by typing its first letter until the value is `value`.
    mutating func pick(_ id: FieldID, _ value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        tab(to: .field(id), sourceLocation: sourceLocation)
        for _ in 0..<80 {
            if state.value(id) == value { return }
            press(.right)
        }
        Issue.record("\(id) never became \(value)", sourceLocation: sourceLocation)
    }
}
