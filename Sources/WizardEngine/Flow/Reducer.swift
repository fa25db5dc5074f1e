/// The one place where state changes: `reduce(state, event) -> effects`.
///
/// Pure: the same state and event always give the same new state and effects, which is what
/// lets tests replay a whole journey key by key and compare states.
public enum Reducer {
    /// A journey on its own, for tests and single-journey runs.
    public static func reduce(_ state: inout WizardState, _ event: Event, journey: Journey,
                              keyMap: KeyMap = .standard) -> [Effect] {
        reduce(&state, event, catalog: Catalog([journey]), keyMap: keyMap)
    }

    public static func reduce(_ state: inout WizardState, _ event: Event, catalog: Catalog,
                              keyMap: KeyMap = .standard) -> [Effect] {
        var screens = ScreenMemo(state, catalog: catalog, keyMap: keyMap)
        return reduce(&state, event, catalog: catalog, keyMap: keyMap, screens: &screens)
    }

    /// `reduce` laying the page out through `screens`, which a Wizard keeps between keys.
    static func reduce(_ state: inout WizardState, _ event: Event, catalog: Catalog, keyMap: KeyMap,
                       screens: inout ScreenMemo) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .resize(let size):
            state.size = size
        case .paste(let text):
            if state.overlay == nil { paste(text, &state, catalog) }
        case .click, .wheel: return mouse(event, &state, catalog, keyMap, &screens)
        case .key(let key):
            effects = handle(key, &state, catalog, keyMap, &screens)
        case .tick:
            break // time matters only to the training coach
        case .answered, .prefilled, .pressed:
            effects = answer(event, &state, catalog)
        }
        ScrollKeeper.keepFocusVisible(&state, catalog: catalog, keyMap: keyMap, screens: &screens)
        return effects
    }

    // MARK: Keys

    static func handle(_ key: Key, _ state: inout WizardState, _ catalog: Catalog, _ keyMap: KeyMap,
                       _ screens: inout ScreenMemo) -> [Effect] {
        // Suspending works whatever is on screen, as a shell's Ctrl-Z does.
        if keyMap.command(for: key) == .suspend { return [.suspend] }
        switch state.overlay {
        case .help, .panel:
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

        let page = catalog.page(state.page)
        if case .field(let id) = state.focus, let field = page.field(id) {
            if field.kind.isTextEntry, edit(key, field, &state) { return [] }
            if case .choice(let source, _) = field.kind, choose(key, field, source, &state) { return [] }
            if case .tabStrip(let titles) = field.kind,
               choose(key, field, .fixed(titles.map { ChoiceOption($0) }), &state) { return [] }
        }
        guard let command = keyMap.command(for: key) else { return [.bell] }
        state.notice = nil
        return perform(command, &state, catalog, keyMap, &screens)
    }

    static func perform(_ command: Command, _ state: inout WizardState, _ catalog: Catalog, _ keyMap: KeyMap,
                        _ screens: inout ScreenMemo) -> [Effect] {
        let page = catalog.page(state.page)
        switch command {
        case .focusNext, .focusPrevious:
            let step = command == .focusNext ? 1 : -1
            // One list of focus stops serves both questions (scroll, or move the focus?).
            let order = page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty)
            if !ScrollKeeper.scrollInsteadOfMoving(by: step, in: order, &state, catalog: catalog, keyMap: keyMap,
                                                   screens: &screens) {
                moveFocus(by: step, in: order, &state, page)
            }
        case .activate: return activate(&state, catalog, viaEnter: true)
        case .toggle: return activate(&state, catalog, viaEnter: false)
        case .nextPage: return nextPage(&state, catalog)
        case .back: goBack(&state, catalog)
        case .help: state.overlay = .help
        case .quit: state.overlay = .quitConfirmation
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
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
        let value = state.value(field.id)
        let current = options.firstIndex { $0.value == value }
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
        // Written only when they change: writing a dictionary or set shared with an earlier state
        // (the screen memo keeps one) copies it first, and comparing the states then looks up
        // every entry instead of seeing the same storage.
        if state.errors[id] != nil { state.errors[id] = nil }
        if !state.edited.contains(id) { state.edited.insert(id) }
    }

    /// A paste goes into the focused text field as one edit, without line breaks or control
    /// characters (a one-line field cannot hold them, and escape sequences must never reach it).
    static func paste(_ text: String, _ state: inout WizardState, _ catalog: Catalog) {
        guard case .field(let id) = state.focus, let field = catalog.page(state.page).field(id),
              field.kind.isTextEntry else { return }
        let clean = String(PasteText.withoutEscapes(text).map { $0.isNewline || $0 == "\t" ? " " : $0 }
            .filter { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        var editable = state.values[id] ?? EditableText("", maxLength: field.kind.maxLength)
        if editable.insert(clean) {
            state.notice = Notice("The paste was cut: \(field.label) takes at most \(field.kind.maxLength ?? 0) characters.", .problem)
        }
        store(editable, for: id, &state)
    }

    // MARK: Focus

    /// Moves the focus `step` stops along `order`, the page's focus order for `state`.
    static func moveFocus(by step: Int, in order: [FocusTarget], _ state: inout WizardState, _ page: Page) {
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
        var left: FieldID?
        if case .field(let id) = focus, state.edited.contains(id) { left = id }
        // Most keys leave no edited field and mend no error: then no field is looked at.
        guard left != nil || !state.errors.isEmpty else { return }
        let context = state.context
        let hadErrors = !state.errors.isEmpty
        for field in page.visibleFields(in: context) {
            guard field.id == left || (hadErrors && state.errors[field.id] != nil) else { continue }
            let problem = page.problem(with: field, in: context)
            if state.errors[field.id] != problem { state.errors[field.id] = problem }
            if state.edited.contains(field.id) { state.edited.remove(field.id) }
        }
    }

    // MARK: Buttons, links and pages

    static func activate(_ state: inout WizardState, _ catalog: Catalog, viaEnter: Bool) -> [Effect] {
        let page = catalog.page(state.page)
        switch state.focus {
        case .menu(let index):
            run(page.menuBar.items[index].action, &state, catalog)
        case .tab(let index):
            guard let tab = page.tabs?.tabs[index], tab.page != state.page else { return [] }
            run(.goTo(tab.page), &state, catalog)
        case .field(let id):
            guard let field = page.field(id) else { return [] }
            switch field.kind {
            case .link(let action), .button(let action):
                run(action, &state, catalog)
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
                if fieldsAfter.isEmpty && page.hasNextButton { return nextPage(&state, catalog) }
                moveFocus(by: 1, in: order, &state, page)
            }
        case .backButton:
            goBack(&state, catalog)
        case .nextButton:
            return nextPage(&state, catalog)
        case nil:
            break
        }
        return []
    }

    static func run(_ action: Action, _ state: inout WizardState, _ catalog: Catalog) {
        switch action {
        case .goTo(let target):
            go(to: target, &state, catalog)
        case .choose(let id, let value):
            state.values[id] = EditableText(value)
            state.notice = nil
        case .notThisOne(let message):
            state.wrongChoices += 1
            state.notice = Notice(message, .problem)
        case .run(let operation, let target):
            if ask(operation, &state) { go(to: target, &state, catalog) }
        case .startJourney(let id):
            guard let journey = catalog.journey(id) else { return }
            state.journey = id
            go(to: journey.firstPage, &state, catalog)
        case .suggestUsername(let id, let first, let last):
            let suggestion = Facts.suggestedUsername(
                first: state.value(first), last: state.value(last), seed: state.seed)
            store(EditableText(suggestion), for: id, &state)
            state.notice = Notice("Suggested username \"\(suggestion)\"; you may change it.", .info)
        }
    }

    /// Next: checks every shown field and collects all the page's problems; moves on only when
    /// there are none.
    static func nextPage(_ state: inout WizardState, _ catalog: Catalog) -> [Effect] {
        let page = catalog.page(state.page)
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
        for other in page.alsoChecks {
            let otherPage = catalog.page(other)
            let otherProblems = otherPage.problems(in: context)
            guard otherProblems.isEmpty else {
                go(to: other, &state, catalog)
                for (id, problem) in otherProblems { state.errors[id] = problem }
                state.focus = .field(otherProblems[0].0)
                let name = page.tabs?.tabs.first { $0.page == other }.map { "The \($0.title) tab" } ?? otherPage.title
                state.notice = Notice("\(name) needs attention first: \(otherProblems.count == 1 ? "1 problem" : "\(otherProblems.count) problems").", .problem)
                return []
            }
        }
        var destination = page.next
        if let operation = page.operation {
            var world = state.world
            switch MockPACER.perform(operation, on: &world, answers: state.context) {
            case .proceed: break
            case .goTo(let other): destination = other
            case .refuse(let problems, let notice):
                state.world = world
                refuse(problems, notice, &state, page)
                return []
            }
            state.world = world
        }
        if page.finishesJourney {
            state.isFinished = true
            return [.quit(.completed)]
        }
        guard let destination else { return [] }
        go(to: destination, &state, catalog)
        return []
    }

    /// Asks the back end from a link or button; says why on the status line if it refuses.
    static func ask(_ operation: Operation, _ state: inout WizardState) -> Bool {
        var world = state.world
        let result = MockPACER.perform(operation, on: &world, answers: state.context)
        state.world = world
        if case .refuse(let problems, let notice) = result {
            for (id, problem) in problems { state.errors[id] = problem }
            state.notice = Notice(notice, .problem)
            return false
        }
        return true
    }

    /// Shows the back end's refusal: its field problems under the fields, its sentence on the
    /// status line, the focus on the first field it names.
    static func refuse(_ problems: [FieldID: String], _ notice: String, _ state: inout WizardState, _ page: Page) {
        for (id, problem) in problems { state.errors[id] = problem }
        state.notice = Notice(notice, .problem)
        let context = state.context
        if let first = page.visibleFields(in: context).first(where: { problems[$0.id] != nil }) {
            state.focus = .field(first.id)
        }
    }

    /// Leaves the current page for another, remembering it for Back.
    static func go(to target: PageID, _ state: inout WizardState, _ catalog: Catalog) {
        state.history.append(state.page)
        state.page = target
        state.journey = catalog.journey(containing: target).id
        enterPage(&state, catalog)
    }

    /// Back: never blocked, never loses a value.
    static func goBack(_ state: inout WizardState, _ catalog: Catalog) {
        guard let previous = state.history.popLast() else {
            state.notice = Notice("This is the first page: there is nothing to go back to.", .info)
            return
        }
        state.page = previous
        state.journey = catalog.journey(containing: previous).id
        enterPage(&state, catalog)
    }

    /// Presets the page's default values (never over a value already given), then puts the focus
    /// on the page's first stop and the view at its top.
    static func enterPage(_ state: inout WizardState, _ catalog: Catalog) {
        let page = catalog.page(state.page)
        state.visited.insert(page.id)
        let signedIn = state.world.signedIn
        for field in page.fields {
            guard let value = field.defaultValue else { continue }
            // A value drawn from the logged-in account is refilled when someone else logs in;
            // any other default is set once and never overwrites what was typed.
            let fromAccount = value.contains("{account.")
            let stale = fromAccount && state.prefilledFor[field.id] != signedIn
            if state.values[field.id] == nil || stale {
                // A preset naming the account stays empty while nobody is logged in.
                let filled = Facts.fill(value, state.context)
                state.values[field.id] = EditableText(filled.contains("{") ? "" : filled, maxLength: field.kind.maxLength)
                if fromAccount { state.prefilledFor[field.id] = signedIn }
            }
        }
        for field in page.fields where state.values[field.id] == nil {
            if case .tabStrip(let titles) = field.kind, field.defaultValue == nil, let first = titles.first {
                state.values[field.id] = EditableText(first)
            }
        }
        let order = page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty)
        // A page with nothing to fill in starts on its Next button, so Enter leads on, not back.
        let hasContent = order.contains { $0 != .backButton && $0 != .nextButton }
        state.focus = hasContent || !page.hasNextButton ? order.first : .nextButton
        state.scrollTop = 0
        state.edited.removeAll()
    }
}
