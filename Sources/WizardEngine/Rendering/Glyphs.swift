/// The characters that draw boxes and marks, so a terminal or font without line drawing can
/// use plain ASCII instead.
public struct Glyphs: Hashable, Sendable {
    /// The characters, shared by every copy: a screen's layout, its body and the renderer each
    /// hold the glyphs for every key, and a copy of sixteen strings counts sixteen references.
    private struct Table: Hashable, Sendable {
        let horizontal, vertical: Character
        let topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight: Character
        let focusMarker, link, error, dropDown, moreAbove, moreBelow, mask, menuSeparator: String
    }

    private let table: Shared<Table>

    public var horizontal: Character { table.value.horizontal }
    public var vertical: Character { table.value.vertical }
    public var topLeft: Character { table.value.topLeft }
    public var topRight: Character { table.value.topRight }
    public var bottomLeft: Character { table.value.bottomLeft }
    public var bottomRight: Character { table.value.bottomRight }
    public var teeLeft: Character { table.value.teeLeft }
    public var teeRight: Character { table.value.teeRight }
    public var focusMarker: String { table.value.focusMarker }
    public var link: String { table.value.link }
    public var error: String { table.value.error }
    public var dropDown: String { table.value.dropDown }
    public var moreAbove: String { table.value.moreAbove }
    public var moreBelow: String { table.value.moreBelow }
    public var mask: String { table.value.mask }
    public var menuSeparator: String { table.value.menuSeparator }

    public static let unicode = Glyphs(table: Shared(Table(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", focusMarker: "▸", link: "›", error: "✗", dropDown: "▾",
        moreAbove: "▲", moreBelow: "▼", mask: "•", menuSeparator: "│")))

    public static let ascii = Glyphs(table: Shared(Table(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", focusMarker: ">", link: ">", error: "x", dropDown: "v",
        moreAbove: "^", moreBelow: "v", mask: "*", menuSeparator: "|")))
}
