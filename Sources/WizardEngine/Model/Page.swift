/// One mock web page, declared as a value: what it shows, what can be focused, where Next leads.
public struct Page: Sendable {
    public let id: PageID
    /// The number of the notice's step this page rehearses (1-based).
    public let step: Int
    /// The page's heading, as the web site titles it.
    public let title: String
    /// The mock browser's address line, so a caller and a helper can compare what they see.
    public let address: String
    public let menuBar: MenuBar
    /// The instruction for this step, numbered as in the notice.
    public let instruction: String
    public let blocks: [Block]
    /// What Next does; nil when the page is left only by choosing one of its links.
    public let next: PageID?
    /// Said when Next is pressed on a page that is left by a link.
    public let chooseALinkMessage: String
    /// The label of the button that leads on ("Next", "Submit", "Finish").
    public let nextLabel: String
    /// Whether pressing the next button ends the journey successfully.
    public let finishesJourney: Bool
    /// A hint for the person rehearsing (F1).
    public let hint: String
    /// One line for help-desk staff: what to tell a caller who is on this page.
    public let helpDesk: String
    /// What callers usually get wrong on this page, each with its fix (guide mode's agent panel).
    public let mistakes: [String]
    /// Asked of the mock back end when the next button is pressed and the fields pass.
    public let operation: Operation?
    /// The tab strip this page is one tab of.
    public let tabs: TabGroup?
    /// Other pages whose fields must also pass before the next button works (the upgrade's
    /// Submit on the Security tab checks the Person and Address tabs too).
    public let alsoChecks: [PageID]

    public init(
        id: PageID, step: Int, title: String, address: String, menuBar: MenuBar,
        instruction: String, blocks: [Block], next: PageID?, chooseALinkMessage: String = "",
        nextLabel: String = "Next", finishesJourney: Bool = false, hint: String, helpDesk: String,
        mistakes: [String] = [], operation: Operation? = nil, tabs: TabGroup? = nil, alsoChecks: [PageID] = []
    ) {
        self.id = id
        self.step = step
        self.title = title
        self.address = address
        self.menuBar = menuBar
        self.instruction = instruction
        self.blocks = blocks
        self.next = next
        self.chooseALinkMessage = chooseALinkMessage
        self.nextLabel = nextLabel
        self.finishesJourney = finishesJourney
        self.hint = hint
        self.helpDesk = helpDesk
        self.mistakes = mistakes
        self.operation = operation
        self.tabs = tabs
        self.alsoChecks = alsoChecks
    }

    /// Every field declared on the page, shown or not.
    public var fields: [Field] {
        blocks.compactMap { if case .field(let field) = $0.content { field } else { nil } }
    }

    /// The field with this id, if the page declares it.
    public func field(_ id: FieldID) -> Field? { fields.first { $0.id == id } }

    /// Whether Next can be pressed at all (as opposed to choosing a link).
    public var hasNextButton: Bool { next != nil || finishesJourney }
}
