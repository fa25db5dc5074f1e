/// The one place where state changes: `reduce(state, event) -> effects`.
///
/// Pure: the same state and event always give the same new state and effects, which is what
/// lets tests replay a whole journey key by key and compare states.
public enum Reducer {
    public static func reduce(_ state: inout WizardState, _ event: Event, journey: Journey,
                              keyMap: KeyMap = .standard) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .resize(let size):
            state.size = size
        case .paste(let text):
            if state.overlay == nil { paste(text, &state, journey) }
        case .key(let key):
            effects = handle(key, &state, journey, keyMap)
        }
        ScrollKeeper.keepFocusVisible(&state, journey: journey, keyMap: keyMap)
        return effects
    }

    // MARK: Keys

    static func handle(_ key: Key, _ state: inout WizardState, _ journey: Journey, _ keyMap: KeyMap) -> [Effect] {
        switch state.overlay {
        case .help:
            if keyMap.command(for: key) == .quit { state.overlay = .quitConfirmation } else { state.overlay = nil }
            return []
        case .quitConfirmation:
            switch key {
            case .character("y"), .character("Y"), .control("c"), .function(10):
                state.overlay = nil
                return [.quit(.quitByUser)]
            case .character("n"), .character("N"), .escape, .enter:
                state.overlay = nil
            default:
                break
            }
            return []
        case nil:
            break
        }

        let page = journey.page(state.page)
        if case .field(let id) = state.focus, let field = page.field(id) {
            if field.kind.isTextEntry, edit(key, field, &state) { return [] }
            if case .choice(let source, _) = field.kind, choose(key, field, source, &state) { return [] }
        }
        guard let command = keyMap.command(for: key) else { return [.bell] }
        state.notice = nil
        return perform(command, &state, journey)
    }

    static func perform(_ command: Command, _ state: inout WizardState, _ journey: Journey) -> [Effect] {
        let page = journey.page(state.page)
        switch command {
        case .focusNext:
            if !ScrollKeeper.scrollInsteadOfMoving(by: 1, &state, journey: journey) { moveFocus(by: 1, &state, page) }
        case .focusPrevious:
            if !ScrollKeeper.scrollInsteadOfMoving(by: -1, &state, journey: journey) { moveFocus(by: -1, &state, page) }
        case .activate: return activate(&state, journey, viaEnter: true)
        case .toggle: return activate(&state, journey, viaEnter: false)
        case .nextPage: return nextPage(&state, journey)
        case .back: goBack(&state, journey)
        case .help: state.overlay = .help
        case .quit: state.overlay = .quitConfirmation
        case .redraw: return [.redraw]
        }
        return []
    }

    // MARK: Editing

    /// Applies an editing key to a text field; false when the key is not an editing key.
    static func edit(_ key: Key, _ field: Field, _ state: inout WizardState) -> Bool {
        var text = state.values[field.id] ?? EditableText("", maxLength: field.kind.maxLength)
        switch key {
        case .character(let character):
            let cut = text.insert(String(character))
            if cut { state.notice = Notice("\(field.label) takes at most \(field.kind.maxLength ?? 0) characters.", .problem) }
        case .left: text.moveLeft()
        case .right: text.moveRight()
        case .home, .control("a"): text.moveToStart()
        case .end, .control("e"): text.moveToEnd()
        case .backspace: text.deleteBackward()
        case .delete: text.deleteForward()
        case .control("u"): text.deleteToStart()
        case .control("k"): text.deleteToEnd()
        case .control("w"): text.deleteWordBackward()
        default: return false
        }
        store(text, for: field.id, &state)
        return true
    }

    /// Changes a list's value by an arrow, Space or a first letter; false for any other key.
    static func choose(_ key: Key, _ field: Field, _ source: OptionSource, _ state: inout WizardState) -> Bool {
        let options = source.options(in: state.context)
        guard !options.isEmpty else { return false }
        let current = options.firstIndex { $0.value == state.value(field.id) }
        let next: Int
        switch key {
        case .right, .character(" "): next = current.map { ($0 + 1) % options.count } ?? 0
        case .left: next = current.map { ($0 - 1 + options.count) % options.count } ?? options.count - 1
        case .character(let letter) where letter.isLetter:
            let start = (current ?? -1) + 1
            let order = Array(options[start...]) + Array(options[..<start])
            guard let match = order.first(where: { $0.label.lowercased().first == Character(letter.lowercased()) }),
                  let index = options.firstIndex(of: match) else { return true }
            next = index
        default: return false
        }
        store(EditableText(options[next].value), for: field.id, &state)
        return true
    }

    static func store(_ text: EditableText, for id: FieldID, _ state: inout WizardState) {
        state.values[id] = text
        state.errors[id] = nil
        state.edited.insert(id)
    }

    /// A paste goes into the focused text field as one edit, without line breaks or control
    /// characters (a one-line field cannot hold them, and escape sequences must never reach it).
    static func paste(_ text: String, _ state: inout WizardState, _ journey: Journey) {
        guard case .field(let id) = state.focus, let field = journey.page(state.page).field(id),
              field.kind.isTextEntry else { return }
        let clean = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }
            .filter { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        var editable = state.values[id] ?? EditableText("", maxLength: field.kind.maxLength)
        if editable.insert(clean) {
            state.notice = Notice("The paste was cut: \(field.label) takes at most \(field.kind.maxLength ?? 0) characters.", .problem)
        }
        store(editable, for: id, &state)
    }

    // MARK: Focus

    static func moveFocus(by step: Int, _ state: inout WizardState, _ page: Page) {
        let order = page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty)
        guard !order.isEmpty else { return }
        let current = state.focus.flatMap { order.firstIndex(of: $0) } ?? (step > 0 ? -1 : 0)
        setFocus(order[(current + step + order.count) % order.count], &state, page)
    }

    /// Moves the focus, checking the field it leaves (design: validation on leaving a field).
    static func setFocus(_ target: FocusTarget?, _ state: inout WizardState, _ page: Page) {
        if state.focus != target { recheck(leaving: state.focus, &state, page) }
        state.focus = target
    }

    /// Checks the field being left if it was edited, and every field showing an error (an error
    /// elsewhere may have been mended by this edit, e.g. Email and Confirm Email).
    static func recheck(leaving focus: FocusTarget?, _ state: inout WizardState, _ page: Page) {
        let context = state.context
        for field in page.visibleFields(in: context) {
            let leaving = focus == .field(field.id) && state.edited.contains(field.id)
            guard leaving || state.errors[field.id] != nil else { continue }
            state.errors[field.id] = page.problem(with: field, in: context)
            state.edited.remove(field.id)
        }
    }

    // MARK: Buttons, links and pages

    static func activate(_ state: inout WizardState, _ journey: Journey, viaEnter: Bool) -> [Effect] {
        let page = journey.page(state.page)
        switch state.focus {
        case .menu(let index):
            run(page.menuBar.items[index].action, &state, journey)
        case .field(let id):
            guard let field = page.field(id) else { return [] }
            switch field.kind {
            case .link(let action), .button(let action):
                run(action, &state, journey)
            case .checkBox where !viaEnter:
                let ticked = state.value(id) == Field.checkedValue
                store(EditableText(ticked ? "" : Field.checkedValue), for: id, &state)
                state.errors[id] = nil
            default:
                guard viaEnter else { return [.bell] }
                let order = page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty)
                let fieldsAfter = order.drop { $0 != .field(id) }.dropFirst().filter {
                    if case .field = $0 { true } else { false }
                }
                if fieldsAfter.isEmpty && page.hasNextButton { return nextPage(&state, journey) }
                moveFocus(by: 1, &state, page)
            }
        case .backButton:
            goBack(&state, journey)
        case .nextButton:
            return nextPage(&state, journey)
        case nil:
            break
        }
        return []
    }

    static func run(_ action: Action, _ state: inout WizardState, _ journey: Journey) {
        switch action {
        case .goTo(let target):
            state.history.append(state.page)
            state.page = target
            enterPage(&state, journey)
        case .choose(let id, let value):
            state.values[id] = EditableText(value)
            state.notice = nil
        case .notThisOne(let message):
            state.wrongChoices += 1
            state.notice = Notice(message, .problem)
        case .suggestUsername(let id, let first, let last):
            let suggestion = Facts.suggestedUsername(
                first: state.value(first), last: state.value(last), seed: state.seed)
            store(EditableText(suggestion), for: id, &state)
            state.notice = Notice("Suggested username \"\(suggestion)\"; you may change it.", .info)
        }
    }

    /// Next: checks every shown field and collects all the page's problems; moves on only when
    /// there are none.
    static func nextPage(_ state: inout WizardState, _ journey: Journey) -> [Effect] {
        let page = journey.page(state.page)
        guard page.hasNextButton else {
            state.notice = Notice(page.chooseALinkMessage, .problem)
            return []
        }
        let context = state.context
        let problems = page.problems(in: context)
        for field in page.fields { state.errors[field.id] = nil }
        for (id, problem) in problems { state.errors[id] = problem }
        state.edited.removeAll()
        if let (first, _) = problems.first {
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            state.notice = Notice("\(count) on this page: see the marked fields.", .problem)
            state.focus = .field(first)
            return []
        }
        if page.finishesJourney {
            state.isFinished = true
            return [.quit(.completed)]
        }
        guard let next = page.next else { return [] }
        state.history.append(state.page)
        state.page = next
        enterPage(&state, journey)
        return []
    }

    /// Back: never blocked, never loses a value.
    static func goBack(_ state: inout WizardState, _ journey: Journey) {
        guard let previous = state.history.popLast() else {
            state.notice = Notice("This is the first page: there is nothing to go back to.", .info)
            return
        }
        state.page = previous
        enterPage(&state, journey)
    }

    /// Presets the page's default values (never over a value already given), then puts the focus
    /// on the page's first stop and the view at its top.
    static func enterPage(_ state: inout WizardState, _ journey: Journey) {
        let page = journey.page(state.page)
        for field in page.fields where state.values[field.id] == nil {
            if let value = field.defaultValue { state.values[field.id] = EditableText(value) }
        }
        let order = page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty)
        // A page with nothing to fill in starts on its Next button, so Enter leads on, not back.
        let hasContent = order.contains { $0 != .backButton && $0 != .nextButton }
        state.focus = hasContent || !page.hasNextButton ? order.first : .nextButton
        state.scrollTop = 0
        state.edited.removeAll()
    }
}
