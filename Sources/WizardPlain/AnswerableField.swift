import WizardEngine

/// One id an answer file may give a value for: a field of a page, a value that a page's links
/// choose (journey R's `accountKind`), or a link or button a batch run may be told to follow.
public struct AnswerableField: Sendable {
    /// What values the id takes, which decides how an answer file's value is checked.
    public enum Kind: Sendable {
        /// Free text up to a length; `isSecret` for passwords and card numbers.
        case text(maxLength: Int?, isSecret: Bool)
        case list([ChoiceOption])
        /// A list whose entries follow another answer (County follows State).
        case dependentList(on: FieldID, [String: [ChoiceOption]])
        case checkBox
        case tabs([String])
        /// A value set by choosing one of a page's links; the options carry the links' labels.
        case chosenByLinks([ChoiceOption])
        /// A link or button: `yes` makes a batch run press it once when its page is shown.
        case link
    }

    public let id: FieldID
    public let label: String
    public let kind: Kind
    public let isRequired: Bool
    public let journey: JourneyID
    /// The notice's step of the page that asks for it (0 on the start page).
    public let step: Int
    public let page: PageID
    /// Whether the value must never be shown back (passwords, card numbers, dates of birth,
    /// security answers).
    public let isPrivate: Bool
    /// The rules the engine checks, for the listing.
    public let rules: [Rule]

    /// The fixed options of a list-like kind, or nil.
    var options: [ChoiceOption]? {
        switch kind {
        case .list(let options), .chosenByLinks(let options): options
        case .tabs(let titles): titles.map { ChoiceOption($0) }
        case .dependentList(_, let table): Self.union(table)
        case .text, .checkBox, .link: nil
        }
    }

    /// Every entry of a dependent list's tables, once each, in the order of their keys.
    static func union(_ table: [String: [ChoiceOption]]) -> [ChoiceOption] {
        var seen: Set<String> = []
        return table.keys.sorted().flatMap { table[$0]! }.filter { seen.insert($0.value).inserted }
    }
}
