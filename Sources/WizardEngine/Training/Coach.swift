/// The training modes around the plain wizard: it watches each event for wrong attempts, raises
/// practice help one level at a time, does a step on "show me", plays demos, times exams, and
/// ends a scenario on its results page.
///
/// It sits outside `Reducer`, so the pages behave exactly the same with or without a scenario;
/// it only reads what the reducer did and adds to it.
enum Coach {
    /// The keys of the training modes (shown in the footer while a scenario runs).
    static let showMe = Key.function(2)
    static let stepList = Key.function(3)
    static let task = Key.function(4)
    /// Demo: the trainer switches the next fault on (and, after the last, all off).
    static let faultSwitch = Key.function(7)

    // MARK: Before the reducer

    /// Handles the training keys and the clock; nil lets the event through to the page.
    static func intercept(_ event: Event, _ wizard: inout Wizard, _ scenario: Scenario) -> [Effect]? {
        guard var training = wizard.state.training else { return nil }
        defer { wizard.state.training = training }
        if training.isOver {
            if case .key = event { return [.quit(.completed)] }
            if case .tick = event { return [] }
            return nil
        }
        switch event {
        case .tick(let milliseconds):
            if wizard.state.overlay == nil {
                training.record(wizard.state.page) { $0.milliseconds += milliseconds }
            }
            training.idleMilliseconds += milliseconds
            if training.idleMilliseconds >= TrainingState.idleLimit, wizard.state.world.faults.remove(.idleTimeout) != nil {
                expireSession(&wizard)
                return []
            }
            if training.mode == .demo && !training.demoPaused && !training.demoTakenOver && wizard.state.overlay == nil {
                training.demoElapsed += milliseconds
                if training.demoElapsed >= training.demoInterval {
                    training.demoElapsed = 0
                    wizard.state.training = training
                    let effects = playNextDemoStep(&wizard, scenario)
                    training = wizard.state.training!
                    return effects + finishIfDone(&wizard, scenario, &training)
                }
            }
            return []
        case .key(let key) where wizard.state.overlay == nil:
            training.idleMilliseconds = 0
            if key == faultSwitch, training.mode == .demo {
                switchNextFault(&wizard)
                return []
            }
            if training.mode == .demo, let handled = demoKey(key, &wizard, scenario, &training) { return handled }
            switch key {
            case stepList:
                wizard.state.overlay = stepsPanel(wizard, scenario)
                return []
            case task:
                wizard.state.overlay = taskCard(scenario, mode: training.mode)
                return []
            case showMe:
                guard training.mode == .practice else {
                    wizard.state.notice = Notice("No help in an exam: do the step yourself.", .info)
                    return [.bell]
                }
                let page = wizard.state.page
                wizard.state.training = training
                let effects = perform(stepsFor: page, &wizard, scenario)
                training = wizard.state.training!
                training.record(page) { $0.shown = true }
                if wizard.state.page != page { training.helpLevel = 0 }
                return effects + finishIfDone(&wizard, scenario, &training)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    // MARK: After the reducer

    /// Counts a wrong attempt, raises practice help, resets it on a new page, and turns the end
    /// of the scenario into its results page.
    static func observe(_ event: Event, before: WizardState, effects: [Effect], _ wizard: inout Wizard,
                        _ scenario: Scenario) -> [Effect] {
        guard var training = wizard.state.training else { return effects }
        defer { wizard.state.training = training }
        let page = before.page
        if wizard.state.page != page {
            training.helpLevel = 0
        } else if isWrongAttempt(event, before: before, after: wizard.state) {
            training.record(page) { $0.wrongAttempts += 1 }
            if training.mode == .practice { raiseHelp(&wizard, scenario, &training) }
        }
        var passed = effects.filter { $0 != .quit(.completed) }
        passed += finishIfDone(&wizard, scenario, &training, completed: effects.contains(.quit(.completed)))
        return passed
    }

    /// A wrong link, or a Next (or Enter on a button) that the page refused.
    static func isWrongAttempt(_ event: Event, before: WizardState, after: WizardState) -> Bool {
        if after.wrongChoices > before.wrongChoices { return true }
        guard let notice = after.notice, notice.tone == .problem, notice != before.notice else { return false }
        switch event {
        case .key(.enter), .key(.control("n")), .key(.pageDown), .pressed, .click: return true
        default: return false
        }
    }

    /// Practice help, one level per wrong attempt: try again → the written instruction → the
    /// right element highlighted (the focus is put on it) → "show me" offered.
    static func raiseHelp(_ wizard: inout Wizard, _ scenario: Scenario, _ training: inout TrainingState) {
        training.helpLevel = min(4, training.helpLevel + 1)
        let page = wizard.state.page
        let level = training.helpLevel
        training.record(page) { $0.helpLevel = max($0.helpLevel, level) }
        let step = scenario.expertPath.first { $0.page == page }
        let caption = step?.caption ?? Facts.fill(wizard.page.instruction, wizard.state.context)
        let said = wizard.state.notice.map { $0.text + " " } ?? ""
        switch training.helpLevel {
        case 1:
            wizard.state.notice = Notice(said + "Try again.", .problem)
        case 2:
            wizard.state.notice = Notice("Hint: \(caption)", .info)
        case 3:
            if let target = step?.action.target(on: wizard.page),
               wizard.page.focusOrder(in: wizard.state.context, canGoBack: !wizard.state.history.isEmpty).contains(target) {
                Reducer.setFocus(target, &wizard.state, wizard.page)
            }
            wizard.state.notice = Notice("Here (highlighted): \(caption)", .info)
        default:
            wizard.state.notice = Notice("Press F2 and I'll show you: \(caption)", .info)
        }
    }

    // MARK: Faults

    /// The idle-timeout fault: logged out, back to the journey's first page, with the message a
    /// caller would see.
    static func expireSession(_ wizard: inout Wizard) {
        wizard.state.world.signedIn = nil
        wizard.state.history.append(wizard.state.page)
        wizard.state.page = wizard.journey.firstPage
        Reducer.enterPage(&wizard.state, wizard.catalog)
        let minutes = TrainingState.idleLimit / 60_000
        wizard.state.notice = Notice("Your session expired after \(minutes) minutes without activity (a practice fault): start again and log in.", .problem)
    }

    /// F7 in a demo: the next fault on (only one at a time), and after the last, none.
    static func switchNextFault(_ wizard: inout Wizard) {
        let kinds = Fault.Kind.allCases
        let current = kinds.firstIndex { wizard.state.world.faults.contains($0) }
        wizard.state.world.faults = []
        let next = current.map { $0 + 1 } ?? 0
        if next < kinds.count {
            wizard.state.world.faults = [kinds[next]]
            wizard.state.notice = Notice("Fault on: \(kinds[next].rawValue) (F7: the next one).", .info)
        } else {
            wizard.state.notice = Notice("All faults off.", .info)
        }
    }

    // MARK: Show me and demos

    /// Does the expert steps written for `page` (all of them, if the page needs two), without
    /// the coach watching, as a skilled person would.
    static func perform(stepsFor page: PageID, _ wizard: inout Wizard, _ scenario: Scenario) -> [Effect] {
        var plain = Wizard(catalog: wizard.catalog, state: wizard.state, keyMap: wizard.keyMap)
        var effects: [Effect] = []
        for step in scenario.expertPath where step.page == page && plain.state.page == page {
            if case .success(let more) = ExpertPlayer.perform(step, on: &plain) { effects += more }
        }
        wizard.state = plain.state
        if effects.isEmpty, wizard.state.page == page {
            wizard.state.notice = Notice("The expert path has no step here: use F1 for help on this page.", .info)
        }
        return effects
    }

    /// The demo's next step, with its caption on the status line.
    static func playNextDemoStep(_ wizard: inout Wizard, _ scenario: Scenario) -> [Effect] {
        guard var training = wizard.state.training, training.demoNextStep < scenario.expertPath.count else { return [] }
        let step = scenario.expertPath[training.demoNextStep]
        training.demoNextStep += 1
        wizard.state.training = training
        guard step.page == wizard.state.page else {
            wizard.state.notice = Notice("Demo paused: this is not the page of the next step (\(step.page)). T hands back.", .info)
            wizard.state.training?.demoPaused = true
            return []
        }
        var plain = Wizard(catalog: wizard.catalog, state: wizard.state, keyMap: wizard.keyMap)
        let effects = (try? ExpertPlayer.perform(step, on: &plain).get()) ?? []
        wizard.state = plain.state
        wizard.state.notice = Notice("Demo \(training.demoNextStep)/\(scenario.expertPath.count): \(step.caption)", .info)
        return effects
    }

    /// Space pauses, → steps now, + and − change the speed, T takes over and hands back.
    static func demoKey(_ key: Key, _ wizard: inout Wizard, _ scenario: Scenario, _ training: inout TrainingState) -> [Effect]? {
        if training.demoTakenOver {
            // A letter that would type or choose on the page stays the page's (as in guide mode).
            guard key == .character("T") || key == .character("t"),
                  Guide.lettersAreFree(page: wizard.page, focus: wizard.state.focus) else { return nil }
            training.demoTakenOver = false
            training.demoElapsed = 0
            wizard.state.notice = Notice("Demo resumed.", .info)
            return []
        }
        switch key {
        case .character(" "):
            training.demoPaused.toggle()
            wizard.state.notice = Notice(training.demoPaused ? "Demo paused: Space resumes." : "Demo playing.", .info)
            return []
        case .right:
            wizard.state.training = training
            let effects = playNextDemoStep(&wizard, scenario)
            training = wizard.state.training!
            return effects + finishIfDone(&wizard, scenario, &training)
        case .character("+"):
            training.demoInterval = max(500, training.demoInterval - 500)
            wizard.state.notice = Notice("Demo speed: a step every \(Double(training.demoInterval) / 1000) s.", .info)
            return []
        case .character("-"), .character("−"):
            training.demoInterval = min(10_000, training.demoInterval + 500)
            wizard.state.notice = Notice("Demo speed: a step every \(Double(training.demoInterval) / 1000) s.", .info)
            return []
        case .character("t"), .character("T"):
            training.demoTakenOver = true
            wizard.state.notice = Notice("You have the keys. T (outside a text field) hands back to the demo.", .info)
            return []
        default:
            return nil
        }
    }


    // MARK: The end

    /// When the scenario's outcome is met, the results (exam) or a summary (practice, demo)
    /// replace the page; the next key ends the run.
    static func finishIfDone(_ wizard: inout Wizard, _ scenario: Scenario, _ training: inout TrainingState,
                             completed: Bool = false) -> [Effect] {
        guard !training.isOver else { return [] }
        var state = wizard.state
        if completed { state.isFinished = true }
        guard scenario.outcome.isMet(by: state) else { return completed ? [.quit(.completed)] : [] }
        training.isOver = true
        wizard.state.isFinished = completed || wizard.state.isFinished
        wizard.state.overlay = results(scenario, training, wizard.catalog)
        return []
    }

    static func results(_ scenario: Scenario, _ training: TrainingState, _ catalog: Catalog) -> Overlay {
        var lines: [String] = []
        let seconds = training.milliseconds / 1000
        let time = "\(seconds / 60) min \(seconds % 60) s"
        switch training.mode {
        case .exam:
            let passed = training.score >= scenario.effectivePassMark
            lines.append("Score: \(training.score) of 100 · pass mark \(scenario.effectivePassMark) · \(passed ? "PASSED" : "NOT PASSED")")
        case .practice, .demo, .guide:
            lines.append("Done: \(scenario.title).")
        }
        lines.append("Wrong attempts: \(training.wrongAttempts) · steps shown: \(training.shownSteps) · time: \(time)")
        let troubled = training.order.filter { page in
            let record = training.records[page]!
            return record.wrongAttempts > 0 || record.shown
        }
        if !troubled.isEmpty {
            lines.append("")
            lines.append("Where it went wrong:")
            for page in troubled {
                let record = training.records[page]!
                let title = catalog.hasPage(page) ? catalog.page(page).title : page.rawValue
                let step = catalog.hasPage(page) ? catalog.page(page).step : 0
                let right = scenario.expertPath.first { $0.page == page }?.caption ?? ""
                var what: [String] = []
                if record.wrongAttempts > 0 { what.append("\(record.wrongAttempts) wrong attempt\(record.wrongAttempts == 1 ? "" : "s")") }
                if record.shown { what.append("shown") }
                lines.append("• Step \(step), \(title): \(what.joined(separator: ", ")). Right action: \(right)")
            }
        }
        lines.append("")
        lines.append("Any key ends the run.")
        let title = training.mode == .exam ? "Exam results · \(scenario.title)" : "Scenario complete · \(scenario.title)"
        return .panel(title: title, lines: lines)
    }

    // MARK: Panels

    /// The task card: who you are and what to do.
    static func taskCard(_ scenario: Scenario, mode: TrainingMode) -> Overlay {
        var lines = scenario.persona
        if !lines.isEmpty { lines.append("") }
        lines += scenario.taskCard.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.append("")
        switch mode {
        case .practice: lines.append("Practice: F1 help · F2 show me · F3 steps · F4 this card. Any key starts.")
        case .exam: lines.append("Exam: no hints; wrong attempts and time count. F3 steps · F4 this card. Any key starts.")
        case .demo: lines.append("Demo: Space pause · → next step · + − speed · T take over / hand back · F7 next fault. Any key starts.")
        case .guide: lines.append("Guide: F6 agent panel · g or F9 jump · / or F8 search · t or F5 triage. Any key starts.")
        }
        return .panel(title: "Task · \(scenario.title)", lines: lines)
    }

    /// The journey's steps with their state: done, current, to come.
    static func stepsPanel(_ wizard: Wizard, _ scenario: Scenario) -> Overlay {
        let journey = wizard.journey
        let current = wizard.page.step
        let lines = journey.steps.enumerated().map { index, title in
            let number = index + 1
            let mark = number < current ? "✓" : (number == current ? "▸" : "·")
            return "\(mark) \(number). \(title)"
        }
        return .panel(title: "Steps · \(journey.title) · step \(current) of \(journey.steps.count)", lines: lines)
    }
}
