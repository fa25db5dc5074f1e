import Testing
import WizardEngine

/// The curses front end's way in: keys, one at a time. Tests compare what plain mode prints
/// with what the same values typed as keys leave in the state.
extension Wizard {
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Presses Tab until the focus is on `target`.
    mutating func tab(to target: FocusTarget, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<80 {
            if state.focus == target { return }
            press(.tab)
        }
        Issue.record("focus never reached \(target) on \(state.page)", sourceLocation: sourceLocation)
    }

    /// From journey R's home page to its registration form, by keys.
    mutating func keysToRegistrationForm() {
        press(.enter)
        tab(to: .menu(3))
        press(.enter)
        tab(to: .field("kind.attorney"))
        press(.enter)
        tab(to: .field("register.start"))
        press(.enter)
    }
}
