/// One mock web page, declared as a value: what it shows, what can be focused, where Next leads.
public struct Page: Sendable {
    /// The declaration, shared by every copy: the catalog hands out a copy of the page each time
    /// it is asked, several times per key, and one reference is far cheaper to copy than seventeen.
    private final class Declaration: Sendable {
        let id: PageID
        let step: Int
        let title: String
        let address: String
        let menuBar: MenuBar
        let instruction: String
        let blocks: [Block]
        let next: PageID?
        let chooseALinkMessage: String
        let nextLabel: String
        let finishesJourney: Bool
        let hint: String
        let helpDesk: String
        let mistakes: [String]
        let operation: Operation?
        let tabs: TabGroup?
        let alsoChecks: [PageID]
        /// Worked out once from the blocks (see the accessors of the same names).
        let conditionalBlocks: [(block: Int, answersRead: [FieldID])]
        let answerReadingBlocks: [Int]
        let headerReadsAnswers: Bool
        /// The indices of the blocks that are fields, in page order, and those fields.
        let fieldBlockIndices: [Int]
        let fields: [Field]

        init(id: PageID, step: Int, title: String, address: String, menuBar: MenuBar, instruction: String,
             blocks: [Block], next: PageID?, chooseALinkMessage: String, nextLabel: String, finishesJourney: Bool,
             hint: String, helpDesk: String, mistakes: [String], operation: Operation?, tabs: TabGroup?,
             alsoChecks: [PageID]) {
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
            // One walk over the blocks: every page of every journey is declared before the first
            // frame is drawn.
            var conditionalBlocks: [(block: Int, answersRead: [FieldID])] = []
            var answerReadingBlocks: [Int] = [], fieldBlockIndices: [Int] = [], fields: [Field] = []
            for (index, block) in blocks.enumerated() {
                if let condition = block.shownWhen { conditionalBlocks.append((index, condition.answersRead)) }
                if block.readsAnswers { answerReadingBlocks.append(index) }
                if case .field(let field) = block.content {
                    fieldBlockIndices.append(index)
                    fields.append(field)
                }
            }
            self.conditionalBlocks = conditionalBlocks
            self.answerReadingBlocks = answerReadingBlocks
            self.fieldBlockIndices = fieldBlockIndices
            self.fields = fields
            headerReadsAnswers = Facts.readsAnswers(title) || Facts.readsAnswers(address) || Facts.readsAnswers(instruction)
        }
    }

    private let declaration: Declaration

    public var id: PageID { declaration.id }
    /// The number of the notice's step this page rehearses (1-based).
    public var step: Int { declaration.step }
    /// The page's heading, as the web site titles it.
    public var title: String { declaration.title }
    /// The mock browser's address line, so a caller and a helper can compare what they see.
    public var address: String { declaration.address }
    public var menuBar: MenuBar { declaration.menuBar }
    /// The instruction for this step, numbered as in the notice.
    public var instruction: String { declaration.instruction }
    public var blocks: [Block] { declaration.blocks }
    /// What Next does; nil when the page is left only by choosing one of its links.
    public var next: PageID? { declaration.next }
    /// Said when Next is pressed on a page that is left by a link.
    public var chooseALinkMessage: String { declaration.chooseALinkMessage }
    /// The label of the button that leads on ("Next", "Submit", "Finish").
    public var nextLabel: String { declaration.nextLabel }
    /// Whether pressing the next button ends the journey successfully.
    public var finishesJourney: Bool { declaration.finishesJourney }
    /// A hint for the person rehearsing (F1).
    public var hint: String { declaration.hint }
    /// One line for help-desk staff: what to tell a caller who is on this page.
    public var helpDesk: String { declaration.helpDesk }
    /// What callers usually get wrong on this page, each with its fix (guide mode's agent panel).
    public var mistakes: [String] { declaration.mistakes }
    /// Asked of the mock back end when the next button is pressed and the fields pass.
    public var operation: Operation? { declaration.operation }
    /// The tab strip this page is one tab of.
    public var tabs: TabGroup? { declaration.tabs }
    /// Other pages whose fields must also pass before the next button works (the upgrade's
    /// Submit on the Security tab checks the Person and Address tabs too).
    public var alsoChecks: [PageID] { declaration.alsoChecks }

    public init(
        id: PageID, step: Int, title: String, address: String, menuBar: MenuBar,
        instruction: String, blocks: [Block], next: PageID?, chooseALinkMessage: String = "",
        nextLabel: String = "Next", finishesJourney: Bool = false, hint: String, helpDesk: String,
        mistakes: [String] = [], operation: Operation? = nil, tabs: TabGroup? = nil, alsoChecks: [PageID] = []
    ) {
        declaration = Declaration(
            id: id, step: step, title: title, address: address, menuBar: menuBar, instruction: instruction,
            blocks: blocks, next: next, chooseALinkMessage: chooseALinkMessage, nextLabel: nextLabel,
            finishesJourney: finishesJourney, hint: hint, helpDesk: helpDesk, mistakes: mistakes, operation: operation,
            tabs: tabs, alsoChecks: alsoChecks)
    }

    /// Every field declared on the page, shown or not.
    public var fields: [Field] { declaration.fields }

    /// The field with this id, if the page declares it.
    public func field(_ id: FieldID) -> Field? {
        for block in blocks { if case .field(let field) = block.content, field.id == id { return field } }
        return nil
    }

    /// The indices of the blocks shown only while a condition holds, each with the answers its
    /// condition reads (whatever else it reads, the world, cannot change while a page is filled in).
    var conditionalBlocks: [(block: Int, answersRead: [FieldID])] { declaration.conditionalBlocks }
    /// Whether the title, the address or the instruction names an answer (`Facts.readsAnswers`).
    var headerReadsAnswers: Bool { declaration.headerReadsAnswers }
    /// The indices of the blocks whose text or list reads an answer (`Block.readsAnswers`).
    var answerReadingBlocks: [Int] { declaration.answerReadingBlocks }
    /// The indices of the blocks that are fields, in page order: the focus order and the
    /// checks walk these on every key rather than every block.
    var fieldBlockIndices: [Int] { declaration.fieldBlockIndices }
    /// The index of the block that declares the field `id` (its first, if declared twice).
    func blockIndex(ofField id: FieldID) -> Int? {
        declaration.fields.firstIndex { $0.id == id }.map { declaration.fieldBlockIndices[$0] }
    }

    /// Whether Next can be pressed at all (as opposed to choosing a link).
    public var hasNextButton: Bool { next != nil || finishesJourney }
}
