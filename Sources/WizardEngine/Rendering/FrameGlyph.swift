extension Frame {
    /// How a frame stores one cell: a code and a style in eight bytes, with no reference to count.
    ///
    /// A frame is rebuilt for every key, so its cells are plain numbers: making, overwriting and
    /// freeing them never touches a reference count, unlike a `String` per cell. The code is the
    /// cell's scalar when its grapheme is a single scalar (nearly every cell), `continuation` for
    /// the right half of a wide character, or `clusterFlag` plus an index into the frame's table of
    /// graphemes made of several scalars (a letter and its accent, an emoji sequence).
    struct Glyph: Equatable, Sendable {
        var code: UInt32
        var style: CellStyle

        static let continuation: UInt32 = .max
        static let clusterFlag: UInt32 = 0x8000_0000
        static let space = UInt32(UInt8(ascii: " "))
        static let blank = Glyph(code: space, style: .plain)

        /// Whether the code names a single scalar.
        static func isScalar(_ code: UInt32) -> Bool { code < clusterFlag }
    }
}
