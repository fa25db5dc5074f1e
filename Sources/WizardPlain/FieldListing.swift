import WizardEngine

/// What `pacer-prep fields` prints: every id an answer file may give, journey by journey, with
/// its label, kind, whether it is required and what values it takes. Written as an answer file's
/// sections and comments, so a trainer can copy the lines they need.
public enum FieldListing {
    public static func lines(_ directory: FieldDirectory, journeys: [Journey]) -> [String] {
        var lines: [String] = []
        for journey in journeys {
            if !lines.isEmpty { lines.append("") }
            lines.append("[\(journey.id)]  # \(journey.title)")
            for entry in directory.entries(in: journey.id) {
                let step = entry.step > 0 ? "step \(entry.step)" : "start page"
                let required: String
                switch entry.kind {
                case .link: required = "link"
                default: required = entry.isRequired ? "required" : "optional"
                }
                lines.append("\(entry.id)  # \(step), \(required): \(entry.label) · \(describe(entry))")
            }
        }
        return lines
    }

    /// The kind and the values it takes, in a phrase.
    static func describe(_ entry: AnswerableField) -> String {
        switch entry.kind {
        case .text(let maxLength, let isSecret):
            var phrase = isSecret ? "secret text (never printed back)" : entry.isPrivate ? "private text (never printed back)" : "text"
            if let maxLength { phrase += ", at most \(maxLength) characters" }
            let rules = entry.rules.filter { if case .requiredWithAny = $0 { false } else { true } }.map(RuleChecker.summary)
            if !rules.isEmpty { phrase += "; " + rules.joined(separator: "; ") }
            return phrase
        case .list(let options), .chosenByLinks(let options):
            return "one of " + options.map(name).joined(separator: " | ")
        case .dependentList(let other, let table):
            return "one of the entries for the chosen \(other): " + table.keys.sorted().map { key in
                "\(key): " + table[key]!.map(name).joined(separator: " | ")
            }.joined(separator: "; ")
        case .checkBox:
            return "check box: yes or no"
        case .tabs(let titles):
            return "tab: one of " + titles.joined(separator: " | ")
        case .link:
            return "yes makes a batch run press it when its page is shown"
        }
    }

    /// An entry as an answer file may write it: its value, and its label when that differs.
    static func name(_ option: ChoiceOption) -> String {
        option.value == option.displayLabel ? option.value : "\(option.value) (\(option.displayLabel))"
    }
}
