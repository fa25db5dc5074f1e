import WizardEngine

/// Guide mode in plain line mode: the agent panel printed under each page's header, and the
/// full screen's guide keys as whole-line commands. Each command sends the same keys the full
/// screen's guide takes (F9 and the jump's letters, F8 and the words, F5), so the jumps, the
/// search, the guide's own sign-in and the agent panel are the engine's, and a transcript sees
/// every key.
extension PlainFrontEnd {
    /// The full screen's guide keys, which work whatever has the focus.
    enum GuideKey {
        static let triage = Key.function(5)
        static let search = Key.function(8)
        static let jump = Key.function(9)
    }

    var inGuide: Bool {
        wizard.state.training?.mode == .guide && wizard.state.training?.isOver == false
    }

    /// `!jump`, `!search`, `!triage`, `!panel`.
    func guideCommand(_ command: PlainCommand) -> PlainOutcome? {
        guard inGuide else {
            output.line("That works in guide mode only (--mode guide).")
            return nil
        }
        switch command {
        case .jump(let keys): return jump(keys)
        case .search(let words): return search(words)
        case .triage:
            let change = send(.key(GuideKey.triage))
            if case .samePage = change { printNotice() }
            return finish(change)
        case .panel:
            printGuidePanel()
            return nil
        default: return nil
        }
    }

    /// The agent panel, when guide mode is on.
    func printGuidePanel() {
        guard let guide = wizard.view.guide else { return }
        for line in PlainText.guidePanel(guide) { output.line(line) }
    }

    // MARK: Jump

    /// Opens the jump box and types `keys` into it (spaces left out): a journey's letter, a
    /// step's number, a letter for another page of the step. What is missing or wrong is told
    /// with the choices the box offered there.
    func jump(_ keys: String) -> PlainOutcome? {
        let mark = Mark(wizard)
        var effects = deliver(.key(GuideKey.jump))
        var refused: Character?
        for key in keys.lowercased() where !key.isWhitespace {
            let keyEffects = deliver(.key(.character(key)))
            effects += keyEffects
            if keyEffects.contains(.bell) || wizard.state.guide.box == nil {
                if keyEffects.contains(.bell) { refused = key }
                break
            }
        }
        // Whatever the box still asks is told after the page, and the box is closed: on a
        // step of several pages Enter stays on its first page, elsewhere Esc closes.
        let open = wizard.view.guide?.box
        let stage = wizard.state.guide.box
        let onStep = if case .jump(.page)? = stage { true } else { false }
        if stage != nil { effects += deliver(.key(onStep ? .enter : .escape)) }
        let change = settle(since: mark, effects)
        let moved = onStep || (stage == nil && refused == nil)
        if case .samePage = change, moved { printNotice() }
        if case .jump(let title, let choices, _)? = open {
            if let refused { output.line("\"\(refused)\" is not one of the choices here.") }
            output.line(title)
            for choice in choices { output.line("  " + choice) }
            output.line(refused == nil && keys.isEmpty
                ? "Type !jump and a journey's letter, then a step's number, e.g. !jump u 4 c."
                : "Add the letter or number to the !jump line, e.g. !jump u 4 c.")
        }
        return finish(change)
    }

    // MARK: Search

    /// Searches every page for `words`, lists the pages found and opens the one chosen.
    func search(_ words: String) -> PlainOutcome? {
        guard !words.isEmpty else {
            output.line("Type the words after !search, e.g. !search activation code.")
            return nil
        }
        let mark = Mark(wizard)
        var effects = deliver(.key(GuideKey.search))
        effects += deliver(.paste(words))
        guard case .search(let query, _, let results, _)? = wizard.view.guide?.box else {
            return finish(settle(since: mark, effects))
        }
        guard !results.isEmpty else {
            output.line("No page matches \"\(query)\".")
            return finish(settle(since: mark, effects + deliver(.key(.escape))))
        }
        output.line(results.count == 1 ? "1 page matches \"\(query)\":" : "\(results.count) pages match \"\(query)\":")
        for (index, result) in results.enumerated() { output.line(PlainText.searchResult(index + 1, result)) }
        let line: String
        switch read("Open which? A number, or Enter for none: ") {
        case .success(let text): line = text.trimmingSpaces
        case .failure(let ended):
            _ = deliver(.key(.escape))
            return ended.outcome
        }
        guard let number = Int(line), results.indices.contains(number - 1) else {
            if !line.isEmpty { output.line("There is no result \(line); the search is closed.") }
            return finish(settle(since: mark, effects + deliver(.key(.escape))))
        }
        effects += deliver(.key(.home))
        for _ in 1..<number { effects += deliver(.key(.down)) }
        effects += deliver(.key(.enter))
        let change = settle(since: mark, effects)
        if case .samePage = change { printNotice() }
        // The search focuses the field that matched: plain mode asks it first.
        if case .field(let id) = wizard.state.focus, valueFields.contains(where: { $0.id == id }) {
            position = .field(id)
        }
        return finish(change)
    }

    /// The outcome a change ends the run with, if it does.
    private func finish(_ change: Change) -> PlainOutcome? {
        if case .finished(let outcome) = change { return outcome }
        return nil
    }
}

extension PlainText {
    /// The agent panel as lines: its place, then its headings with their text indented under
    /// them. The lines are the full screen's (`GuideView`), so both say the same.
    static func guidePanel(_ guide: GuideView) -> [String] {
        var lines = ["", "Agent panel (\(guide.place)):"]
        for line in guide.lines where !line.text.isEmpty {
            switch line.kind {
            case .heading: lines.append(line.text)
            case .text, .bullet, .note: lines.append("  " + line.text)
            }
        }
        return lines
    }

    /// "2. U 4 · Upgrade · Security tab — field help: Username: …the text"
    static func searchResult(_ number: Int, _ result: GuideSearchResult) -> String {
        "  \(number). \(result.place) · \(result.title) — \(result.source): \(result.snippet)"
    }

    /// A notice in plain words: the guide's "Esc goes back" is `!back` here.
    static func notice(_ text: String) -> String {
        text.replacingAll("Esc goes back", with: "!back goes back")
    }
}

extension String {
    /// Every `target` replaced by `replacement` (without Foundation).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
