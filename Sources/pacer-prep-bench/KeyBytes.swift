import WizardEngine

/// The bytes an xterm sends for the few keys the bench types into pacer-prep, so that the walk
/// the engine computed can be typed into the real program.
enum KeyBytes {
    static func of(_ key: Key) throws -> [UInt8] {
        switch key {
        case .enter: return [0x0D]
        case .tab: return [0x09]
        case .escape: return [0x1B]
        case .backspace: return [0x7F]
        case .character(let character): return Array(String(character).utf8)
        case .control(let letter):
            guard let ascii = letter.asciiValue, (0x61...0x7A).contains(ascii) else { break }
            return [ascii - 0x60]
        default: break
        }
        throw BenchError("the bench cannot type \(key) on the pty")
    }
}
