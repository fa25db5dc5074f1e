/// One entry of a drop-down list.
public struct ChoiceOption: Hashable, Sendable {
    /// What is stored as the answer.
    public let value: String
    /// What is shown.
    public let label: String
    /// The heading the option sits under, e.g. "Government Accounts".
    public let group: String?

    /// The option as shown in a closed list: "Government Accounts › Federal Agency".
    public let displayLabel: String
    /// The characters in `displayLabel`, counted once: a closed list is as wide as its longest
    /// label, and the list is drawn on every key.
    let displayLength: Int

    public init(_ value: String, _ label: String? = nil, group: String? = nil) {
        self.value = value
        self.label = label ?? value
        self.group = group
        displayLabel = if let group { "\(group) › \(self.label)" } else { self.label }
        displayLength = displayLabel.count
    }
}

/// Where a list's options come from.
public enum OptionSource: Sendable {
    case fixed([ChoiceOption])
    /// Options that depend on another answer, e.g. the counties of the chosen state.
    case dependsOn(FieldID, [String: [ChoiceOption]])

    public func options(in context: FactContext) -> [ChoiceOption] {
        switch self {
        case .fixed(let options): options
        case .dependsOn(let id, let table): table[context.value(id)] ?? []
        }
    }
}
