/// What the screen of one state lends the screen of the next, when the two differ only in
/// answers, errors, the focus and the status message, as after a key typed or Tab: every body
/// item that such a change cannot reach, and the step label and footer.
///
/// Making the view anew for every key cost more than anything else the engine does; with this,
/// a key typed into a field makes that field's item again and takes the rest as they were. The
/// screen made is the one `ScreenView(state:catalog:keyMap:)` makes (states that compare equal,
/// text compared as Swift compares strings, show the same screen). A class: as a value it was
/// copied, each of its lists counted, on its way into the builder and within it.
final class ScreenViewReuse {
    /// The earlier screen, made with the same catalog and key map, without its body items.
    let previous: ScreenView
    /// Its body items, taken over from it (`ScreenMemo`): the only reference to their list, so
    /// that `items(on:in:making:)` can change it in place. Empty once taken from here.
    private(set) var previousItems: [ScreenView.BodyItem]
    /// The index in the page of the block each of its body items shows, in order.
    let blocks: [Int]
    /// The fields whose answer, error or focus changed.
    let touched: [FieldID]
    /// The fields whose answers changed.
    let answers: [FieldID]
    /// Whether any answer changed: text with placeholders, and lists that depend on another
    /// answer, may then read differently.
    var answersChanged: Bool { !answers.isEmpty }
    /// Whether the menu bar and the buttons are as they were: the focus neither came to nor left
    /// them (and, for the buttons, Back is still there or still not).
    let keepsMenu: Bool
    let keepsButtons: Bool

    /// Whether the screen of `old` can lend to the screen of `state`: not when the states differ
    /// in anything else (the page, the world, a box over the page, training) or the page is a tab
    /// of several (a tab's state reads the other tabs' answers). The states are borrowed, not
    /// handed over as copies (see `ScreenView.init(state:…)`).
    static func applies(from old: borrowing WizardState, to state: borrowing WizardState, page: Page) -> Bool {
        old.page == state.page && old.size == state.size && old.overlay == nil && state.overlay == nil
            && old.training == nil && state.training == nil && page.tabs == nil && old.world == state.world
    }

    /// For states it `applies` to. `answers` are the fields whose answers differ between the two
    /// states (`changes`).
    init(previous: ScreenView, items previousItems: [ScreenView.BodyItem], blocks: [Int], of old: borrowing WizardState,
         for state: borrowing WizardState, answers: [FieldID]) {
        var touched = answers
        Self.addChanges(from: old.errors, to: state.errors, to: &touched)
        if old.focus != state.focus {
            if case .field(let id)? = old.focus { touched.append(id) }
            if case .field(let id)? = state.focus { touched.append(id) }
        }
        self.previous = previous
        self.previousItems = previousItems
        self.blocks = blocks
        self.touched = touched
        self.answers = answers
        keepsMenu = !Self.isMenu(old.focus) && !Self.isMenu(state.focus)
        keepsButtons = old.history.isEmpty == state.history.isEmpty && !Self.isButton(old.focus) && !Self.isButton(state.focus)
    }

    /// The earlier item of the page's block `index`, when it was shown and nothing it reads changed.
    func item(forBlock index: Int, _ block: Block) -> ScreenView.BodyItem? {
        guard let position = position(ofBlock: index), !(answersChanged && block.readsAnswers) else { return nil }
        if case .field(let field) = block.content, touched.contains(field.id) { return nil }
        return previousItems[position]
    }

    /// The new screen's body items when it shows the same blocks as the earlier one: the earlier
    /// items, with those that the change can reach made again by `make` (given a block's index in
    /// the page), each with the item it replaced (only they can differ from the earlier items).
    /// The earlier items are taken over, not copied. Nil, taking nothing, when a block's condition
    /// now reads differently, so other blocks show.
    ///
    /// Only the blocks with a condition, the touched fields and the blocks that read answers are
    /// looked at: a key typed into one field of a long form no longer walks every block.
    func items(on page: Page, in context: FactContext, making make: (Int) -> ScreenView.BodyItem)
        -> (items: [ScreenView.BodyItem], remade: [ScreenView.RemadeItem])? {
        if answersChanged {
            // Only a condition that reads a changed answer can read differently now.
            for (index, read) in page.conditionalBlocks where read.contains(where: answers.contains)
                && Page.isShown(page.blocks[index], in: context) != (position(ofBlock: index) != nil) {
                return nil
            }
        }
        var items: [ScreenView.BodyItem] = []
        swap(&items, &previousItems)
        var remade: [ScreenView.RemadeItem] = []
        func remake(_ index: Int) {
            if let position = position(ofBlock: index) {
                remade.append(ScreenView.RemadeItem(position: position, old: items[position]))
                items[position] = make(index)
            }
        }
        for id in touched {
            if let index = page.blockIndex(ofField: id) { remake(index) }
        }
        if answersChanged {
            for index in page.answerReadingBlocks { remake(index) }
        }
        return (items, remade)
    }

    /// Where the page's block `index` was among the earlier screen's items, if it was shown.
    private func position(ofBlock index: Int) -> Int? {
        var low = 0, high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < blocks.count && blocks[low] == index ? low : nil
    }

    /// Whether the page's title, address and instruction, filled for the earlier state, read
    /// the same now: the world is the same, so only text that names an answer can have changed.
    func keepsHeader(of page: Page) -> Bool {
        !answersChanged || !page.headerReadsAnswers
    }

    static func isMenu(_ focus: FocusTarget?) -> Bool {
        if case .menu = focus { true } else { false }
    }

    static func isButton(_ focus: FocusTarget?) -> Bool {
        focus == .backButton || focus == .nextButton
    }

    /// The keys whose values differ, were added or were taken away.
    static func changes<Value: Equatable>(from old: [FieldID: Value], to new: [FieldID: Value]) -> [FieldID] {
        var changed: [FieldID] = []
        addChanges(from: old, to: new, to: &changed)
        return changed
    }

    /// Appends to `changed` the keys whose values differ, were added or were taken away.
    static func addChanges<Value: Equatable>(from old: [FieldID: Value], to new: [FieldID: Value],
                                             to changed: inout [FieldID]) {
        let start = changed.count
        // A dictionary copied and changed in place lists its keys in the same order as before:
        // compare the two pairwise, without hashing, and look keys up only when the orders part.
        // The pairs are read through indices, compared where they are rather than copied out.
        if old.count == new.count {
            var aligned = true
            var oldIndex = old.startIndex, newIndex = new.startIndex
            while oldIndex != old.endIndex {
                guard old.keys[oldIndex] == new.keys[newIndex] else {
                    aligned = false
                    break
                }
                if old.values[oldIndex] != new.values[newIndex] { changed.append(new.keys[newIndex]) }
                old.formIndex(after: &oldIndex)
                new.formIndex(after: &newIndex)
            }
            if aligned { return }
            changed.removeSubrange(start...)
        }
        var added = 0
        for (id, value) in new {
            if let before = old[id] {
                if before != value { changed.append(id) }
            } else {
                changed.append(id)
                added += 1
            }
        }
        if new.count - added != old.count {
            for id in old.keys where new[id] == nil { changed.append(id) }
        }
    }
}
