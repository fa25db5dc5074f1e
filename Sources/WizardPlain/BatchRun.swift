import WizardEngine

/// Walks a journey with an answer file and no questions: on each page the answers are already
/// there, links the file names are pressed once, then Next; a page left only by links is left
/// by the one that leads on. The engine checks every page as it would for a person, so a run
/// that stops reports the engine's own sentences.
public struct BatchRun {
    public private(set) var wizard: Wizard
    private var answers: AnswerSheet
    private var pressed: Set<FieldID> = []

    /// More pages than any journey has, many times over: a run that shows this many goes round
    /// in circles.
    static let pageLimit = 200

    public init(wizard: Wizard, answers: AnswerSheet) {
        self.wizard = wizard
        self.answers = answers
    }

    public enum Result {
        case completed
        case incomplete(BatchReport)
    }

    public mutating func run() -> Result {
        answers.start(&wizard)
        var pagesShown = 1
        while pagesShown <= Self.pageLimit {
            let before = wizard.state.page
            let depth = wizard.state.history.count
            switch step() {
            case .completed: return .completed
            case .stopped(let report): return .incomplete(report)
            case .movedOn: break
            }
            if wizard.state.page != before || wizard.state.history.count != depth { pagesShown += 1 }
        }
        return .incomplete(BatchReport(wizard: wizard, notice: "the answers lead round in circles (\(Self.pageLimit) pages shown)",
                                       fields: [], later: []))
    }

    enum Step {
        case completed
        case stopped(BatchReport)
        case movedOn
    }

    /// One move on the current page.
    mutating func step() -> Step {
        let page = wizard.page
        let context = wizard.state.context
        let links = page.visibleFields(in: context).filter { answers.links.contains($0.id) && !pressed.contains($0.id) }
        if let link = links.first {
            pressed.insert(link.id)
            return send(.pressed(.field(link.id)), leaving: page.id, stopIfStuck: false)
        }
        if page.hasNextButton {
            return send(.pressed(.nextButton), leaving: page.id, stopIfStuck: true)
        }
        guard let target = LeadingLink.find(on: page, wizard.state, wizard.catalog) else {
            _ = wizard.send(.pressed(.nextButton))
            return .stopped(report(missingChoices: true))
        }
        return send(.pressed(target), leaving: page.id, stopIfStuck: true)
    }

    private mutating func send(_ event: Event, leaving page: PageID, stopIfStuck: Bool) -> Step {
        let depth = wizard.state.history.count
        let effects = wizard.send(event)
        answers.fill(&wizard)
        if effects.contains(.quit(.completed)) { return .completed }
        let moved = wizard.state.page != page || wizard.state.history.count != depth
        if !moved, stopIfStuck { return .stopped(report(missingChoices: false)) }
        // A page shown with problems (Submit sent back to another tab) stops the run there.
        if moved, !problems(on: wizard.page).isEmpty { return .stopped(report(missingChoices: false)) }
        return .movedOn
    }

    /// The problems the engine marks on the fields shown now, in page order.
    private func problems(on page: Page) -> [BatchReport.Line] {
        page.visibleFields(in: wizard.state.context).compactMap { field in
            wizard.state.errors[field.id].map { BatchReport.Line(id: field.id, step: nil, message: $0) }
        }
    }

    private func report(missingChoices: Bool) -> BatchReport {
        let page = wizard.page
        var fields = problems(on: page)
        // The back end may name a field of an earlier page (a username taken by Submit).
        let shown = Set(fields.compactMap(\.id))
        let directory = FieldDirectory(catalog: wizard.catalog)
        let elsewhere = wizard.state.errors.filter { !shown.contains($0.key) && page.field($0.key) == nil }
        for (id, message) in elsewhere.sorted(by: { $0.key < $1.key }) {
            fields.append(BatchReport.Line(id: id, step: directory.entry(id)?.step, message: message))
        }
        if missingChoices {
            for entry in FieldDirectory.chosenValues(on: page, journey: wizard.journey) {
                let value = wizard.state.value(entry.id)
                let names = (entry.options ?? []).map(\.value).joined(separator: ", ")
                let message = value.isEmpty
                    ? "missing: answer one of \(names)"
                    : "\"\(value)\" does not lead on from this page; answer one of \(names)"
                fields.append(BatchReport.Line(id: entry.id, step: nil, message: message))
            }
        }
        if fields.isEmpty {
            let answerable = page.visibleFields(in: wizard.state.context).filter(\.holdsValue).map(\.id)
            if !answerable.isEmpty {
                fields.append(BatchReport.Line(id: nil, step: nil,
                    message: "the answers given on this page: " + answerable.map(\.rawValue).joined(separator: ", ")))
            }
        }
        let listed = Set(fields.compactMap(\.id))
        let later = Lookahead.problems(after: page, wizard.state, wizard.catalog).filter { !listed.contains($0.id ?? "") }
        return BatchReport(wizard: wizard, notice: wizard.state.notice?.text ?? "", fields: fields, later: later)
    }
}
