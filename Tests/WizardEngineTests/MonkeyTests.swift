import Screens
import Testing
@testable import WizardEngine

/// Thousands of random events on every page of every journey, with a fixed seed so a failure
/// can be replayed: printable, wide and combining characters, control and function keys, pastes
/// with escape fragments, resizes down to nothing, clicks and the wheel. After each event the
/// invariants a person relies on are checked: the focus is on a stop the page has, a text
/// cursor is inside its box, no value changes except by an edit of the focused field or an
/// action, the frame has the terminal's size and is the one the state draws afresh, and nothing
/// escapes into a field.
@Suite struct MonkeyTests {
    static let eventsPerPage = 220
    static let seed: UInt64 = 0x5EED_2021_0920

    @Test(arguments: Journeys.catalog.journeys.map(\.id))
    func randomEventsBreakNoInvariant(journey: JourneyID) {
        var random = SplitMix64(seed: Self.seed ^ UInt64(journey.rawValue.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        let pages = Journeys.catalog.journey(journey)!.pages.map(\.id)
        for page in pages {
            var wizard = MouseFixture.wizard(on: page)
            for step in 0..<Self.eventsPerPage {
                let event = RandomEvents.next(&random, for: wizard)
                let before = wizard.state
                let effects = wizard.send(event)
                let problems = Invariants.problems(before: before, event: event, after: wizard)
                if !problems.isEmpty {
                    Issue.record("""
                        \(problems.joined(separator: "\n"))
                        after event \(step) (\(event)) on \(page), started on \(page) with seed \(Self.seed):
                        \(wizard.frame.text)
                        """)
                    break
                }
                if effects.contains(where: { if case .quit = $0 { true } else { false } }) {
                    wizard = MouseFixture.wizard(on: page)
                }
            }
        }
    }
}

/// SplitMix64: a tiny generator with a fixed seed, so every run sends the same events.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}

/// The random events, weighted towards what people do most (typing, moving, clicking).
enum RandomEvents {
    static let printable = Array("abcdeXYZ0123456789 @.-/'#!,?")
    static let wide: [Character] = ["山", "田", "ビ", "한", "😀", "Ｗ"]
    static let combining: [Character] = ["\u{301}", "\u{308}", "\u{20DD}"]
    static let keys: [Key] = [.tab, .backTab, .enter, .escape, .backspace, .delete, .up, .down, .left, .right,
                              .home, .end, .pageUp, .pageDown, .character(" ")]
    static let pastes = [
        "1 Rue de l'Église 山田ビル", "\u{1B}[31mred\u{1B}[0m", "line one\r\nline two\n", "\u{1B}]0;title\u{07}x",
        "\u{1B}[", "\u{1B}", "tab\there", String(repeating: "long ", count: 60), "e\u{301}\u{301}", "\u{0}\u{7}\u{8}\u{7F}",
        "\u{9B}2J", "4111 1111 1111 1111", "",
    ]
    static let sizes = [(80, 24), (60, 18), (59, 17), (40, 10), (1, 1), (0, 0), (200, 60), (100, 30), (120, 40),
                        (10, 3), (61, 19), (80, 18), (300, 100)]

    static func next(_ random: inout SplitMix64, for wizard: Wizard) -> Event {
        let size = wizard.state.size
        switch random.below(100) {
        case 0..<30: return .key(.character(random.pick(printable)))
        case 30..<33: return .key(.character(random.pick(wide)))
        case 33..<35: return .key(.character(random.pick(combining)))
        case 35..<62: return .key(random.pick(keys))
        case 62..<65:
            // Ctrl-C quits only after y; Ctrl-Z asks to suspend, which changes nothing here.
            return .key(.control(random.pick(Array("abcdefghijklmnopqrstuvwxyz"))))
        case 65..<67: return .key(.function(1 + random.below(12)))
        case 67..<71: return .paste(random.pick(pastes))
        case 71..<74:
            let (columns, rows) = random.pick(sizes)
            return .resize(TerminalSize(columns: columns, rows: rows))
        case 74..<93:
            let regions = wizard.hitMap.regions
            if !regions.isEmpty, random.below(3) > 0 {
                let region = random.pick(regions)
                return .click(row: region.row, column: region.columns.lowerBound + random.below(region.columns.count))
            }
            return .click(row: random.below(size.rows + 4) - 2, column: random.below(size.columns + 4) - 2)
        default: return .wheel(up: random.below(2) == 0)
        }
    }
}

/// What must hold after every event.
enum Invariants {
    static func problems(before: WizardState, event: Event, after wizard: Wizard) -> [String] {
        var problems: [String] = []
        let state = wizard.state
        let page = wizard.page
        let frame = wizard.frame

        // The screen kept between keys (made from the last one where the change allowed) is the
        // one the state makes afresh, down to every cell.
        let fresh = ScreenView(state: state, catalog: wizard.catalog, keyMap: wizard.keyMap)
        if wizard.view != fresh { problems.append("the kept view differs from the state's own") }
        if frame != FrameRenderer.render(fresh, scrollTop: state.scrollTop, glyphs: wizard.glyphs) {
            problems.append("the frame differs from one drawn afresh")
        }

        // The frame is the terminal's size.
        if frame.size != state.size || frame.cells.count != max(0, state.size.columns) * max(0, state.size.rows) {
            problems.append("the frame is \(frame.size), the terminal \(state.size)")
        }

        // The focus is on a stop the page has now (nil only when it has none).
        let order = page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty)
        if let focus = state.focus {
            if !order.contains(focus) { problems.append("the focus \(focus) is not among \(order)") }
        } else if !order.isEmpty {
            problems.append("no focus on a page with stops \(order)")
        }

        // A text cursor is only ever drawn inside the focused text box.
        if let cursor = frame.cursor {
            let box = textBox(of: state.focus, in: wizard)
            if let box, cursor.row == box.row, box.columns.contains(cursor.column) {
                // inside
            } else {
                problems.append("the cursor is at \(cursor), the focused box at \(String(describing: box))")
            }
        } else if state.overlay == nil, state.size.isLargeEnough, let box = textBox(of: state.focus, in: wizard) {
            problems.append("the focused text box at \(box) is on screen without a cursor")
        }

        // No value is lost; only the focused field changes, unless an action ran or the page changed.
        let pageChanged = before.page != state.page || before.history != state.history
        let acting = [before.focus, state.focus].contains { target in
            switch target {
            case .menu?, .tab?, .backButton?, .nextButton?: return true
            case .field(let id)?:
                guard let field = page.field(id) ?? Journeys.catalog.page(before.page).field(id) else { return false }
                if case .link = field.kind { return true }
                if case .button = field.kind { return true }
                return false
            case nil: return false
            }
        }
        for (id, value) in before.values where state.values[id] == nil {
            problems.append("the value of \(id) (\"\(value.text)\") was lost")
        }
        if !pageChanged && !acting {
            let focused = Set([before.focus, state.focus].compactMap { target -> FieldID? in
                if case .field(let id)? = target { id } else { nil }
            })
            for (id, value) in state.values where before.values[id] != value && !focused.contains(id) {
                problems.append("\(id) changed to \"\(value.text)\" without being edited")
            }
        }

        // Nothing from an escape sequence or a control key reaches a field, and no field is over its limit.
        for (id, value) in state.values {
            if value.text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                problems.append("\(id) holds a control character: \(value.text.debugDescription)")
            }
            if let limit = value.maxLength, value.count > limit {
                problems.append("\(id) holds \(value.count) characters, over its limit of \(limit)")
            }
        }

        // The page is never scrolled past its end.
        if state.size.isLargeEnough {
            let screen = wizard.screen
            let lines = screen.body.count, rows = screen.geometry.bodyRows
            if state.scrollTop < 0 || state.scrollTop > max(0, lines - rows) {
                problems.append("scrolled to \(state.scrollTop) of \(lines) lines in \(rows) rows")
            }
        }
        return problems
    }

    /// Where the focused text box's inside is on the frame, if the focus is one and it is shown.
    static func textBox(of focus: FocusTarget?, in wizard: Wizard) -> (row: Int, columns: Range<Int>)? {
        guard case .field(let id)? = focus, wizard.page.field(id)?.kind.isTextEntry == true else { return nil }
        for region in wizard.hitMap.regions where region.target == focus {
            if case .textBox(let first, let width) = region.part { return (region.row, first..<(first + width)) }
        }
        return nil
    }
}
