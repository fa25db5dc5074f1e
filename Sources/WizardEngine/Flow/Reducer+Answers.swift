/// Events that give a whole value or choose a control directly, for front ends that have no
/// keys to send: the plain line mode, answer files and batch runs.
///
/// They go through the same steps as keys (storing a value, leaving a field, Next, Back) so a
/// value typed at a prompt is checked by the same rules, with the same sentences, as the same
/// value typed into the curses form.
extension Reducer {
    static func answer(_ event: Event, _ state: inout WizardState, _ catalog: Catalog) -> [Effect] {
        // Help and the quit question are boxes over the page; a direct answer closes them, as
        // any key closes help.
        if state.overlay == .help { state.overlay = nil }
        guard state.overlay == nil else { return [] }
        switch event {
        case .answered(let id, let value):
            answered(id, value, &state, catalog)
        case .prefilled(let values):
            for (id, value) in values.sorted(by: { $0.key < $1.key }) { prefill(id, value, &state, catalog) }
        case .pressed(let target):
            return press(target, &state, catalog)
        case .key, .paste, .resize, .click, .wheel, .tick:
            break
        }
        return []
    }

    /// A value for a field of the current page: stored as if typed (so the length limit and its
    /// message are the typing ones), then checked as the field is left. A value for a field that
    /// is not shown now is only kept, as a prefilled one.
    static func answered(_ id: FieldID, _ value: String, _ state: inout WizardState, _ catalog: Catalog) {
        let page = catalog.page(state.page)
        guard let field = page.visibleFields(in: state.context).first(where: { $0.id == id }), field.holdsValue else {
            prefill(id, value, &state, catalog)
            return
        }
        state.notice = nil
        setFocus(.field(id), &state, page)
        switch field.kind {
        case .text, .secret, .cardNumber:
            store(EditableText("", maxLength: field.kind.maxLength), for: id, &state)
            for character in value { _ = edit(.character(character), field, &state) }
        case .checkBox:
            store(EditableText(value == Field.checkedValue ? Field.checkedValue : ""), for: id, &state)
        case .choice, .tabStrip:
            store(EditableText(value), for: id, &state)
        case .link, .button:
            return
        }
        recheck(leaving: .field(id), &state, page)
    }

    /// Keeps a value given in advance. A field whose preset comes from the logged-in account is
    /// marked as filled for that account, so entering its page does not replace the answer.
    static func prefill(_ id: FieldID, _ value: String, _ state: inout WizardState, _ catalog: Catalog) {
        let field = catalog.page(state.page).field(id)
            ?? catalog.journeys.lazy.flatMap(\.pages).lazy.compactMap { $0.field(id) }.first
        state.values[id] = EditableText(value, maxLength: field?.kind.maxLength)
        state.errors[id] = nil
        if let preset = field?.defaultValue, preset.contains("{account.") {
            state.prefilledFor[id] = state.world.signedIn
        }
    }

    /// Chooses a control as Enter on it would. Next on a page left only by links and Back on the
    /// first page say why nothing happens, in the sentences the keys give.
    static func press(_ target: FocusTarget, _ state: inout WizardState, _ catalog: Catalog) -> [Effect] {
        let page = catalog.page(state.page)
        state.notice = nil
        let order = page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty)
        guard order.contains(target) else {
            switch target {
            case .nextButton: return nextPage(&state, catalog)
            case .backButton: goBack(&state, catalog)
            default: break
            }
            return []
        }
        setFocus(target, &state, page)
        return activate(&state, catalog, viaEnter: true)
    }
}
