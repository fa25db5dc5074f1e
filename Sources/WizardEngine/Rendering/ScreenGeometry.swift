/// Where the parts of the screen go at a terminal size: the page box (centred and capped on big
/// terminals so lines stay readable), its chrome rows, and the scrolling body between them.
struct ScreenGeometry: Sendable {
    static let maxWidth = 100
    static let maxHeight = 50
    /// Status line, separator, footer and bottom border.
    static let bottomRows = 4

    let left: Int
    let top: Int
    let width: Int
    let height: Int
    /// Rows of the menu bar once wrapped to the box.
    let menuRows: [[Int]]

    init(size: TerminalSize, menu: [ScreenView.MenuItemView]) {
        width = min(size.columns, Self.maxWidth)
        height = min(size.rows, Self.maxHeight)
        left = (size.columns - width) / 2
        top = (size.rows - height) / 2
        menuRows = menu.isEmpty ? [] : Self.wrapMenu(menu.map { DisplayWidth.of($0.title) }, width: width - 4)
    }

    /// The width text may use inside the box (a border and a space on each side).
    var contentWidth: Int { width - 4 }
    var contentLeft: Int { left + 2 }
    /// Title row, address row, the menu rows, the separator.
    var topRows: Int { 3 + menuRows.count }
    var bodyTop: Int { top + topRows }
    var bodyRows: Int { max(1, height - topRows - Self.bottomRows) }

    /// Groups menu items (by index) into rows that fit, separated by " | ".
    static func wrapMenu(_ widths: [Int], width: Int) -> [[Int]] {
        var rows: [[Int]] = [[]]
        var used = 0
        for (index, itemWidth) in widths.enumerated() {
            let needed = rows[rows.count - 1].isEmpty ? itemWidth : used + 3 + itemWidth
            if needed > width, !rows[rows.count - 1].isEmpty {
                rows.append([index])
                used = itemWidth
            } else {
                rows[rows.count - 1].append(index)
                used = needed
            }
        }
        return rows
    }
}
