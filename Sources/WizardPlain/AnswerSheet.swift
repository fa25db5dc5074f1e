import WizardEngine

/// The answers of an answer file, checked, and the way they reach the pages.
///
/// Most answers are prefilled as the run starts, so every page shows them and the person can
/// still change them. A field whose page presets it from the logged-in account (the upgrade's
/// name and address) gets its answer when its page is first shown, after the login: given at
/// the start, the login's preset would replace it.
public struct AnswerSheet: Equatable, Sendable {
    /// Values by field id, as the engine stores them (a list's value, `yes` or "" for a box).
    public let values: [FieldID: String]
    /// Links and buttons a batch run presses once each when their page is shown, in file order.
    public let links: [FieldID]
    /// Answers still waiting for their page.
    private var waiting: Set<FieldID> = []

    public init(values: [FieldID: String] = [:], links: [FieldID] = []) {
        self.values = values
        self.links = links
    }

    public static let none = AnswerSheet()

    public var isEmpty: Bool { values.isEmpty && links.isEmpty }

    /// Prefills what can be given now and keeps the rest for their pages.
    public mutating func start(_ wizard: inout Wizard) {
        var now: [FieldID: String] = [:]
        waiting = []
        for (id, value) in values {
            if Self.presetFromAccount(id, wizard.catalog) { waiting.insert(id) } else { now[id] = value }
        }
        if !now.isEmpty { wizard.send(.prefilled(now)) }
        fill(&wizard)
    }

    /// Gives the waiting answers of the page now shown; call after every event.
    public mutating func fill(_ wizard: inout Wizard) {
        guard !waiting.isEmpty else { return }
        let page = wizard.page
        let due = waiting.filter { page.field($0) != nil }
        guard !due.isEmpty else { return }
        waiting.subtract(due)
        wizard.send(.prefilled(Dictionary(uniqueKeysWithValues: due.map { ($0, values[$0]!) })))
    }

    static func presetFromAccount(_ id: FieldID, _ catalog: Catalog) -> Bool {
        for journey in catalog.journeys {
            for page in journey.pages {
                if let field = page.field(id) { return field.defaultValue?.contains("{account.") ?? false }
            }
        }
        return false
    }
}
