/// Where an unfinished transcript left off, and how to put a fresh run back there.
///
/// The simplest faithful rebuild: the page and the pages behind it (so Back still works), every
/// ordinary value as last recorded, the login to an account that exists in the rebuilt world,
/// and a scenario's wrong attempts and help. Secret and private values were never recorded, so
/// their fields are marked to be typed again and the status line says why. Other changes the
/// mock back end made (an account created) are not replayed: the status line says that too.
public struct ResumePoint: Hashable, Sendable {
    public var page: PageID
    public var history: [PageID]
    /// Ordinary values, as last recorded.
    public var values: [FieldID: String]
    /// Fields that held a secret or private value, which must be typed again.
    public var askAgain: [FieldID]
    public var signedIn: String?
    public var created: String?
    public var records: [PageID: StepRecord]

    /// Nil when the transcript never reached a page.
    public init?(_ transcript: Transcript) {
        var page: PageID?
        var history: [PageID] = []
        var values: [FieldID: String] = [:]
        var askAgain: [FieldID] = []
        var signedIn: String?
        var created: String?
        var records: [PageID: StepRecord] = [:]
        for line in transcript.lines {
            switch line.entry {
            case .entered(let next, _, let depth):
                if let current = page, depth > history.count { history.append(current) }
                if depth < history.count { history = Array(history.prefix(depth)) }
                page = next
            case .changed(let field, let value?):
                values[field] = value
                askAgain.removeAll { $0 == field }
            case .changed(let field, nil):
                values[field] = nil
                if !askAgain.contains(field) { askAgain.append(field) }
            case .signedIn(let account): signedIn = account
            case .created(let account): created = account
            case .wrongAttempt(let at): records[at, default: StepRecord()].wrongAttempts += 1
            case .hint(let at, let level): records[at, default: StepRecord()].helpLevel = level
            case .shown(let at): records[at, default: StepRecord()].shown = true
            default: break
            }
        }
        guard let page else { return nil }
        self.page = page
        self.history = history
        self.values = values
        self.askAgain = askAgain
        self.signedIn = signedIn
        self.created = created
        self.records = records
    }

    /// Puts a freshly started wizard (same journey or scenario, same world) on the recorded page.
    public func apply(to wizard: inout Wizard) {
        let catalog = wizard.catalog
        guard catalog.hasPage(page), history.allSatisfy(catalog.hasPage) else { return }
        var state = wizard.state
        if let signedIn, state.world.accountIndex(number: signedIn) != nil { state.world.signedIn = signedIn }
        state.history = history
        state.page = page
        state.journey = catalog.journey(containing: page).id
        state.visited.formUnion(history)
        Reducer.enterPage(&state, catalog)
        let recorder = TranscriptRecorder(catalog: catalog)
        for (id, value) in values {
            let field = recorder.field(id)
            state.values[id] = EditableText(value, maxLength: field?.kind.maxLength)
        }
        let current = catalog.page(page)
        var elsewhere: [String] = []
        for id in askAgain {
            if current.field(id) != nil {
                state.errors[id] = "Type it again: secrets and private values are never saved."
            } else if let owner = history.last(where: { catalog.page($0).field(id) != nil }) {
                let step = catalog.page(owner).step
                let label = recorder.field(id)?.label ?? id.rawValue
                elsewhere.append(step > 0 ? "\(label) (step \(step))" : label)
            }
        }
        if var training = state.training {
            for (at, record) in records {
                training.record(at) { $0.wrongAttempts = record.wrongAttempts; $0.helpLevel = record.helpLevel; $0.shown = record.shown }
            }
            state.training = training
        }
        var text = "Resumed where you left off; your answers are back."
        if !askAgain.isEmpty {
            text += " Passwords, card numbers and dates of birth are never saved, so type them again"
            text += elsewhere.isEmpty ? "." : ": also \(ListPhrase.join(elsewhere)), with Back."
        }
        if created != nil, state.world.lastCreated == nil {
            text += " The practice account made before the break is not in this run."
        }
        state.notice = Notice(text, askAgain.isEmpty ? .info : .problem)
        wizard.state = state
    }
}
