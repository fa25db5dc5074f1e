/// The size of a terminal in character cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The classic terminal every page must be usable at.
    public static let standard = TerminalSize(columns: 80, rows: 24)
    /// Below this the wizard shows only a message asking for a larger window.
    public static let minimum = TerminalSize(columns: 60, rows: 18)

    public var description: String { "\(columns)x\(rows)" }

    /// Whether the whole wizard fits; otherwise only the "make the window larger" message is drawn.
    public var isLargeEnough: Bool {
        columns >= Self.minimum.columns && rows >= Self.minimum.rows
    }
}
