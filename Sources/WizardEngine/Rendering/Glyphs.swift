/// The characters that draw boxes and marks, so a terminal or font without line drawing can
/// use plain ASCII instead.
public struct Glyphs: Hashable, Sendable {
    public var horizontal, vertical: Character
    public var topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight: Character
    public var focusMarker, link, error, dropDown, moreAbove, moreBelow, mask, menuSeparator: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", focusMarker: "▸", link: "›", error: "✗", dropDown: "▾",
        moreAbove: "▲", moreBelow: "▼", mask: "•", menuSeparator: "│")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", focusMarker: ">", link: ">", error: "x", dropDown: "v",
        moreAbove: "^", moreBelow: "v", mask: "*", menuSeparator: "|")
}
