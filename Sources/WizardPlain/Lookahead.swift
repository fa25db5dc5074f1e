import WizardEngine

/// Checks the pages that Next would lead to after the one a batch run stopped on, with the
/// answers given so far and the pages' presets, so one run lists every missing or invalid
/// answer it can, not only the first page's. Only what the fields' own rules say is checked:
/// what the back end would answer is not known until the run gets there.
enum Lookahead {
    static func problems(after page: Page, _ state: WizardState, _ catalog: Catalog) -> [BatchReport.Line] {
        var lines: [BatchReport.Line] = []
        var values = state.values.mapValues(\.text)
        var seen: Set<PageID> = [page.id]
        var next = page.next
        while let id = next, seen.insert(id).inserted {
            let later = catalog.page(id)
            let signedIn = state.world.signedIn != nil
            var skipped: Set<FieldID> = []
            for field in later.fields where values[field.id] == nil {
                if let preset = field.defaultValue {
                    // A preset from an account nobody is logged in to yet is not known.
                    if preset.contains("{account."), !signedIn { skipped.insert(field.id); continue }
                    values[field.id] = Facts.fill(preset, FactContext(answers: values, world: state.world))
                } else if case .tabStrip(let titles) = field.kind {
                    values[field.id] = titles.first
                }
            }
            let context = FactContext(answers: values, world: state.world)
            for (field, message) in later.problems(in: context) where !skipped.contains(field) {
                lines.append(BatchReport.Line(id: field, step: later.step, message: message))
            }
            next = later.next
        }
        return lines
    }
}
