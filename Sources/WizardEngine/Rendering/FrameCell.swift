extension Frame {
    /// One cell of the grid, as the front ends and tests read it.
    public struct Cell: Equatable, Sendable {
        /// One grapheme. Empty for the right half of a wide character drawn in the cell before.
        public var text: String
        public var style: CellStyle

        public init(_ text: String = " ", _ style: CellStyle = .plain) {
            self.text = text
            self.style = style
        }

        public static let blank = Cell()
        /// Whether this cell only continues the wide character to its left.
        public var isContinuation: Bool { text.isEmpty }
    }

    /// Every cell of a frame, row by row, read on demand from its compact storage.
    public struct Cells: RandomAccessCollection, Sendable {
        let frame: Frame

        public var startIndex: Int { 0 }
        public var endIndex: Int { frame.glyphs.count }
        public subscript(position: Int) -> Cell { frame.cell(frame.glyphs[position]) }
    }
}

extension Frame {
    /// The cell's character when it is one printable ASCII byte (nearly every cell on screen), read
    /// without building the cell's text: the curses front end copies whole frames through this.
    public func asciiByte(row: Int, column: Int) -> UInt8? {
        let code = glyphs[row * size.columns + column].code
        return code >= 0x20 && code < 0x7F ? UInt8(code) : nil
    }

    /// The cell's style, read without building the cell's text.
    public func style(row: Int, column: Int) -> CellStyle {
        glyphs[row * size.columns + column].style
    }
}
