import WizardEngine

/// Every answerable id of a catalog, journey by journey in page order: what `pacer-prep fields`
/// lists and what answer files are checked against.
public struct FieldDirectory: Sendable {
    public let catalog: Catalog
    /// All entries, journey by journey, each id once (the first page that asks for it).
    public let entries: [AnswerableField]
    private let index: [FieldID: Int]

    public init(catalog: Catalog) {
        self.catalog = catalog
        var entries: [AnswerableField] = []
        var index: [FieldID: Int] = [:]
        func add(_ entry: AnswerableField) {
            guard index[entry.id] == nil else { return }
            index[entry.id] = entries.count
            entries.append(entry)
        }
        for journey in catalog.journeys {
            for page in journey.pages {
                for entry in Self.chosenValues(on: page, journey: journey) { add(entry) }
                for field in page.fields { add(Self.entry(field, page: page, journey: journey)) }
            }
        }
        self.entries = entries
        self.index = index
    }

    public func entry(_ id: FieldID) -> AnswerableField? {
        index[id].map { entries[$0] }
    }

    public func entries(in journey: JourneyID) -> [AnswerableField] {
        entries.filter { $0.journey == journey }
    }

    /// An id spelled with other letter cases, for a "did you mean" in messages.
    func nearest(to id: String) -> FieldID? {
        entries.first { $0.id.rawValue.lowercased() == id.lowercased() }?.id
    }

    static func entry(_ field: Field, page: Page, journey: Journey) -> AnswerableField {
        let kind: AnswerableField.Kind
        switch field.kind {
        case .text(let maxLength, _, _, _), .secret(let maxLength, _):
            kind = .text(maxLength: maxLength, isSecret: field.sensitivity == .secret)
        case .cardNumber:
            kind = .text(maxLength: field.kind.maxLength, isSecret: true)
        case .choice(.fixed(let options), _):
            kind = .list(options)
        case .choice(.dependsOn(let other, let table), _):
            kind = .dependentList(on: other, table)
        case .checkBox:
            kind = .checkBox
        case .tabStrip(let titles):
            kind = .tabs(titles)
        case .link, .button:
            kind = .link
        }
        return AnswerableField(id: field.id, label: field.label, kind: kind, isRequired: field.isRequired,
                               journey: journey.id, step: page.step, page: page.id,
                               isPrivate: field.sensitivity != .ordinary, rules: field.rules)
    }

    /// The values a page's links and menu items choose, one entry per chosen id.
    static func chosenValues(on page: Page, journey: Journey) -> [AnswerableField] {
        var order: [FieldID] = []
        var options: [FieldID: [ChoiceOption]] = [:]
        let actions = page.menuBar.items.map { ($0.title, $0.action) }
            + page.fields.compactMap { field -> (String, Action)? in
                if case .link(let action) = field.kind { (field.label, action) } else { nil }
            }
        for (label, action) in actions {
            guard case .choose(let id, let value) = action else { continue }
            if options[id] == nil { order.append(id) }
            options[id, default: []].append(ChoiceOption(value, label))
        }
        return order.map { id in
            AnswerableField(id: id, label: "chosen by a link on \"\(page.title)\"", kind: .chosenByLinks(options[id]!),
                            isRequired: !page.hasNextButton, journey: journey.id, step: page.step, page: page.id,
                            isPrivate: false, rules: [])
        }
    }
}
