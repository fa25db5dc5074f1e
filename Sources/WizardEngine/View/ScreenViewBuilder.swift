extension ScreenView {
    /// The screen of a single journey, for tests.
    public init(state: WizardState, journey: Journey, keyMap: KeyMap = .standard) {
        self.init(state: state, catalog: Catalog([journey]), keyMap: keyMap)
    }

    /// The screen for this state: everything shown is decided here, nothing in the renderer.
    public init(state: WizardState, catalog: Catalog, keyMap: KeyMap = .standard) {
        var shownBlocks: [Int] = [], remade: [RemadeItem]?
        self.init(state: state, catalog: catalog, keyMap: keyMap, reusing: nil, shownBlocks: &shownBlocks,
                  remade: &remade)
    }

    /// The screen for this state, taking from `reuse` what the change from an earlier state
    /// cannot have reached; `shownBlocks` gets the index in the page of each body item's block,
    /// and `remade`, when the items were made by changing the earlier list in place, the items
    /// made again with those they replaced (nil when the list was made anew). The state is borrowed: an initializer's arguments are otherwise handed over as copies,
    /// a reference counted on each part of the state, for every key.
    init(state: borrowing WizardState, catalog: Catalog, keyMap: KeyMap, reusing reuse: ScreenViewReuse?,
         shownBlocks: inout [Int], remade: inout [RemadeItem]?) {
        let page = catalog.page(state.page)
        let context = state.context
        let pageTitle: String, stepLabel: String, address: String, instruction: String
        let menu: [MenuItemView], buttons: [ButtonView], overlay: OverlayView?
        if reuse?.keepsHeader(of: page) == true {
            pageTitle = reuse!.previous.pageTitle
        } else {
            pageTitle = Facts.fill(page.title, context)
        }
        if reuse != nil {
            stepLabel = reuse!.previous.stepLabel
        } else {
            let journey = catalog.journey(containing: state.page)
            stepLabel = page.step > 0 ? "Step \(page.step) of \(journey.steps.count)" : journey.title
        }
        if reuse?.keepsHeader(of: page) == true {
            address = reuse!.previous.address
        } else {
            address = Facts.fill(page.address, context)
        }
        if reuse?.keepsHeader(of: page) == true {
            instruction = reuse!.previous.instruction
        } else {
            instruction = (page.step > 0 ? "\(page.step). " : "") + Facts.fill(page.instruction, context)
        }
        let tabs = page.tabs.map { group in
            group.tabs.enumerated().map { index, tab in
                TabView(title: tab.title, state: Self.tabState(tab.page, current: page.id, catalog: catalog, state: state),
                        isFocused: state.focus == .tab(index))
            }
        } ?? []
        if reuse?.keepsMenu == true {
            menu = reuse!.previous.menu
        } else {
            menu = page.menuBar.items.enumerated().map { index, item in
                MenuItemView(title: item.title, isCurrent: item.title == page.menuBar.current,
                             isFocused: state.focus == .menu(index))
            }
        }
        // Blocks are read where they are, through indices: copying one out of the list counts a
        // reference on its text and its condition, for every block on every key.
        let blocks = page.blocks
        func item(_ index: Int) -> BodyItem {
            switch blocks[index].content {
            case .paragraph(let text, let tone): .paragraph(Facts.fill(text, context), tone)
            case .heading(let text): .heading(Facts.fill(text, context))
            case .field(let field): .field(Self.fieldView(field, page: page, state: state, context: context))
            }
        }
        let items: [BodyItem]
        if let kept = reuse?.items(on: page, in: context, making: item) {
            items = kept.items
            remade = kept.remade
            shownBlocks = reuse!.blocks
        } else {
            remade = nil
            // Room for every block at once: growing by doubling copied the items made so far.
            var made: [BodyItem] = []
            made.reserveCapacity(blocks.count)
            shownBlocks = []
            shownBlocks.reserveCapacity(blocks.count)
            for index in blocks.indices where Page.isShown(blocks[index], in: context) {
                shownBlocks.append(index)
                made.append(reuse?.item(forBlock: index, blocks[index]) ?? item(index))
            }
            items = made
        }
        if reuse?.keepsButtons == true {
            buttons = reuse!.previous.buttons
        } else {
            var list: [ButtonView] = []
            if !state.history.isEmpty {
                list.append(ButtonView(label: "Back", target: .backButton, isFocused: state.focus == .backButton))
            }
            if page.hasNextButton {
                list.append(ButtonView(label: page.nextLabel, target: .nextButton, isFocused: state.focus == .nextButton))
            }
            buttons = list
        }
        var footer = reuse?.previous.footer
            ?? keyMap.bindings.filter(\.inFooter).map { KeyHint(keys: $0.keyLabel, meaning: $0.meaning) }
        if let training = state.training { footer = Self.trainingFooter(footer, mode: training.mode) }
        let guide = GuideView.of(state, catalog)
        if let guide { footer = guide.footer }
        switch state.overlay {
        case .help:
            overlay = Self.help(page: page, journey: catalog.journey(containing: state.page), state: state, keyMap: keyMap)
        case .quitConfirmation: overlay = .quitConfirmation(lines: Self.quitLines)
        case .panel(let title, let lines): overlay = .help(title: title, lines: lines)
        case nil: overlay = nil
        }
        self.init(pageTitle: pageTitle, stepLabel: stepLabel, address: address, menu: menu, instruction: instruction,
                  tabs: tabs, items: items, buttons: buttons, status: state.notice, footer: footer, overlay: overlay,
                  size: state.size, guide: guide, earlier: reuse?.previous)
    }

    static func fieldView(_ field: Field, page: Page, state: WizardState, context: FactContext) -> FieldView {
        let focused = state.focus == .field(field.id)
        let editable = state.values[field.id] ?? EditableText("", maxLength: field.kind.maxLength)
        let control: ControlView
        switch field.kind {
        case .text(_, let width, let placeholder, _):
            control = .textBox(TextBoxView(editable: editable, width: width, placeholder: placeholder,
                                           isMasked: false, revealsLastFour: false))
        case .secret(_, let width):
            control = .textBox(TextBoxView(editable: editable, width: width, placeholder: "",
                                           isMasked: true, revealsLastFour: false))
        case .cardNumber:
            control = .textBox(TextBoxView(editable: editable, width: 23, placeholder: "",
                                           isMasked: true, revealsLastFour: !focused))
        case .choice(let source, let placeholder):
            let options = source.options(in: context)
            let value = page.effectiveValue(of: field, in: context)
            let chosen = options.first { $0.value == value }
            let width = min(40, options.reduce(placeholder.count) { max($0, $1.displayLength) })
            control = .dropDown(label: chosen?.displayLabel ?? placeholder, isPlaceholder: chosen == nil, width: width)
        case .checkBox(let text):
            control = .checkBox(isChecked: editable.text == Field.checkedValue, text: Facts.fill(text, context))
        case .link:
            control = .link(field.label)
        case .tabStrip(let titles):
            control = .tabStrip(titles: titles, selected: editable.text)
        case .button:
            control = .button(field.label)
        }
        return FieldView(id: field.id, label: field.label, isRequired: field.isRequired, control: control,
                         error: state.errors[field.id], note: field.note.map { Facts.fill($0, context) },
                         isFocused: focused)
    }

    /// While a scenario runs the footer makes room for the mode's own keys (the full list stays
    /// in F1's help).
    static func trainingFooter(_ footer: [KeyHint], mode: TrainingMode) -> [KeyHint] {
        let kept = footer.filter { $0.keys != "S-Tab/↑" }
        let extra: [KeyHint] = switch mode {
        case .practice: [KeyHint(keys: "F2", meaning: "show me"), KeyHint(keys: "F3", meaning: "steps")]
        case .exam: [KeyHint(keys: "F3", meaning: "steps"), KeyHint(keys: "F4", meaning: "task")]
        case .demo: [KeyHint(keys: "Space", meaning: "pause"), KeyHint(keys: "T", meaning: "take over")]
        case .guide: [] // the guide's footer replaces the whole line (GuideView.footer)
        }
        return Array(kept.dropLast()) + extra + kept.suffix(1)
    }

    /// A tab is current, done (visited, nothing wrong), has problems (visited), or not yet seen.
    static func tabState(_ tab: PageID, current: PageID, catalog: Catalog, state: WizardState) -> TabView.State {
        if tab == current { return .current }
        guard state.visited.contains(tab) else { return .notVisited }
        return catalog.page(tab).problems(in: state.context).isEmpty ? .complete : .hasProblems
    }

    static let quitLines = [
        "Quit the rehearsal?",
        "",
        "Your answers stay in this session's transcript (unless",
        "--no-record), so pacer-prep --resume can continue it;",
        "passwords, card numbers, security answers and dates of",
        "birth are never written anywhere.",
        "",
        "y = quit  ·  n or Esc = keep going",
    ]

    static func help(page: Page, journey: Journey, state: WizardState, keyMap: KeyMap) -> OverlayView {
        let context = state.context
        var lines: [String] = []
        lines.append((page.step > 0 ? "\(page.step). " : "") + Facts.fill(page.instruction, context))
        if case .field(let id) = state.focus, let field = page.field(id) {
            lines.append("")
            lines.append("\(field.label)\(field.isRequired ? " (required)" : "")")
            if !field.help.isEmpty { lines.append(Facts.fill(field.help, context)) }
            let rules = field.rules.map(RuleChecker.summary)
            if !rules.isEmpty { lines.append("Rule: " + rules.joined(separator: "; ") + ".") }
            if field.kind.isTextEntry { lines.append("Keys: " + KeyMap.editingKeys) }
            if case .choice = field.kind { lines.append("Keys: " + KeyMap.choiceKeys) }
        }
        lines.append("")
        if state.training?.mode == .exam {
            lines.append("Exam: no hints. F3 lists the steps, F4 shows the task again.")
        } else {
            lines.append("Hint: " + Facts.fill(page.hint, context))
            lines.append("Help desk: " + Facts.fill(page.helpDesk, context))
        }
        if state.training?.mode == .guide { lines += ["", GuideView.helpLine] }
        lines.append("")
        lines.append(keyMap.bindings.map { "\($0.keyLabel) \($0.meaning)" }.joined(separator: " · "))
        let step = page.step > 0 ? "Step \(page.step): \(journey.steps[page.step - 1])" : journey.title
        return .help(title: "Help · \(step) · any key closes", lines: lines)
    }
}
