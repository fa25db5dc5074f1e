import Foundation

/// One capture of a tmux pane as plain text, one string per row, with the queries the tests ask
/// of a wizard screen.
struct PaneScreen: Equatable, CustomStringConvertible {
    let lines: [String]

    init(_ captured: String) {
        var lines = captured.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    var text: String { lines.joined(separator: "\n") }
    var description: String { "\n" + lines.map { "  |\($0)" }.joined(separator: "\n") }

    /// Whether `needle` appears within one row. Canonically equivalent text matches, so "José"
    /// typed as "e" + U+0301 is found by a precomposed "José" and the other way round.
    func contains(_ needle: String) -> Bool {
        let needle = needle.precomposedStringWithCanonicalMapping
        return lines.contains { $0.precomposedStringWithCanonicalMapping.contains(needle) }
    }

    /// The first row holding `needle`.
    func line(containing needle: String) -> String? {
        let needle = needle.precomposedStringWithCanonicalMapping
        return lines.first { $0.precomposedStringWithCanonicalMapping.contains(needle) }
    }

    /// The row with the wizard's focus mark "▸", if a field or link has the focus.
    var focusedLine: String? { lines.first { $0.contains("▸") } }

    /// What follows the focus mark on its row, spaces trimmed and in NFC.
    var focusedLabel: String? {
        guard let row = focusedLine, let mark = row.range(of: "▸") else { return nil }
        return row[mark.upperBound...].trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
    }

    /// The text inside the frame as one paragraph: borders dropped, rows trimmed and joined by
    /// single spaces, so a sentence the wizard wrapped over two rows reads as one.
    var prose: String {
        lines.map { row in
            row.trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
        }
        .filter { !$0.isEmpty }
        .joined(separator: " ")
        .precomposedStringWithCanonicalMapping
    }

    /// The size of the wizard's frame (its corners ┌ ┐ and └ ┘), in terminal cells.
    var frameSize: (columns: Int, rows: Int)? {
        guard let top = lines.first, top.hasPrefix("┌"), top.hasSuffix("┐"),
              let bottom = lines.lastIndex(where: { $0.hasPrefix("└") && $0.hasSuffix("┘") })
        else { return nil }
        return (Self.displayWidth(top), bottom + 1)
    }

    /// The terminal column (0-based, in cells) where `needle` starts in `row`.
    static func displayColumn(of needle: String, in row: String) -> Int? {
        let row = row.precomposedStringWithCanonicalMapping
        guard let range = row.range(of: needle.precomposedStringWithCanonicalMapping) else { return nil }
        return displayWidth(String(row[..<range.lowerBound]))
    }

    /// How many terminal cells `text` takes: combining marks none, East Asian wide characters two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + displayWidth($1) }
    }

    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(scalar.value) } ? 2 : 1
    }
}
