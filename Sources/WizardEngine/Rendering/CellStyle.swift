/// How one cell is drawn: a colour role plus attributes that still read without colour.
///
/// Roles rather than colours keep the engine free of any palette: the front end maps each role
/// to a colour pair, or to nothing on a monochrome terminal, and the attributes carry the meaning.
public struct CellStyle: Hashable, Sendable {
    public var role: ColorRole
    public var attributes: TextAttributes

    public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let plain = CellStyle()
}

/// What a cell means, for choosing its colour.
public enum ColorRole: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    /// The browser frame, the address line and the footer.
    case chrome
    /// The site's menu bar and links.
    case link
    /// The red asterisk of a required field.
    case required
    /// Error messages.
    case error
    /// The field or button that has the focus.
    case focus
    /// Titles and the step header.
    case accent
    /// Notes and placeholders.
    case muted
    /// Confirmations, such as "Account created".
    case success
}

/// Attributes that carry meaning in monochrome.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}
