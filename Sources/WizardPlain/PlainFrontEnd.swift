import WizardEngine

/// The line-by-line front end: the same `Wizard` and `ScreenView` as the curses one, told as
/// lines of text for screen readers, braille displays, pipes and scripts.
///
/// When the page changes it prints the step and the instruction, then the page's text, then
/// asks one field at a time (label, whether it is required, its current value, numbered
/// choices), and ends each page with its numbered links and buttons, Enter being Next. Every
/// value goes to the engine as an event, so the checks and their sentences are the engine's;
/// errors and notices are printed from `state.errors` and `state.notice`. Nothing is drawn:
/// no box, no colour, no cursor movement, and no secret is ever printed back.
public final class PlainFrontEnd {
    public private(set) var wizard: Wizard
    private var answers: AnswerSheet
    private let input: any LineInput
    let output: any LineOutput
    /// Page text already printed on this visit, so newly shown text is printed once.
    private var printed: Set<String> = []
    var position: Position = .actions
    /// After a refused Next: ask only the fields that have a problem.
    private var onlyProblems = false

    /// Where the conversation is on the page.
    enum Position: Equatable {
        case field(FieldID)
        /// The page's closing prompt: Next and the numbered links and buttons.
        case actions
    }

    /// What an event did to the page.
    enum Change {
        case finished(PlainOutcome)
        case newPage
        case samePage
    }

    /// Called after every event with the state before it, the wizard after it and the effects:
    /// how the executable keeps a transcript of a plain-mode run.
    public var observer: ((WizardState, Wizard, [Effect]) -> Void)?

    public init(wizard: Wizard, answers: AnswerSheet = .none, input: any LineInput, output: any LineOutput) {
        self.wizard = wizard
        self.answers = answers
        self.input = input
        self.output = output
    }

    /// Runs until the journey is finished, the person quits or the input ends.
    public func run() -> PlainOutcome {
        answers.start(&wizard)
        if let outcome = showPanel() { return outcome }
        if wizard.state.training?.mode == .demo { return playDemo() }
        enterPage()
        while true {
            if wizard.state.isFinished { return .completed }
            let outcome: PlainOutcome?
            switch position {
            case .field(let id): outcome = ask(id)
            case .actions: outcome = askForAction()
            }
            if let outcome { return outcome }
        }
    }

    // MARK: The page

    private var page: Page { wizard.page }

    /// The fields shown now that take a value, in page order.
    var valueFields: [Field] {
        page.visibleFields(in: wizard.state.context).filter(\.holdsValue)
    }

    private func enterPage() {
        printed = []
        let view = wizard.view
        for line in PlainText.header(view, page, wizard.journey) { output.line(line) }
        printGuidePanel()
        printNotice()
        onlyProblems = printProblems()
        position = firstStop()
    }

    /// Prints the page's text that comes before `field` (all of it when nil) and is not yet
    /// printed: text shown by an answer (County's note, a chosen kind's description) appears
    /// at the next prompt.
    private func printText(upTo field: FieldID?) {
        for item in wizard.view.items {
            switch item {
            case .field(let view):
                if view.id == field { return }
            case .paragraph(let text, let tone):
                if printed.insert(text).inserted { output.line(PlainText.paragraph(text, tone)) }
            case .heading(let text):
                if printed.insert("# " + text).inserted {
                    output.line()
                    output.line(text)
                }
            }
        }
    }

    func printNotice() {
        if let notice = wizard.state.notice { output.line(PlainText.notice(notice.text)) }
    }

    /// Prints the problems of the fields shown now; true if there were any.
    @discardableResult
    private func printProblems() -> Bool {
        let problems = valueFields.compactMap { wizard.state.errors[$0.id] }
        for problem in problems { output.line("Error: " + problem) }
        return !problems.isEmpty
    }

    private func firstStop() -> Position {
        let fields = valueFields
        let first = onlyProblems ? fields.first { wizard.state.errors[$0.id] != nil } : fields.first
        return first.map { .field($0.id) } ?? .actions
    }

