/// The printable characters in a stream of terminal output, with escape sequences, control
/// characters and spaces removed, so that a title can be found in it however curses chose to
/// draw it: curses may replace the blanks between words by cursor movements, or switch
/// attributes between words, but it sends each word's letters as they are.
///
/// Matching text without its spaces ("PublicAccesstoCourtElectronicRecords") is therefore the
/// robust test for "this text is on the screen now" without emulating a whole terminal.
struct VisibleText {
    private enum State {
        case ground
        /// After ESC.
        case escape
        /// After ESC and an intermediate byte (ESC ( B chooses a character set).
        case escapeIntermediate
        /// Inside ESC [ ... up to a final byte.
        case controlSequence
        /// Inside ESC ] ... or ESC P ...: a string ended by BEL or ESC \.
        case string
        case stringEscape
    }

    private var state = State.ground
    /// The printable bytes seen so far (UTF-8), without spaces.
    private(set) var bytes: [UInt8] = []

    mutating func append<Bytes: Sequence>(_ chunk: Bytes) where Bytes.Element == UInt8 {
        for byte in chunk { consume(byte) }
    }

    /// Whether `text`, with its spaces removed, appears in what was seen.
    func contains(_ text: String) -> Bool {
        let needle = Self.key(text)
        guard !needle.isEmpty else { return true }
        guard needle.count <= bytes.count else { return false }
        let last = bytes.count - needle.count
        var start = 0
        while start <= last {
            if bytes[start] == needle[0] {
                var index = 1
                while index < needle.count && bytes[start + index] == needle[index] { index += 1 }
                if index == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Forgets what was seen (e.g. before a key press whose answer is awaited).
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    static func key(_ text: String) -> [UInt8] {
        Array(text.utf8.filter { $0 > 0x20 && $0 != 0x7F })
    }

    private mutating func consume(_ byte: UInt8) {
        switch state {
        case .ground:
            if byte == 0x1B { state = .escape } else if byte > 0x20 && byte != 0x7F { bytes.append(byte) }
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .controlSequence
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"): state = .string
            case 0x20...0x2F: state = .escapeIntermediate
            default: state = .ground  // ESC = , ESC > , ESC 7 , ESC M ...
            }
        case .escapeIntermediate:
            if !(0x20...0x2F).contains(byte) { state = .ground }
        case .controlSequence:
            if (0x40...0x7E).contains(byte) { state = .ground }
        case .string:
            if byte == 0x07 { state = .ground } else if byte == 0x1B { state = .stringEscape }
        case .stringEscape:
            state = byte == UInt8(ascii: "\\") ? .ground : .string
        }
    }
}
