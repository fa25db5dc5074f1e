/// Guide mode, for help-desk staff on a call: the caller's page beside an agent panel (what to
/// say, what the caller should see, the usual mistakes, the Service Center), jumps to any page of
/// any journey, a search of every page, and the triage questions one key away.
///
/// It sits in front of the coach and the reducer (`Wizard.send` asks it first) and takes only
/// its own keys; everything else reaches the page unchanged. Its letter keys work only where a
/// letter would not type or choose something (outside text fields, lists and tab strips); its
/// function keys work everywhere.
enum Guide {
    static let triageKey = Key.function(5)
    static let panelKey = Key.function(6)
    static let searchKey = Key.function(8)
    static let jumpKey = Key.function(9)
    /// The longest search.
    static let maxQuery = 60

    /// What a guide key asks for.
    enum Request: Equatable {
        case panel, jump, search, triage
    }

    /// Handles the guide's keys and boxes; nil lets the event through to the coach and the page.
    static func intercept(_ event: Event, _ wizard: inout Wizard) -> [Effect]? {
        guard let training = wizard.state.training, training.mode == .guide, !training.isOver,
              wizard.state.overlay == nil else { return nil }
        let guide = training.guide
        switch event {
        case .key(let key):
            // Quitting, redrawing and suspending work whatever the guide shows; so does F1.
            switch wizard.keyMap.command(for: key) {
            case .quit, .redraw, .suspend: return nil
            default: break
            }
            if key == .function(1) { return nil }
            if let box = guide.box { return keyInBox(key, box, &wizard) }
            if guide.panelHasKeys { return keyOnPanel(key, &wizard) }
            return keyOnPage(key, &wizard)
        case .paste(let text):
            if case .search(let query, _) = guide.box {
                let line = text.filter { !$0.isNewline && !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
                wizard.state.guide.box = .search(query: String((query + line).prefix(maxQuery)), selected: 0)
                return []
            }
            return guide.box != nil || panelCovers(wizard) ? [] : nil
        case .wheel(let up):
            if case .search(let query, let selected) = guide.box {
                wizard.state.guide.box = .search(query: query, selected: max(0, selected + (up ? -1 : 1)))
                clampSelection(&wizard)
                return []
            }
            if guide.box != nil { return [] }
            if guide.panelHasKeys {
                scrollPanel(by: up ? -3 : 3, &wizard)
                return []
            }
            return nil
        case .click:
            if guide.box != nil || panelCovers(wizard) { return [] }
            // A click on the page beside the panel gives the keys back to the page.
            wizard.state.guide.panelHasKeys = false
            return nil
        default:
            return nil
        }
    }

    // MARK: Who has the keys

    /// The page has the keys: only the guide's own keys are taken.
    static func keyOnPage(_ key: Key, _ wizard: inout Wizard) -> [Effect]? {
        guard let request = request(for: key, letters: lettersAreFree(wizard), slash: slashIsFree(wizard)) else {
            return nil
        }
        return perform(request, &wizard)
    }

    /// The panel has the keys: arrows scroll it; F6, Esc or Enter give the keys back to the page.
    /// Beside the page any other key also goes back to the page; over it, it does nothing.
    static func keyOnPanel(_ key: Key, _ wizard: inout Wizard) -> [Effect]? {
        if let request = request(for: key, letters: true, slash: true) {
            if request == .panel {
                wizard.state.guide.panelHasKeys = false
                return []
            }
            return perform(request, &wizard)
        }
        let rows = GuidePanelRenderer.panelRows(wizard.view)
        switch key {
        case .escape, .enter:
            wizard.state.guide.panelHasKeys = false
            return []
        case .up: scrollPanel(by: -1, &wizard)
        case .down: scrollPanel(by: 1, &wizard)
        case .pageUp: scrollPanel(by: -max(1, rows - 2), &wizard)
        case .pageDown, .character(" "): scrollPanel(by: max(1, rows - 2), &wizard)
        case .home: wizard.state.guide.panelTop = 0
        case .end: scrollPanel(by: Int.max / 2, &wizard)
        default:
            guard GuideLayout.isBeside(wizard.state.size) else { return [.bell] }
            wizard.state.guide.panelHasKeys = false
            return nil
        }
        return []
    }

    /// The guide request a key makes, if any: function keys always, letters only where free.
    static func request(for key: Key, letters: Bool, slash: Bool) -> Request? {
        switch key {
        case panelKey: .panel
        case jumpKey: .jump
        case searchKey: .search
        case triageKey: .triage
        case .character("g"): letters ? .jump : nil
        case .character("t"): letters ? .triage : nil
        case .character("/"): slash ? .search : nil
        default: nil
        }
    }

    static func perform(_ request: Request, _ wizard: inout Wizard) -> [Effect] {
        switch request {
        case .panel:
            wizard.state.guide.panelHasKeys = true
        case .jump:
            wizard.state.guide.box = .jump(.journey)
        case .search:
            wizard.state.guide.box = .search(query: "", selected: 0)
        case .triage:
            guard let triage = GuideJump.triagePage(wizard.catalog) else { return [.bell] }
            if wizard.state.page != triage { GuideJump.go(to: triage, &wizard) }
            wizard.state.notice = Notice("The triage questions: ask them in order. Esc goes back to the caller's page.", .info)
        }
        return []
    }

    /// Whether a letter would do nothing on the focused control (so g and t may be the guide's).
    static func lettersAreFree(_ wizard: Wizard) -> Bool {
        lettersAreFree(page: wizard.page, focus: wizard.state.focus)
    }

    static func lettersAreFree(page: Page, focus: FocusTarget?) -> Bool {
        guard case .field(let id) = focus, let field = page.field(id) else { return true }
        switch field.kind {
        case .text, .secret, .cardNumber, .choice, .tabStrip: return false
        default: return true
        }
    }

    /// Whether / would do nothing on the focused control (it types only into text fields).
    static func slashIsFree(_ wizard: Wizard) -> Bool {
        slashIsFree(page: wizard.page, focus: wizard.state.focus)
    }

    static func slashIsFree(page: Page, focus: FocusTarget?) -> Bool {
        guard case .field(let id) = focus, let field = page.field(id) else { return true }
        return !field.kind.isTextEntry
    }

    /// Whether the panel has the keys and stands where the page would (below 120 columns).
    static func panelCovers(_ wizard: Wizard) -> Bool {
        wizard.state.guide.panelHasKeys && !GuideLayout.isBeside(wizard.state.size)
    }

    static func scrollPanel(by lines: Int, _ wizard: inout Wizard) {
        let limit = GuidePanelRenderer.scrollLimit(wizard.view)
        wizard.state.guide.panelTop = max(0, min(limit, wizard.state.guide.panelTop + lines))
    }

    // MARK: The boxes

    static func keyInBox(_ key: Key, _ box: GuideBox, _ wizard: inout Wizard) -> [Effect]? {
        switch box {
        case .jump(let stage): return keyInJump(key, stage, &wizard)
        case .search(let query, let selected): return keyInSearch(key, query: query, selected: selected, &wizard)
        }
    }

    /// A journey's letter, then a step's number; on a step of several pages the box stays open
    /// with a letter for each of them. Esc closes; Backspace goes back one choice.
    static func keyInJump(_ key: Key, _ stage: GuideJumpStage, _ wizard: inout Wizard) -> [Effect]? {
        let catalog = wizard.catalog
        if key == .escape || key == jumpKey {
            wizard.state.guide.box = nil
            return []
        }
        switch stage {
        case .journey:
            if key == .backspace {
                wizard.state.guide.box = nil
                return []
            }
            guard case .character(let letter) = key, let journey = GuideJump.journey(for: letter, catalog) else { return [.bell] }
            if journey.steps.isEmpty {
                wizard.state.guide.box = nil
                GuideJump.go(to: journey.firstPage, &wizard)
            } else {
                wizard.state.guide.box = .jump(.step(journey.id))
            }
        case .step(let id):
            if key == .backspace {
                wizard.state.guide.box = .jump(.journey)
                return []
            }
            guard case .character(let digit) = key, let number = digit.wholeNumberValue, let journey = catalog.journey(id),
                  case let pages = GuideJump.pages(of: journey, step: number), let first = pages.first else { return [.bell] }
            wizard.state.guide.box = pages.count > 1 ? .jump(.page(id, step: number)) : nil
            GuideJump.go(to: first.id, &wizard)
        case .page(let id, let step):
            switch key {
            case .backspace:
                wizard.state.guide.box = .jump(.step(id))
            case .enter:
                wizard.state.guide.box = nil
            case .character(let letter):
                guard let journey = catalog.journey(id), let code = letter.asciiValue, code >= 97,
                      case let pages = GuideJump.pages(of: journey, step: step), Int(code) - 97 < pages.count else { return [.bell] }
                wizard.state.guide.box = nil
                GuideJump.go(to: pages[Int(code) - 97].id, &wizard)
            default:
                // Tab, arrows and the like: the box closes and the key works on the page.
                wizard.state.guide.box = nil
                return nil
            }
        }
        return []
    }

    /// Typing edits the words; ↑/↓ choose a result; Enter jumps to it; Esc closes.
    static func keyInSearch(_ key: Key, query: String, selected: Int, _ wizard: inout Wizard) -> [Effect]? {
        var query = query
        var selected = selected
        switch key {
        case .escape, searchKey:
            wizard.state.guide.box = nil
            return []
        case .enter:
            let results = GuideSearch.results(query, wizard.catalog, wizard.state.context)
            guard selected < results.count else { return [.bell] }
            let result = results[selected]
            wizard.state.guide.box = nil
            GuideJump.go(to: result.page, focusing: result.field, &wizard)
            return []
        case .up, .backTab: selected -= 1
        case .down, .tab: selected += 1
        case .pageUp: selected -= 5
        case .pageDown: selected += 5
        case .home: selected = 0
        case .end: selected = Int.max / 2
        case .backspace:
            guard !query.isEmpty else { return [.bell] }
            query.removeLast()
            selected = 0
        case .control("u"):
            query = ""
            selected = 0
        case .control("w"):
            while query.last == " " { query.removeLast() }
            while let last = query.last, last != " " { query.removeLast() }
            selected = 0
        case .character(let character):
            guard query.count < maxQuery else { return [.bell] }
            query.append(character)
            selected = 0
        default:
            return [.bell]
        }
        wizard.state.guide.box = .search(query: query, selected: max(0, selected))
        clampSelection(&wizard)
        return []
    }

    static func clampSelection(_ wizard: inout Wizard) {
        guard case .search(let query, let selected) = wizard.state.guide.box else { return }
        let count = GuideSearch.results(query, wizard.catalog, wizard.state.context).count
        wizard.state.guide.box = .search(query: query, selected: max(0, min(selected, count - 1)))
    }
}

extension Wizard {
    /// Turns guide mode on: without a scenario it is the only training state; with one, the
    /// scenario's world and task card stay and the guide's keys come first.
    public mutating func startGuide() {
        if state.training == nil {
            state.training = TrainingState(mode: .guide, scenarioID: scenario?.id ?? "")
        } else {
            state.training?.mode = .guide
        }
        keepFocusVisible()
    }
}
