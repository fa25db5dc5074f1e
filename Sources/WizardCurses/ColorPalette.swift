import CNcursesw
import WizardEngine

/// Maps a `CellStyle` to curses attributes and a colour pair.
///
/// The theme keeps the terminal's own background (use_default_colors, -1) so it reads on dark
/// and light terminals alike, and needs only the 8 basic colours; with 256 colours it picks
/// mid-tone shades that keep their contrast against both black and white. Error and required are
/// red, links blue, focus reverse video in blue, accent bold, success green, muted dim; chrome and
/// normal keep the default colours. Without colour the roles give no colour, but focus stays
/// reverse and accent bold, and the cell's own attributes always apply. In monochrome the focus
/// is also underlined: reverse video alone would draw a focused tab exactly like the current one.
struct ColorPalette {
    /// Pair number for each role; 0 is the terminal's default colours.
    private var pairs: [Int16]

    /// A palette without colour.
    static let monochrome = ColorPalette(pairs: Array(repeating: 0, count: ColorRole.allCases.count))

    private init(pairs: [Int16]) { self.pairs = pairs }

    /// Starts colour on the current curses screen and defines the pairs; nil when the terminal
    /// has no colour or cannot keep its default background.
    static func start() -> ColorPalette? {
        guard has_colors(), start_color() == OK, use_default_colors() == OK else { return nil }
        let rich = pp_colors() >= 256
        let red: Int16 = rich ? 160 : Int16(COLOR_RED)
        let green: Int16 = rich ? 28 : Int16(COLOR_GREEN)
        let blue: Int16 = rich ? 31 : Int16(COLOR_BLUE)
        // A switch, not a dictionary keyed by role: such a dictionary cost more on first use
        // (setting up its generic type) than the rest of the palette together.
        func foreground(_ role: ColorRole) -> Int16? {
            switch role {
            case .link, .focus: blue
            case .required, .error: red
            case .success: green
            case .normal, .chrome, .accent, .muted: nil
            }
        }
        let roles = ColorRole.allCases
        var pairs = Array(repeating: Int16(0), count: roles.count)
        var next: Int16 = 1
        for role in roles {
            guard let foreground = foreground(role), Int32(next) < pp_color_pairs() else { continue }
            if init_pair(next, foreground, -1) == OK {
                pairs[Int(role.rawValue)] = next
                next += 1
            }
        }
        return ColorPalette(pairs: pairs)
    }

    /// Whether no role has a colour (NO_COLOR, --no-color, or a terminal without colour).
    var isMonochrome: Bool { pairs.allSatisfy { $0 == 0 } }

    /// The colour pair for a role (0 for none).
    func pair(for role: ColorRole) -> Int16 {
        pairs[Int(role.rawValue)]
    }

    /// The attributes for a style: the role's own (focus reverse, accent bold, muted dim) plus the cell's.
    func attributes(for style: CellStyle) -> attr_t {
        var result = pp_a_normal()
        switch style.role {
        case .focus: result |= isMonochrome ? pp_a_reverse() | pp_a_underline() : pp_a_reverse()
        case .accent: result |= pp_a_bold()
        case .muted: result |= pp_a_dim()
        default: break
        }
        let attributes = style.attributes
        if attributes.contains(.bold) { result |= pp_a_bold() }
        if attributes.contains(.reverse) { result |= pp_a_reverse() }
        if attributes.contains(.underline) { result |= pp_a_underline() }
        if attributes.contains(.dim) { result |= pp_a_dim() }
        return result
    }
}
