/// One mock web page, declared as a value: what it shows, what can be focused, where Next leads.
public struct Page: Sendable {
    /// The declaration, shared by every copy: the catalog hands out a copy of the page each time
    /// it is asked, several times per key, and one reference is far cheaper to copy than seventeen.
    private struct Declaration: Sendable {
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
        let lists: BlockLists
        let headerReadsAnswers: Bool
    }

    /// What the view and the reducer ask of a page's blocks on every key, listed once in one walk
    /// over them (every page of every journey is declared before the first frame is drawn).
    private struct BlockLists: Sendable {
        var conditionalBlocks: [(block: Int, answersRead: [FieldID])] = []
        var answerReadingBlocks: [Int] = []
        /// The indices of the blocks that are fields, in page order, and those fields.
        var fieldBlockIndices: [Int] = []
        var fields: [Field] = []

        init(_ blocks: [Block]) {
            for (index, block) in blocks.enumerated() {
                if let condition = block.shownWhen { conditionalBlocks.append((index, condition.answersRead)) }
                if block.readsAnswers { answerReadingBlocks.append(index) }
                if case .field(let field) = block.content {
                    fieldBlockIndices.append(index)
                    fields.append(field)
                }
            }
        }
    }

    private let declaration: Shared<Declaration>

    public var id: PageID { declaration.value.id }
    /// The number of the notice's step this page rehearses (1-based).
    public var step: Int { declaration.value.step }
    /// The page's heading, as the web site titles it.
    public var title: String { declaration.value.title }
    /// The mock browser's address line, so a caller and a helper can compare what they see.
    public var address: String { declaration.value.address }
    public var menuBar: MenuBar { declaration.value.menuBar }
    /// The instruction for this step, numbered as in the notice.
    public var instruction: String { declaration.value.instruction }
    public var blocks: [Block] { declaration.value.blocks }
    /// What Next does; nil when the page is left only by choosing one of its links.
    public var next: PageID? { declaration.value.next }
    /// Said when Next is pressed on a page that is left by a link.
    public var chooseALinkMessage: String { declaration.value.chooseALinkMessage }
    /// The label of the button that leads on ("Next", "Submit", "Finish").
    public var nextLabel: String { declaration.value.nextLabel }
    /// Whether pressing the next button ends the journey successfully.
    public var finishesJourney: Bool { declaration.value.finishesJourney }
    /// A hint for the person rehearsing (F1).
    public var hint: String { declaration.value.hint }
    /// One line for help-desk staff: what to tell a caller who is on this page.
    public var helpDesk: String { declaration.value.helpDesk }
    /// What callers usually get wrong on this page, each with its fix (guide mode's agent panel).
    public var mistakes: [String] { declaration.value.mistakes }
    /// Asked of the mock back end when the next button is pressed and the fields pass.
    public var operation: Operation? { declaration.value.operation }
    /// The tab strip this page is one tab of.
    public var tabs: TabGroup? { declaration.value.tabs }
    /// Other pages whose fields must also pass before the next button works (the upgrade's
    /// Submit on the Security tab checks the Person and Address tabs too).
    public var alsoChecks: [PageID] { declaration.value.alsoChecks }

    public init(
        id: PageID, step: Int, title: String, address: String, menuBar: MenuBar,
        instruction: String, blocks: [Block], next: PageID?, chooseALinkMessage: String = "",
        nextLabel: String = "Next", finishesJourney: Bool = false, hint: String, helpDesk: String,
        mistakes: [String] = [], operation: Operation? = nil, tabs: TabGroup? = nil, alsoChecks: [PageID] = []
    ) {
        declaration = Shared(Declaration(
            id: id, step: step, title: title, address: address, menuBar: menuBar, instruction: instruction,
            blocks: blocks, next: next, chooseALinkMessage: chooseALinkMessage, nextLabel: nextLabel,
            finishesJourney: finishesJourney, hint: hint, helpDesk: helpDesk, mistakes: mistakes, operation: operation,
            tabs: tabs, alsoChecks: alsoChecks, lists: BlockLists(blocks),
            headerReadsAnswers: Facts.readsAnswers(title) || Facts.readsAnswers(address) || Facts.readsAnswers(instruction)))
    }

    /// Every field declared on the page, shown or not.
    public var fields: [Field] { declaration.value.lists.fields }

    /// The field with this id, if the page declares it.
    public func field(_ id: FieldID) -> Field? {
        for block in blocks { if case .field(let field) = block.content, field.id == id { return field } }
        return nil
    }

    /// The indices of the blocks shown only while a condition holds, each with the answers its
    /// condition reads (whatever else it reads, the world, cannot change while a page is filled in).
    var conditionalBlocks: [(block: Int, answersRead: [FieldID])] { declaration.value.lists.conditionalBlocks }
    /// Whether the title, the address or the instruction names an answer (`Facts.readsAnswers`).
    var headerReadsAnswers: Bool { declaration.value.headerReadsAnswers }
    /// The indices of the blocks whose text or list reads an answer (`Block.readsAnswers`).
    var answerReadingBlocks: [Int] { declaration.value.lists.answerReadingBlocks }
    /// The indices of the blocks that are fields, in page order: the focus order and the
    /// checks walk these on every key rather than every block.
    var fieldBlockIndices: [Int] { declaration.value.lists.fieldBlockIndices }
    /// The index of the block that declares the field `id` (its first, if declared twice).
    func blockIndex(ofField id: FieldID) -> Int? {
        fields.firstIndex { $0.id == id }.map { fieldBlockIndices[$0] }
    }

    /// Whether Next can be pressed at all (as opposed to choosing a link).
    public var hasNextButton: Bool { next != nil || finishesJourney }
}
