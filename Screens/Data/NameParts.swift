import WizardEngine

/// The short lists of the registration form: name prefixes and countries.
enum NameParts {
    static let prefixes = ["Mr.", "Ms.", "Mrs.", "Mx.", "Dr.", "Hon."].map { ChoiceOption($0) }
}

enum Countries {
    static let options: [ChoiceOption] = [
        RuleChecker.unitedStates, "Canada", "Mexico", "United Kingdom", "Other country",
    ].map { ChoiceOption($0) }
}
