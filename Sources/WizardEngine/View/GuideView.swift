/// What guide mode adds to the screen, as meaning: the agent panel's lines, who has the keys,
/// the jump or search box, and the footer's keys. Built from the state alone, like the rest of
/// `ScreenView`; the renderer only lays it out.
public struct GuideView: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case heading, text, bullet, note
        }

        public var kind: Kind
        public var text: String
    }

    /// The box guide mode has open over the page.
    public enum Box: Equatable, Sendable {
        /// The jump's current question: its choices, one a line, and the keys that answer it.
        case jump(title: String, choices: [String], keys: String)
        /// The search: the words typed, a line about the results, the results, the chosen one.
        case search(query: String, summary: String, results: [GuideSearchResult], selected: Int)
    }

    /// "U · Step 4 of 6", at the right of the panel's top border.
    public var place: String
    public var lines: [Line]
    public var panelHasKeys: Bool
    public var panelTop: Int
    /// The keys listed at the foot of the panel.
    public var panelKeys: [ScreenView.KeyHint]
    public var box: Box?
    /// The page's footer in guide mode: the guide's keys as they work with the current focus.
    public var footer: [ScreenView.KeyHint]

    /// The guide's part of the screen, or nil outside guide mode.
    public static func of(_ state: WizardState, _ catalog: Catalog) -> GuideView? {
        guard let training = state.training, training.mode == .guide else { return nil }
        let guide = training.guide
        let page = catalog.page(state.page)
        let journey = catalog.journey(containing: state.page)
        let letter = GuideJump.letter(of: journey.id, catalog)
        let place = page.step > 0 ? "\(letter) · Step \(page.step) of \(journey.steps.count)" : "\(letter) · triage"
        let free = Guide.lettersAreFree(page: page, focus: state.focus)
        let slash = Guide.slashIsFree(page: page, focus: state.focus)
        let footer: [ScreenView.KeyHint] = [
            .init(keys: "Esc", meaning: "back"),
            .init(keys: "F1", meaning: "help"),
            .init(keys: "F6", meaning: "panel"),
            .init(keys: free ? "g" : "F9", meaning: "jump"),
            .init(keys: slash ? "/" : "F8", meaning: "search"),
            .init(keys: free ? "t" : "F5", meaning: "triage"),
            .init(keys: "^C", meaning: "quit"),
        ]
        let panelKeys: [ScreenView.KeyHint] = guide.panelHasKeys ? [
            .init(keys: "F6", meaning: "page"),
            .init(keys: "↑↓", meaning: "scroll"),
            .init(keys: "g", meaning: "jump"),
            .init(keys: "/", meaning: "search"),
            .init(keys: "t", meaning: "triage"),
        ] : [.init(keys: "F6", meaning: "panel keys (↑↓ scroll)")]
        return GuideView(
            place: place, lines: panelLines(page, journey, state), panelHasKeys: guide.panelHasKeys,
            panelTop: guide.panelTop, panelKeys: panelKeys, box: box(guide.box, state, catalog), footer: footer)
    }

    /// What the agent needs on this page: what to say, what the caller should see, the usual
    /// mistakes with their fixes, whom the guide signed in, and the Service Center.
    static func panelLines(_ page: Page, _ journey: Journey, _ state: WizardState) -> [Line] {
        let context = state.context
        var lines: [Line] = [Line(kind: .heading, text: "What to say"), Line(kind: .text, text: Facts.fill(page.helpDesk, context))]
        lines.append(Line(kind: .heading, text: "What the caller should see"))
        let tab = page.tabs?.tabs.first { $0.page == page.id }.map { ", \($0.title) tab" } ?? ""
        lines.append(Line(kind: .text, text: "Title: \(Facts.fill(page.title, context))\(tab)"))
        lines.append(Line(kind: .text, text: "Address: \(Facts.fill(page.address, context))"))
        if page.step > 0 {
            lines.append(Line(kind: .text, text: "Step \(page.step) of \(journey.steps.count): \(journey.steps[page.step - 1])"))
        } else {
            lines.append(Line(kind: .text, text: "\(journey.title): the triage questions, no step number"))
        }
        if !page.mistakes.isEmpty {
            lines.append(Line(kind: .heading, text: "Usual mistakes here"))
            lines += page.mistakes.map { Line(kind: .bullet, text: "• " + Facts.fill($0, context)) }
        }
        if let number = state.guide.signedInByGuide, number == state.world.signedIn, let account = state.world.signedInAccount {
            lines.append(Line(kind: .note, text: ""))
            lines.append(Line(kind: .note, text: "Signed in by the guide as \(account.fullName) (\(account.username)) to show this page."))
        }
        lines.append(Line(kind: .heading, text: "PACER Service Center · \(ServiceCenter.phone)"))
        lines.append(Line(kind: .text, text: "\(ServiceCenter.email) · \(ServiceCenter.hours)"))
        return lines
    }

    static func box(_ box: GuideBox?, _ state: WizardState, _ catalog: Catalog) -> Box? {
        switch box {
        case nil:
            return nil
        case .search(let query, let selected):
            let results = GuideSearch.results(query, catalog, state.context)
            let summary: String
            if query.allSatisfy({ $0 == " " }) {
                summary = "Words from any page, field, rule or message, e.g. activation code, county, legacy. Esc closes."
            } else if results.isEmpty {
                summary = "No page matches. Backspace or ^U to change the words · Esc closes."
            } else {
                let count = results.count == 1 ? "1 page" : "\(results.count) pages"
                summary = "\(count) · ↑↓ choose · Enter jumps there · Esc closes"
            }
            return .search(query: query, summary: summary, results: results, selected: selected)
        case .jump(.journey):
            let choices = GuideJump.letters(catalog).map { letter, journey in
                "\(letter)  \(journey.title)" + (journey.steps.isEmpty ? " (the triage questions)" : " · \(journey.steps.count) steps")
            }
            return .jump(title: "Jump to which journey?", choices: choices, keys: "a letter · Esc closes")
        case .jump(.step(let id)):
            guard let journey = catalog.journey(id) else { return nil }
            let choices = journey.steps.enumerated().map { "\($0.offset + 1)  \($0.element)" }
            return .jump(title: "Jump: \(GuideJump.letter(of: id, catalog)) \(journey.title), which step?", choices: choices,
                         keys: "a number · Backspace: journeys · Esc closes")
        case .jump(.page(let id, let step)):
            guard let journey = catalog.journey(id) else { return nil }
            let pages = GuideJump.pages(of: journey, step: step)
            let choices = pages.enumerated().map { index, page in
                "\(GuideJump.pageKey(index))  \(GuideJump.name(of: page))" + (page.id == state.page ? "  ◂ here" : "")
            }
            return .jump(title: "\(GuideJump.letter(of: id, catalog)) step \(step) has \(pages.count) pages",
                         choices: choices, keys: "a letter moves there · Enter stays · Backspace: steps")
        }
    }

    /// F1's line about the guide's keys.
    static let helpLine = "Guide: F6 switches the keys between the page and the agent panel (below 120 columns the panel then takes the page's place) · g or F9 jump (a journey's letter, a step's number, then a letter for another page of the step) · / or F8 search every page · t or F5 the triage questions. The letters work outside text fields and lists; the F keys everywhere."
}
