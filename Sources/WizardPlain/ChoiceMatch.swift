import WizardEngine

/// Finds the entry of a list that a typed line names: its number, its value or label, or the
/// start of its label when only one entry starts that way ("mass" for Massachusetts).
enum ChoiceMatch: Equatable {
    case found(ChoiceOption)
    case several([ChoiceOption])
    case none

    init(_ text: String, in options: [ChoiceOption]) {
        let typed = text.trimmingSpaces
        if let number = Int(typed), options.indices.contains(number - 1) {
            self = .found(options[number - 1])
            return
        }
        if let option = AnswerChecker.match(typed, in: options) {
            self = .found(option)
            return
        }
        let lowered = typed.lowercased()
        let starting = options.filter {
            $0.label.lowercased().hasPrefix(lowered) || $0.displayLabel.lowercased().hasPrefix(lowered)
        }
        switch starting.count {
        case 0: self = .none
        case 1: self = .found(starting[0])
        default: self = .several(starting)
        }
    }
}
