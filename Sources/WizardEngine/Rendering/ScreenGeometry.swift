/// Where the parts of the screen go at a terminal size: the page box (centred and capped on big
/// terminals so lines stay readable), its chrome rows, and the scrolling body between them.
struct ScreenGeometry: Equatable, Sendable {
    static let maxWidth = 100
    static let maxHeight = 50
    /// The rule under the body, the buttons row, the footer and the bottom border; long status
    /// messages add rows above the buttons.
    static let fixedBottomRows = 4
    /// At most this many rows of status text above the buttons.
    static let maxStatusRows = 3

    let left: Int
    let top: Int
    let width: Int
    let height: Int
    /// Rows of the menu bar once wrapped to the box.
    let menuRows: [[Int]]
    /// The status message's lines when it does not fit beside the buttons (else empty).
    let statusLines: [String]

    init(view: ScreenView, glyphs: Glyphs = .unicode) {
        let size = view.size
        // Guide mode from 120 columns: the page box narrower, the agent panel on its right.
        let besidePanel = GuideLayout.pageBox(view)
        width = besidePanel?.width ?? min(size.columns, Self.maxWidth)
        height = min(size.rows, Self.maxHeight)
        left = besidePanel?.left ?? (size.columns - width) / 2
        top = (size.rows - height) / 2
        menuRows = view.menu.isEmpty ? [] : Self.wrapMenu(view.menu.map { DisplayWidth.of($0.title) }, width: width - 4)
        let contentWidth = width - 4
        if let status = view.status {
            let text = StatusLine.text(status, glyphs: glyphs)
            let room = contentWidth - StatusLine.buttonsWidth(view.buttons) - 2
            if DisplayWidth.of(text) <= room {
                statusLines = []
            } else {
                var lines = TextWrap.lines(text, width: contentWidth)
                if lines.count > Self.maxStatusRows {
                    lines = Array(lines.prefix(Self.maxStatusRows))
                    lines[lines.count - 1] = TextWrap.truncate(lines[lines.count - 1] + " …", width: contentWidth)
                }
                statusLines = lines
            }
        } else {
            statusLines = []
        }
    }

    /// The width text may use inside the box (a border and a space on each side).
    var contentWidth: Int { width - 4 }
    var contentLeft: Int { left + 2 }
    /// Title row, address row, the menu rows, the separator.
    var topRows: Int { 3 + menuRows.count }
    var bodyTop: Int { top + topRows }
    var bottomRows: Int { Self.fixedBottomRows + statusLines.count }
    var bodyRows: Int { max(1, height - topRows - bottomRows) }
    /// The rule under the body, which carries the "more below" mark.
    var bodyBottomRule: Int { bodyTop + bodyRows }
    /// The row of the Back/Next buttons.
    var buttonsRow: Int { top + height - 3 }

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
