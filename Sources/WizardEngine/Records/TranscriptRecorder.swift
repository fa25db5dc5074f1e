/// Turns a run into transcript entries by comparing the state before and after each event.
///
/// Pure and outside the reducer, as the coach is: the pages behave the same recorded or not.
/// A field's value goes into an entry only when its sensitivity is `.ordinary`; a secret or
/// private field is recorded as "changed" without its value, and any problem sentence that
/// happens to contain such a value has it masked. Typing is recorded once per field visit (when
/// the focus or the page moves on), not per keystroke.
public struct TranscriptRecorder: Sendable {
    public let catalog: Catalog
    /// A scenario's pass mark, written with an exam's score.
    public let passMark: Int?
    /// Per field id, whether every page that has it calls it `.ordinary`.
    private let ordinary: [FieldID: Bool]
    /// The values last written, so a field is recorded only when it really changed.
    private var written: [FieldID: String] = [:]

    public init(catalog: Catalog, scenario: Scenario? = nil) {
        self.catalog = catalog
        self.passMark = scenario?.effectivePassMark
        var ordinary: [FieldID: Bool] = [:]
        for page in catalog.journeys.flatMap(\.pages) {
            for field in page.fields {
                ordinary[field.id] = (ordinary[field.id] ?? true) && field.sensitivity == .ordinary
                // A link that chooses a value (an account kind) stores it under an id of its own.
                switch field.kind {
                case .link(.choose(let id, _)), .button(.choose(let id, _)): ordinary[id] = ordinary[id] ?? true
                default: break
                }
            }
        }
        self.ordinary = ordinary
    }

    /// The entries that describe where a run starts: its page, its values and faults.
    public mutating func start(_ state: WizardState) -> [TranscriptEntry] {
        var entries: [TranscriptEntry] = state.world.faults.map(\.rawValue).sorted().map(TranscriptEntry.fault)
        entries.append(.entered(page: state.page, step: step(state.page), depth: state.history.count))
        entries += changes(state, settled: true)
        return entries
    }

    /// The entries one event caused. `effects` tell a completed or quit run.
    public mutating func observe(before: WizardState, after: WizardState, effects: [Effect]) -> [TranscriptEntry] {
        guard before != after || !effects.isEmpty else { return [] }
        var entries: [TranscriptEntry] = []
        let moved = before.page != after.page || before.history.count != after.history.count
        let settled = moved || before.focus != after.focus || before.overlay != after.overlay
            || effects.contains { if case .quit = $0 { true } else { false } } || after.isFinished
        entries += changes(after, settled: settled)
        entries += problems(before: before, after: after)
        entries += training(before: before, after: after)
        if before.world.faults != after.world.faults {
            entries += after.world.faults.subtracting(before.world.faults).map(\.rawValue).sorted().map(TranscriptEntry.fault)
        }
        if before.world.signedIn != after.world.signedIn { entries.append(.signedIn(after.world.signedIn)) }
        if let created = after.world.lastCreated, before.world.lastCreated != created { entries.append(.created(created)) }
        if moved {
            entries.append(.left(page: before.page))
            entries.append(.entered(page: after.page, step: step(after.page), depth: after.history.count))
        }
        for effect in effects {
            switch effect {
            case .quit(.completed): entries.append(.outcome("completed"))
            case .quit(.quitByUser): entries.append(.outcome("quit"))
            default: break
            }
        }
        return entries
    }

    /// Values that differ from the last ones written; only once the field is settled (left,
    /// or the page changed), so a name typed letter by letter is one entry.
    mutating func changes(_ state: WizardState, settled: Bool) -> [TranscriptEntry] {
        guard settled else { return [] }
        var entries: [TranscriptEntry] = []
        for id in state.values.keys.sorted() {
            let text = state.values[id]?.text ?? ""
            guard written[id] != text, !(written[id] == nil && text.isEmpty) else { continue }
            written[id] = text
            entries.append(.changed(field: id, value: isOrdinary(id) ? text : nil))
        }
        return entries
    }

    /// Problems newly shown under fields or on the status line.
    func problems(before: WizardState, after: WizardState) -> [TranscriptEntry] {
        var entries: [TranscriptEntry] = []
        for id in after.errors.keys.sorted() where after.errors[id] != before.errors[id] {
            entries.append(.error(field: id, message: masked(after.errors[id]!, after)))
        }
        if let notice = after.notice, notice.tone == .problem, notice != before.notice {
            entries.append(.error(field: nil, message: masked(notice.text, after)))
        }
        return entries
    }

    /// Wrong attempts, help levels, "show me" and the results of a scenario.
    func training(before: WizardState, after: WizardState) -> [TranscriptEntry] {
        guard let now = after.training else { return [] }
        let then = before.training
        var entries: [TranscriptEntry] = []
        for page in now.order {
            let old = then?.records[page] ?? StepRecord()
            let new = now.records[page]!
            for _ in old.wrongAttempts..<max(old.wrongAttempts, new.wrongAttempts) { entries.append(.wrongAttempt(page: page)) }
            if new.helpLevel > old.helpLevel { entries.append(.hint(page: page, level: new.helpLevel)) }
            if new.shown && !old.shown { entries.append(.shown(page: page)) }
        }
        if now.isOver && then?.isOver != true {
            let exam = now.mode == .exam
            let passMark = exam ? self.passMark : nil
            entries.append(.results(score: exam ? now.score : nil, passMark: passMark, wrongAttempts: now.wrongAttempts,
                                    shownSteps: now.shownSteps, milliseconds: now.milliseconds))
        }
        return entries
    }

    /// The sentence with every secret or private value of the run replaced by dots, in case a
    /// message ever quotes one. Values under four characters are left: they would mask digits
    /// of ordinary sentences, and no secret that short is typed here.
    func masked(_ text: String, _ state: WizardState) -> String {
        var out = text
        for (id, value) in state.values where !isOrdinary(id) && value.text.count >= 4 {
            out = out.replacing(value.text, with: "•••")
        }
        return out
    }

    /// Whether a field's value may be written: only a field known to the catalog and
    /// `.ordinary` on every page that has it.
    public func isOrdinary(_ id: FieldID) -> Bool {
        ordinary[id] ?? false
    }

    /// The first field with this id in the catalog.
    func field(_ id: FieldID) -> Field? {
        for page in catalog.journeys.lazy.flatMap(\.pages) {
            if let field = page.field(id) { return field }
        }
        return nil
    }

    func step(_ page: PageID) -> Int {
        catalog.hasPage(page) ? catalog.page(page).step : 0
    }
}
