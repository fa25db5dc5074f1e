import WizardEngine

/// Eight security questions. The real list was not found (domain.md marks it A): these are
/// plausible stand-ins of the usual kind.
enum SecurityQuestions {
    static let options: [ChoiceOption] = [
        "What was the name of your first pet?",
        "In what city were you born?",
        "What was the make of your first car?",
        "What was the name of your elementary school?",
        "What is the name of the street you grew up on?",
        "What was your childhood nickname?",
        "What was the mascot of your high school?",
        "In what city did your parents meet?",
    ].map { ChoiceOption($0) }
}
