import WizardEngine

/// Checks one answer file value against what its id takes (the "type": a list's entries, a
/// check box's yes or no, a field's length) and gives the value as the engine stores it. Rules
/// such as a ZIP code's form are left to the engine, which checks them when the page is shown,
/// with the sentences the pages give.
enum AnswerChecker {
    struct Problem: Error, Equatable {
        let message: String
    }

    /// Lists with at most this many entries name them all in a message.
    static let listedInMessages = 15

    static func check(_ text: String, for entry: AnswerableField, given: (FieldID) -> String?) -> Result<String, Problem> {
        let id = entry.id
        switch entry.kind {
        case .text(let maxLength, _):
            if let maxLength, text.count > maxLength {
                return .failure(Problem(message: "\(id): \(entry.label) takes at most \(maxLength) characters (this value has \(text.count))"))
            }
            return .success(text)
        case .checkBox:
            guard let ticked = yesOrNo(text) else {
                return .failure(Problem(message: "\(id): \(entry.label) is a check box: write yes or no"))
            }
            return .success(ticked ? Field.checkedValue : "")
        case .link:
            guard let follow = yesOrNo(text) else {
                return .failure(Problem(message: "\(id): \(entry.label) is a link or button: yes makes a batch run press it, no leaves it"))
            }
            return .success(follow ? Field.checkedValue : "")
        case .dependentList(let other, let table):
            if text.isEmpty { return .success("") }
            guard let chosen = given(other) else { return choose(text, among: entry.options ?? [], entry) }
            guard let options = table[chosen] else {
                return .failure(Problem(message: "\(id): \(other) \(chosen) has no \(entry.label) list in the practice version; leave \(id) out"))
            }
            return choose(text, among: options, entry, qualifier: " for \(other) \(chosen)")
        case .list, .tabs, .chosenByLinks:
            if text.isEmpty { return .success("") }
            return choose(text, among: entry.options ?? [], entry)
        }
    }

    static func choose(_ text: String, among options: [ChoiceOption], _ entry: AnswerableField,
                       qualifier: String = "") -> Result<String, Problem> {
        if let option = match(text, in: options) { return .success(option.value) }
        let names = options.count <= listedInMessages
            ? ": " + options.map(\.value).joined(separator: ", ")
            : "; `pacer-prep fields \(entry.journey)` lists its \(options.count) entries"
        return .failure(Problem(message: "\(entry.id): \"\(text)\" is not one of the choices\(qualifier)\(names)"))
    }

    /// The option a value names: by its stored value, then its label, ignoring letter case.
    static func match(_ text: String, in options: [ChoiceOption]) -> ChoiceOption? {
        if let exact = options.first(where: { $0.value == text }) { return exact }
        let lowered = text.lowercased()
        return options.first { $0.value.lowercased() == lowered }
            ?? options.first { $0.label.lowercased() == lowered || $0.displayLabel.lowercased() == lowered }
    }

    /// The list value `text` stands for, when `entry` is a list and `text` one of its entries.
    static func listValue(_ text: String, _ entry: AnswerableField?) -> String? {
        guard let options = entry?.options else { return nil }
        return match(text, in: options)?.value
    }

    static func yesOrNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true": true
        case "no", "n", "false": false
        default: nil
        }
    }
}
