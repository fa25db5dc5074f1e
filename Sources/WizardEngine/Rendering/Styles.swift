/// The styles of the screen's parts, in one place. Each carries attributes that keep its meaning
/// without colour (bold errors and marks, reverse focus, underlined links).
enum Styles {
    static let chrome = CellStyle(.chrome)
    static let title = CellStyle(.accent, .bold)
    static let instruction = CellStyle(.accent, .bold)
    static let heading = CellStyle(.accent, [.bold, .underline])
    static let label = CellStyle.plain
    static let focusedLabel = CellStyle(.focus, .bold)
    static let required = CellStyle(.required, .bold)
    static let error = CellStyle(.error, .bold)
    static let note = CellStyle(.muted)
    static let placeholder = CellStyle(.muted, .dim)
    static let box = CellStyle.plain
    static let focusedBox = CellStyle(.focus, .underline)
    /// What is typed in a text box, focused or not, drawn over the box's own style: plain,
    /// because ncurses ends every update in plain attributes, so a styled character costs about
    /// 33 bytes on the wire (set the style, the character, reset) and a plain one 1 byte; this
    /// keeps typing under the 16 bytes per character of design §7 on a slow link.
    static let typedText = CellStyle.plain
    static let control = CellStyle(.focus, .reverse)
    static let link = CellStyle(.link, .underline)
    static let focusedLink = CellStyle(.focus, [.reverse, .bold])
    static let menu = CellStyle(.link)
    static let currentMenu = CellStyle(.link, [.bold, .underline])
    static let focusedMenu = CellStyle(.focus, [.reverse, .bold])
    static let tab = CellStyle(.link, .underline)
    static let currentTab = CellStyle(.accent, [.reverse, .bold])
    static let button = CellStyle(.normal, .bold)
    static let focusedButton = CellStyle(.focus, [.reverse, .bold])
    static let success = CellStyle(.success, .bold)
    static let warning = CellStyle(.error, .bold)
    static let keyName = CellStyle(.chrome, .bold)
    static let more = CellStyle(.muted, .bold)
}
