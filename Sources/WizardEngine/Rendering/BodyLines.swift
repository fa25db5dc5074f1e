/// A page's body laid out: its lines in order, and the lines of each part they were made from,
/// so that the next layout can keep the parts that did not change.
///
/// The lines are read through the parts rather than copied into one list: a screen is laid out
/// for every key, and listing a long page's lines again would count a reference for each. It is
/// a class, immutable, so that handing it around counts one.
final class BodyLines: RandomAccessCollection, Sendable {
    let width: Int
    let labelWidth: Int
    let instruction: String
    let instructionLines: [DrawnLine]
    let tabs: [ScreenView.TabView]
    let tabLines: [DrawnLine]
    let items: [ScreenView.BodyItem]
    let itemLines: [[DrawnLine]]
    /// The index of each item's first line, counting the blank line put above it.
    private let itemStarts: [Int]
    /// Whether a blank line comes before each item's own lines.
    private let blankBefore: [Bool]
    let endIndex: Int

    init(width: Int, labelWidth: Int, instruction: String, instructionLines: [DrawnLine],
         tabs: [ScreenView.TabView], tabLines: [DrawnLine], items: [ScreenView.BodyItem], itemLines: [[DrawnLine]]) {
        self.width = width
        self.labelWidth = labelWidth
        self.instruction = instruction
        self.instructionLines = instructionLines
        self.tabs = tabs
        self.tabLines = tabLines
        self.items = items
        self.itemLines = itemLines
        var count = instructionLines.count + tabLines.count
        var lastHasOwner = (tabLines.last ?? instructionLines.last)?.owner != nil
        var itemStarts: [Int] = []
        var blankBefore: [Bool] = []
        itemStarts.reserveCapacity(items.count)
        blankBefore.reserveCapacity(items.count)
        // Read through indices: copying an item and its lines out of their arrays would count a
        // reference on each.
        for index in items.indices {
            // Fields of a form sit on consecutive lines, as on the web page; text above them gets
            // a blank line between.
            let blank: Bool
            if case .field = items[index] { blank = !lastHasOwner } else { blank = false }
            itemStarts.append(count)
            blankBefore.append(blank)
            count += itemLines[index].count + (blank ? 1 : 0)
            if let last = itemLines[index].last { lastHasOwner = last.owner != nil } else if blank { lastHasOwner = false }
        }
        self.itemStarts = itemStarts
        self.blankBefore = blankBefore
        endIndex = count
    }

    var startIndex: Int { 0 }

    subscript(index: Int) -> DrawnLine {
        if index < instructionLines.count { return instructionLines[index] }
        if index < instructionLines.count + tabLines.count { return tabLines[index - instructionLines.count] }
        var low = 0, high = itemStarts.count
        while low < high {
            let middle = (low + high) / 2
            if itemStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        let item = low - 1
        var offset = index - itemStarts[item]
        if blankBefore[item] {
            if offset == 0 { return .blank }
            offset -= 1
        }
        return itemLines[item][offset]
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
    static let empty = BodyLines(width: 0, labelWidth: 0, instruction: "", instructionLines: [], tabs: [], tabLines: [],
                                 items: [], itemLines: [])
}
