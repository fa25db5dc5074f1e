/// The characters that draw boxes and marks, so a terminal or font without line drawing can
/// use plain ASCII instead.
public struct Glyphs: Hashable, Sendable {
    /// The characters, shared by every copy: a screen's layout, its body and the renderer each
    /// hold the glyphs for every key, and a copy of sixteen strings counts sixteen references.
    private final class Table: Hashable, Sendable {
        let horizontal, vertical: Character
        let topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight: Character
        let focusMarker, link, error, dropDown, moreAbove, moreBelow, mask, menuSeparator: String

        init(horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
             bottomLeft: Character, bottomRight: Character, teeLeft: Character, teeRight: Character,
             focusMarker: String, link: String, error: String, dropDown: String, moreAbove: String,
             moreBelow: String, mask: String, menuSeparator: String) {
            self.horizontal = horizontal
            self.vertical = vertical
            self.topLeft = topLeft
            self.topRight = topRight
            self.bottomLeft = bottomLeft
            self.bottomRight = bottomRight
            self.teeLeft = teeLeft
            self.teeRight = teeRight
            self.focusMarker = focusMarker
            self.link = link
            self.error = error
            self.dropDown = dropDown
            self.moreAbove = moreAbove
            self.moreBelow = moreBelow
            self.mask = mask
            self.menuSeparator = menuSeparator
        }

        static func == (lhs: Table, rhs: Table) -> Bool {
            lhs === rhs
                || lhs.horizontal == rhs.horizontal && lhs.vertical == rhs.vertical && lhs.topLeft == rhs.topLeft
                && lhs.topRight == rhs.topRight && lhs.bottomLeft == rhs.bottomLeft && lhs.bottomRight == rhs.bottomRight
                && lhs.teeLeft == rhs.teeLeft && lhs.teeRight == rhs.teeRight && lhs.focusMarker == rhs.focusMarker
                && lhs.link == rhs.link && lhs.error == rhs.error && lhs.dropDown == rhs.dropDown
                && lhs.moreAbove == rhs.moreAbove && lhs.moreBelow == rhs.moreBelow && lhs.mask == rhs.mask
                && lhs.menuSeparator == rhs.menuSeparator
        }

        func hash(into hasher: inout Hasher) {
            for character in [horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight] {
                hasher.combine(character)
            }
            for text in [focusMarker, link, error, dropDown, moreAbove, moreBelow, mask, menuSeparator] { hasher.combine(text) }
        }
    }

    private let table: Table

    public var horizontal: Character { table.horizontal }
    public var vertical: Character { table.vertical }
    public var topLeft: Character { table.topLeft }
    public var topRight: Character { table.topRight }
    public var bottomLeft: Character { table.bottomLeft }
    public var bottomRight: Character { table.bottomRight }
    public var teeLeft: Character { table.teeLeft }
    public var teeRight: Character { table.teeRight }
    public var focusMarker: String { table.focusMarker }
    public var link: String { table.link }
    public var error: String { table.error }
    public var dropDown: String { table.dropDown }
    public var moreAbove: String { table.moreAbove }
    public var moreBelow: String { table.moreBelow }
    public var mask: String { table.mask }
    public var menuSeparator: String { table.menuSeparator }

    public static let unicode = Glyphs(table: Table(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", focusMarker: "▸", link: "›", error: "✗", dropDown: "▾",
        moreAbove: "▲", moreBelow: "▼", mask: "•", menuSeparator: "│"))

    public static let ascii = Glyphs(table: Table(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", focusMarker: ">", link: ">", error: "x", dropDown: "v",
        moreAbove: "^", moreBelow: "v", mask: "*", menuSeparator: "|"))
}
