extension String {
    /// `count` copies of `text`, written in one go.
    ///
    /// The standard library's `String(repeating:count:)` appends the copies one at a time (about
    /// 300 instructions each), which made padding a text box cost more than the rest of its layout.
    init(copies count: Int, of text: String) {
        precondition(count >= 0, "a negative number of copies")
        var text = text
        self = text.withUTF8 { unit in
            String(unsafeUninitializedCapacity: unit.count * count) { buffer in
                var index = 0
                for _ in 0..<count {
                    for byte in unit {
                        buffer[index] = byte
                        index += 1
                    }
                }
                return index
            }
        }
    }
}