    private func stop(after id: FieldID) -> Position {
        let fields = valueFields
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return firstStop() }
        let rest = fields[(index + 1)...]
        let next = onlyProblems ? rest.first { wizard.state.errors[$0.id] != nil } : rest.first
        return next.map { .field($0.id) } ?? .actions
    }

    private func stop(before id: FieldID) -> Position? {
        let fields = valueFields
        guard let index = fields.firstIndex(where: { $0.id == id }), index > 0 else { return nil }
        return .field(fields[index - 1].id)
    }

    // MARK: Prompts

    /// Shows `prompt` and reads the answer; fails with the outcome when the input ended or a
    /// signal came.
    func read(_ prompt: String, hidden: Bool = false) -> Result<String, Ended> {
        switch input.readLine(hidden: hidden, prompt: { output.write(prompt) }) {
        case .line(let line):
            if !input.echoesTyping { output.line() }
            return .success(line)
        case .end: return .failure(Ended(outcome: .inputEnded))
        case .signal(let number): return .failure(Ended(outcome: .signal(number)))
        }
    }

    struct Ended: Error {
        let outcome: PlainOutcome
    }

    private func ask(_ id: FieldID) -> PlainOutcome? {
        guard let field = valueFields.first(where: { $0.id == id }) else {
            position = stop(after: id)
            return nil
        }
        printText(upTo: id)
        let options = self.options(of: field)
        if !options.isEmpty { for line in PlainText.choices(field, options) { output.line(line) } }
        let hidden: Bool
        switch field.kind {
        case .secret, .cardNumber: hidden = true
        default: hidden = false
        }
        let line: String
        switch read(PlainText.prompt(field, page, wizard.state), hidden: hidden) {
        case .success(let text): line = text
        case .failure(let ended): return ended.outcome
        }
        switch PlainCommand(line) {
        case .keep:
            position = stop(after: id)
        case .previous:
            if let previous = stop(before: id) { position = previous } else { return back() }
        case .help:
            for line in PlainText.help(field, page, wizard.state, options: options) { output.line(line) }
        case .next:
            return press(.nextButton)
        case .back:
            return back()
        case .links:
            position = .actions
        case .page:
            reprintPage()
        case .clear:
            return give(field, "")
        case .quit:
            return confirmQuit()
        case .showMe, .steps, .task:
            return scenarioCommand(PlainCommand(line))
        case .jump, .search, .triage, .panel:
            return guideCommand(PlainCommand(line))
        case .value(let text):
            guard let value = interpret(text, for: field, options: options) else { return nil }
            return give(field, value)
        }
        return nil
    }

    /// The entries a list or tab strip offers now.
    private func options(of field: Field) -> [ChoiceOption] {
        switch field.kind {
        case .choice(let source, _): source.options(in: wizard.state.context)
        case .tabStrip(let titles): titles.map { ChoiceOption($0) }
        default: []
        }
    }

    /// The value a typed line stands for, or nil after saying why it stands for none.
    private func interpret(_ text: String, for field: Field, options: [ChoiceOption]) -> String? {
        switch field.kind {
        case .choice, .tabStrip:
            switch ChoiceMatch(text, in: options) {
            case .found(let option):
                return option.value
            case .several(let matches):
                let names = matches.prefix(8).map(\.displayLabel).joined(separator: ", ")
                output.line("\"\(text)\" fits \(matches.count) choices: \(names)\(matches.count > 8 ? ", …" : ""); type more of the name.")
            case .none:
                output.line("\"\(text)\" is not one of the \(field.label) choices; type ? to list them.")
            }
            return nil
        case .checkBox:
            switch text.trimmingSpaces.lowercased() {
            case "y", "yes", "x": return Field.checkedValue
            case "n", "no": return ""
            default:
                output.line("Type y to tick \"\(field.label)\" or n to leave it unticked.")
                return nil
            }
        default:
            // A line holds no line break; other control characters never reach a field.
            return String(text.filter { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        }
    }

    /// Gives the engine a value; asks the same field again if the engine finds a problem.
    private func give(_ field: Field, _ value: String) -> PlainOutcome? {
        switch send(.answered(field.id, value)) {
        case .finished(let outcome): return outcome
        case .newPage: return nil
        case .samePage: break
        }
        printNotice()
        if let problem = wizard.state.errors[field.id] {
            output.line("Error: " + problem)
            position = .field(field.id)
        } else {
            position = stop(after: field.id)
        }
        return nil
    }

    private func askForAction() -> PlainOutcome? {
        printText(upTo: nil)
        let actions = PlainAction.list(page, wizard.state)
        if !actions.isEmpty {
            output.line(page.hasNextButton ? "Links and buttons on this page:" : "Choose one:")
            for (index, action) in actions.enumerated() { output.line("  \(index + 1). \(action.label)") }
        }
        let line: String
        switch read(PlainText.actionPrompt(page, actions: actions.count)) {
        case .success(let text): line = text
        case .failure(let ended): return ended.outcome
        }
        switch PlainCommand(line) {
        case .keep, .next:
            return press(.nextButton)
        case .previous:
            if let last = valueFields.last { position = .field(last.id) } else { return back() }
        case .help(let number):
            if let number, actions.indices.contains(number - 1) {
                let help = actions[number - 1].help
                output.line("\(actions[number - 1].label): " + (help.isEmpty ? "no more to say about it." : help))
            } else {
                output.line(wizard.view.instruction)
                for line in PlainText.pageHelp(page, wizard.state.context) { output.line(line) }
            }
        case .back:
            return back()
        case .links:
            break
        case .page:
            reprintPage()
        case .clear:
            output.line("There is no field here to clear; < goes back to the questions.")
        case .quit:
            return confirmQuit()
        case .showMe, .steps, .task:
            return scenarioCommand(PlainCommand(line))
        case .jump, .search, .triage, .panel:
            return guideCommand(PlainCommand(line))
        case .value(let text):
            let typed = text.trimmingSpaces
            if let number = Int(typed), actions.indices.contains(number - 1) {
                return press(actions[number - 1].target)
            }
            let named = actions.filter { $0.label.lowercased().hasPrefix(typed.lowercased()) }
            if named.count == 1 { return press(named[0].target) }
            output.line(actions.isEmpty
                ? "There is nothing to choose here: press Enter for \(page.nextLabel), or type ? for help."
                : "Type a number from 1 to \(actions.count)\(page.hasNextButton ? ", or Enter for \(page.nextLabel)" : "").")
        }
        return nil
    }

    // MARK: Events

    // MARK: Scenarios

    /// Prints a box the training modes opened (the task card, the steps, the results) and
    /// closes it; the results end the run.
    private func showPanel() -> PlainOutcome? {
        guard case .help(let title, let lines)? = wizard.view.overlay, wizard.state.overlay != .help else { return nil }
        output.line()
        output.line(title)
        for line in lines where !line.hasPrefix("Practice:") && !line.hasPrefix("Exam:") && !line.hasPrefix("Demo:")
            && line != "Any key ends the run." {
            output.line(line)
        }
        if wizard.state.training?.isOver == true { return .completed }
        if wizard.state.training != nil, lines.last?.hasSuffix("Any key starts.") == true {
            output.line("In a scenario: !show does the step, !steps lists the steps, !task shows this again.")
        }
        _ = wizard.send(.key(.escape))
        return nil
    }

    /// `!show`, `!steps`, `!task`: the full screen's F2, F3 and F4.
    private func scenarioCommand(_ command: PlainCommand) -> PlainOutcome? {
        guard wizard.state.training != nil else {
            output.line("That works in a scenario only (--scenario).")
            return nil
        }
        let key: Key = switch command {
        case .showMe: .function(2)
        case .steps: .function(3)
        default: .function(4)
        }
        switch send(.key(key)) {
        case .finished(let outcome): return outcome
        case .newPage: return nil
        case .samePage:
            printNotice()
            return showPanel()
        }
    }

    /// A demo in plain mode plays every step at once, printing each caption.
    private func playDemo() -> PlainOutcome {
        enterPage()
        while wizard.state.training?.isOver == false {
            let step = wizard.state.training?.demoNextStep
            let change = send(.key(.right))
            if case .finished(let outcome) = change { return outcome }
            if let outcome = showPanel() { return outcome }
            if wizard.state.training?.demoNextStep == step || wizard.state.training?.demoPaused == true {
                printNotice()
                return .quit
            }
            if case .samePage = change { printNotice() }
        }
        return showPanel() ?? .completed
    }

    /// Sends an event, gives the answers waiting for a page, and announces a new page.
    func send(_ event: Event) -> Change {
        let mark = Mark(wizard)
        return settle(since: mark, deliver(event))
    }

    /// Where the run was before some events: a new page is announced against it.
    struct Mark {
        let page: PageID
        let depth: Int

        init(_ wizard: Wizard) {
            page = wizard.state.page
            depth = wizard.state.history.count
        }
    }

    /// Sends one event and gives the answers waiting for a page, announcing nothing (several
    /// events in a row, such as a guide jump's keys, then settle once).
    func deliver(_ event: Event) -> [Effect] {
        let old = wizard.state
        let effects = wizard.send(event)
        answers.fill(&wizard)
        observer?(old, wizard, effects)
        return effects
    }

    /// Ends a run of events: the results or the end of the run, else a new page announced.
    func settle(since mark: Mark, _ effects: [Effect]) -> Change {
        if wizard.state.training?.isOver == true {
            printNotice()
            if let outcome = showPanel() { return .finished(outcome) }
        }
        if effects.contains(.quit(.completed)) { return .finished(.completed) }
        if effects.contains(.quit(.quitByUser)) { return .finished(.quit) }
        if wizard.state.page != mark.page || wizard.state.history.count != mark.depth {
            enterPage()
            return .newPage
        }
        return .samePage
    }

    /// Chooses a link, button, menu item or tab, or presses Next; after a refused Next, asks
    /// again the fields with problems (or, when the back end refused without naming one, the
    /// page's fields from the first).
    private func press(_ target: FocusTarget) -> PlainOutcome? {
        switch send(.pressed(target)) {
        case .finished(let outcome): return outcome
        case .newPage: return nil
        case .samePage: break
        }
        printNotice()
        onlyProblems = printProblems()
        if onlyProblems || (target == .nextButton && wizard.state.notice?.tone == .problem) {
            position = firstStop()
        } else {
            position = .actions
        }
        return nil
    }

    private func back() -> PlainOutcome? {
        switch send(.pressed(.backButton)) {
        case .finished(let outcome): return outcome
        case .newPage: return nil
        case .samePage: printNotice()
        }
        return nil
    }

    private func reprintPage() {
        printed = []
        for line in PlainText.header(wizard.view, page, wizard.journey) { output.line(line) }
        for field in valueFields {
            printText(upTo: field.id)
            output.line("  \(field.label): \(PlainText.current(field, page, wizard.state))")
        }
        printText(upTo: nil)
    }

    /// Asks the engine's quit question and quits on y.
    private func confirmQuit() -> PlainOutcome? {
        _ = wizard.send(.key(.control("c")))
        if case .quitConfirmation(let lines)? = wizard.view.overlay {
            // The last line names the curses keys; plain mode asks in its own words.
            for line in lines.dropLast() where !line.isEmpty { output.line(line) }
        }
        let line: String
        switch read("Quit? y to quit, n to keep going: ") {
        case .success(let text): line = text
        case .failure(let ended): return ended.outcome
        }
        if ["y", "yes"].contains(line.trimmingSpaces.lowercased()) {
            _ = wizard.send(.key(.character("y")))
            return .quit
        }
        _ = wizard.send(.key(.character("n")))
        return nil
    }
}
