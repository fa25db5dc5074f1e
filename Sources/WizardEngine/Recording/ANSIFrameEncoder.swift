/// Turns frames into the escape sequences a terminal would have received, for recordings.
///
/// It works from `Frame`s, never from keystrokes: what a recording shows is exactly what the
/// screen showed, so a secret field is dots in the recording as it was on the screen. After the
/// first frame only the rows that changed are sent, which keeps a recording small.
public struct ANSIFrameEncoder: Sendable {
    /// Whether roles get colours (off for --no-color and NO_COLOR); attributes are always sent.
    public var useColor: Bool

    public init(useColor: Bool = true) { self.useColor = useColor }

    /// What turns the screen showing `previous` (nothing known when nil) into `frame`; empty when
    /// nothing changed.
    public func encode(_ frame: Frame, after previous: Frame?) -> String {
        let whole = previous == nil || previous?.size != frame.size
        var output = whole ? "\u{1B}[0m\u{1B}[H\u{1B}[2J" : ""
        for row in 0..<frame.size.rows where whole || !frame.sameRow(row, as: previous!) {
            output += encodeRow(row, of: frame)
        }
        if output.isEmpty, previous?.cursor == frame.cursor { return "" }
        if let cursor = frame.cursor {
            output += "\u{1B}[\(cursor.row + 1);\(cursor.column + 1)H\u{1B}[?25h"
        } else {
            output += "\u{1B}[?25l"
        }
        return output
    }

    /// One row drawn from its first column, trailing default blanks left to erase-to-end-of-line.
    func encodeRow(_ row: Int, of frame: Frame) -> String {
        let cells = Array(frame.row(row))
        // Styles that look the same (plain and chrome) share one sequence: compare what is sent.
        let reset = sgr(.plain)
        var end = cells.count
        while end > 0, cells[end - 1].text == " ", sgr(cells[end - 1].style) == reset { end -= 1 }
        var output = "\u{1B}[\(row + 1);1H"
        var current = reset
        for cell in cells[0..<end] where !cell.isContinuation {
            let wanted = sgr(cell.style)
            if wanted != current {
                output += wanted
                current = wanted
            }
            output += cell.text
        }
        if current != reset { output += reset }
        if end < cells.count { output += "\u{1B}[K" }
        return output
    }

    /// The Select Graphic Rendition sequence for a style, from a reset, following the curses
    /// palette: focus reverse, accent bold, muted dim; links and focus blue, errors red, success green.
    public func sgr(_ style: CellStyle) -> String {
        var codes = ["0"]
        let attributes = style.attributes
        if attributes.contains(.bold) || style.role == .accent { codes.append("1") }
        if attributes.contains(.dim) || style.role == .muted { codes.append("2") }
        if attributes.contains(.underline) || (style.role == .focus && !useColor) { codes.append("4") }
        if attributes.contains(.reverse) || style.role == .focus { codes.append("7") }
        if useColor {
            switch style.role {
            case .link, .focus: codes.append("34")
            case .required, .error: codes.append("31")
            case .success: codes.append("32")
            case .normal, .chrome, .accent, .muted: break
            }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
