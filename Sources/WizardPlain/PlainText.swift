import WizardEngine

/// The sentences plain mode prints, made from the same `ScreenView` and page data the curses
/// front end draws: headers, page text, prompts, help. Pure, so tests can read them.
enum PlainText {
    /// Lists with at most this many entries are printed, numbered, before their prompt.
    static let shortList = 15

    /// "Step 4 of 9: Fill in the registration form", the page's title and address, its tabs,
    /// and the step's instruction.
    static func header(_ view: ScreenView, _ page: Page, _ journey: Journey) -> [String] {
        var lines = [""]
        lines.append(page.step > 0 ? "\(view.stepLabel): \(journey.steps[page.step - 1])" : view.stepLabel)
        lines.append("Page: \(view.pageTitle), at \(view.address)")
        if !view.tabs.isEmpty {
            lines.append("Tabs: " + view.tabs.map { $0.state == .current ? "\($0.title) (this one)" : $0.title }
                .joined(separator: ", "))
        }
        lines.append(view.instruction)
        return lines
    }

    /// Running text; the tone curses shows by colour is said in a word.
    static func paragraph(_ text: String, _ tone: Block.Tone) -> String {
        switch tone {
        case .warning: "Warning: " + text
        case .note: "Note: " + text
        case .normal, .success: text
        }
    }

    /// The field's current value as it may be told: never a secret or a private value.
    static func current(_ field: Field, _ page: Page, _ state: WizardState) -> String {
        let context = state.context
        let value = state.value(field.id)
        switch field.kind {
        case .secret, .cardNumber:
            return value.isEmpty ? "(empty)" : "(set)"
        case .text:
            if value.isEmpty { return "(empty)" }
            return field.sensitivity == .ordinary ? "\"\(value)\"" : "(set)"
        case .choice(let source, _):
            let chosen = source.options(in: context).first { $0.value == page.effectiveValue(of: field, in: context) }
            return chosen.map { "\"\($0.displayLabel)\"" } ?? "(none chosen)"
        case .checkBox:
            return value == Field.checkedValue ? "ticked" : "not ticked"
        case .tabStrip:
            return "\"\(value)\""
        case .link, .button:
            return ""
        }
    }

    /// The prompt for a field, ending in ": " where the answer is typed.
    static func prompt(_ field: Field, _ page: Page, _ state: WizardState) -> String {
        let context = state.context
        var marks: [String] = []
        if field.isRequired { marks.append("required") }
        if case .text(_, _, let placeholder, _) = field.kind, !placeholder.isEmpty { marks.append(placeholder) }
        if let note = field.note { marks.append(Facts.fill(note, context)) }
        let label = field.label + (marks.isEmpty ? "" : " (" + marks.joined(separator: "; ") + ")")
        let now = current(field, page, state)
        switch field.kind {
        case .checkBox(let text):
            return "\(label): \(Facts.fill(text, context)); now \(now); y to tick, n to untick: "
        case .choice, .tabStrip:
            return "\(label), now \(now); a number or a name: "
        default:
            return "\(label), now \(now): "
        }
    }

    /// The entries of a list, numbered, or how to reach them when the list is long.
    static func choices(_ field: Field, _ options: [ChoiceOption], all: Bool = false) -> [String] {
        if options.count <= shortList || all {
            return options.enumerated().map { "  \($0.offset + 1). \($0.element.displayLabel)" }
        }
        return ["  \(field.label) has \(options.count) choices: type a name or its first letters (? lists them all)."]
    }

    /// Help for a field: what the curses help box says, in lines, with the plain commands.
    static func help(_ field: Field, _ page: Page, _ state: WizardState, options: [ChoiceOption]) -> [String] {
        let context = state.context
        var lines = ["Help for \(field.label)\(field.isRequired ? " (required)" : ""):"]
        if !field.help.isEmpty { lines.append(Facts.fill(field.help, context)) }
        let rules = field.rules.map(RuleChecker.summary)
        if !rules.isEmpty { lines.append("Rule: " + rules.joined(separator: "; ") + ".") }
        if !options.isEmpty {
            lines.append("Choices:")
            lines += choices(field, options, all: true)
        }
        return lines + pageHelp(page, context)
    }

    /// The page's hint and help-desk line and the commands.
    static func pageHelp(_ page: Page, _ context: FactContext) -> [String] {
        ["Hint: " + Facts.fill(page.hint, context),
         "Help desk: " + Facts.fill(page.helpDesk, context),
         "Commands: " + PlainCommand.summary]
    }

    /// The prompt that ends a page: Next (by its label) and the numbered choices.
    static func actionPrompt(_ page: Page, actions: Int) -> String {
        if page.hasNextButton {
            let numbers = actions > 0 ? ", a number to choose" : ""
            return "Enter for \(page.nextLabel)\(numbers), < to go back, ? for help: "
        }
        return "A number to choose, < to go back, ? for help: "
    }
}
