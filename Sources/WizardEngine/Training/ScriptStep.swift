/// One step of a scenario's expert path: on this page, give these answers, then do this.
public struct ScriptStep: Equatable, Sendable {
    public var page: PageID
    /// What a demo shows and what practice's higher help levels say.
    public var caption: String
    /// Values to give, in order.
    public var answers: [(FieldID, String)]
    /// What leads on from the page once the answers are in.
    public var action: ScriptAction
    /// The skilled person presses and is refused on purpose (a lockout, a date not yet come),
    /// which teaches the message; the path goes on from the same page.
    public var expectsRefusal: Bool
    /// The step's line in its file, for messages.
    public var line: Int

    public init(page: PageID, caption: String, answers: [(FieldID, String)] = [], action: ScriptAction,
                expectsRefusal: Bool = false, line: Int = 0) {
        self.page = page
        self.caption = caption
        self.answers = answers
        self.action = action
        self.expectsRefusal = expectsRefusal
        self.line = line
    }

    public static func == (lhs: ScriptStep, rhs: ScriptStep) -> Bool {
        lhs.page == rhs.page && lhs.caption == rhs.caption && lhs.action == rhs.action
            && lhs.expectsRefusal == rhs.expectsRefusal
            && lhs.answers.map(\.0) == rhs.answers.map(\.0) && lhs.answers.map(\.1) == rhs.answers.map(\.1)
    }
}

/// What ends an expert step.
public enum ScriptAction: Hashable, Sendable {
    /// The page's next button (Next, Submit, Login, Finish …).
    case next
    /// A link or button field of the page.
    case press(FieldID)
    /// A menu bar item, by its title.
    case menu(String)
    /// Nothing: the answers were the step (e.g. a list that reveals a link).
    case none

    /// The focus target this action presses on a page, if any.
    public func target(on page: Page) -> FocusTarget? {
        switch self {
        case .next: return .nextButton
        case .press(let id): return .field(id)
        case .menu(let title): return page.menuBar.items.firstIndex { $0.title == title }.map { .menu($0) }
        case .none: return nil
        }
    }
}
