/// A page's body laid out: its lines in order, and the lines of each part they were made from,
/// so that the next layout can keep the parts that did not change.
///
/// The lines are read through the parts rather than copied into one list: a screen is laid out
/// for every key, and listing a long page's lines again would count a reference for each. It is
/// a value kept in the wizard's `ScreenMemo` and changed there in place (`BodyLayout.update`):
/// after a key, only the parts that changed are replaced, and nothing is copied or freed for the
/// others.
struct BodyLines: RandomAccessCollection, Sendable {
    private(set) var width: Int
    private(set) var labelWidth: Int
    private(set) var instructionLines: [DrawnLine] = []
    private(set) var tabLines: [DrawnLine] = []
    private(set) var itemLines: [[DrawnLine]] = []
    /// Whether each item is a field (a blank line may come before it).
    private var itemIsField: [Bool] = []
    /// The index of each item's first line, counting the blank line put above it.
    private var itemStarts: [Int] = []
    /// Whether a blank line comes before each item's own lines.
    private var blankBefore: [Bool] = []
    private(set) var endIndex: Int = 0

    /// A body with no lines yet, for `BodyLayout.update` to fill.
    init(width: Int, labelWidth: Int) {
        self.width = width
        self.labelWidth = labelWidth
    }

    var startIndex: Int { 0 }

    subscript(index: Int) -> DrawnLine {
        if index < instructionLines.count { return instructionLines[index] }
        if index < instructionLines.count + tabLines.count { return tabLines[index - instructionLines.count] }
        let item = itemIndex(containing: index)
        var offset = index - itemStarts[item]
        if blankBefore[item] {
            if offset == 0 { return .blank }
            offset -= 1
        }
        return itemLines[item][offset]
    }

    // MARK: Changing parts in place
    //
    // The changes leave where each item starts as it was; whoever makes them calls `recount`
    // afterwards when one of them says lines moved (once, however many parts changed).

    mutating func setInstructionLines(_ lines: [DrawnLine]) {
        instructionLines = lines
    }

    mutating func setTabLines(_ lines: [DrawnLine]) {
        tabLines = lines
    }

    /// Takes a whole new list of items' lines (another page, or items added or gone).
    mutating func setItems(_ items: [ScreenView.BodyItem], lines: [[DrawnLine]]) {
        itemIsField = items.map(\.isField)
        itemLines = lines
    }

    /// Replaces one item and its lines; returns whether the lines below move (another count, or
    /// a blank line above the next field that comes or goes). Typing into a field replaces its
    /// one line with another, and nothing moves.
    mutating func replaceItem(at index: Int, with item: ScreenView.BodyItem, lines: [DrawnLine]) -> Bool {
        let moves = lines.count != itemLines[index].count
            || (lines.last?.owner != nil) != (itemLines[index].last?.owner != nil)
            || item.isField != itemIsField[index]
        itemIsField[index] = item.isField
        itemLines[index] = lines
        return moves
    }

    /// Works out where each item starts: fields of a form sit on consecutive lines, as on the web
    /// page; text above them gets a blank line between.
    mutating func recount() {
        var count = instructionLines.count + tabLines.count
        var lastHasOwner = (tabLines.last ?? instructionLines.last)?.owner != nil
        itemStarts.removeAll(keepingCapacity: true)
        blankBefore.removeAll(keepingCapacity: true)
        itemStarts.reserveCapacity(itemLines.count)
        blankBefore.reserveCapacity(itemLines.count)
        // Read through indices: copying an item's lines out of their array would count a
        // reference on each.
        for index in itemLines.indices {
            let blank = itemIsField[index] && !lastHasOwner
            itemStarts.append(count)
            blankBefore.append(blank)
            count += itemLines[index].count + (blank ? 1 : 0)
            if let last = itemLines[index].last { lastHasOwner = last.owner != nil } else if blank { lastHasOwner = false }
        }
        endIndex = count
    }

    // MARK: Finding lines

    /// The indices of item `index`'s own lines (after the blank line above it, if any).
    func lines(ofItem index: Int) -> Range<Int> {
        let start = itemStarts[index] + (blankBefore[index] ? 1 : 0)
        return start..<(start + itemLines[index].count)
    }

    /// The item whose lines (with the blank above them) hold line `index`, past the instruction
    /// and the tabs.
    private func itemIndex(containing index: Int) -> Int {
        var low = 0, high = itemStarts.count
        while low < high {
            let middle = (low + high) / 2
            if itemStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// The first and last index of the lines that belong to `owner`, found part by part: the
    /// focus is kept in view on every key, and reaching each line through `subscript` would
    /// search for its part and count a reference on it.
    func lines(ownedBy owner: FocusTarget) -> (first: Int, last: Int)? {
        var found: (first: Int, last: Int)?
        func scan(_ lines: [DrawnLine], from start: Int) {
            for (offset, line) in lines.enumerated() where line.owner == owner {
                found = (found?.first ?? start + offset, start + offset)
            }
        }
        scan(instructionLines, from: 0)
        scan(tabLines, from: instructionLines.count)
        // Every line of an item has the owner of its first (a field's lines are the field's, text
        // has none), so one comparison rules an item out.
        for item in itemLines.indices where itemLines[item].first?.owner == owner {
            scan(itemLines[item], from: itemStarts[item] + (blankBefore[item] ? 1 : 0))
        }
        return found
    }

    /// The body of a window too small to show it.
    static let empty = BodyLines(width: 0, labelWidth: 0)
}

extension ScreenView.BodyItem {
    var isField: Bool { if case .field = self { true } else { false } }
}
