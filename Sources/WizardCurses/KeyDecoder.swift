import CNcursesw
import WizardEngine

/// Translates what `wget_wch` returned into a `TerminalInput`: the one place curses key codes
/// are known. Pure, so it is tested without a terminal.
enum KeyDecoder {
    /// Key codes given to the bracketed-paste markers with `define_key`; below 65536 (curses keeps
    /// key codes in an unsigned short) and far above the codes curses hands out itself.
    static let pasteBegin: UInt32 = 0xF200
    static let pasteEnd: UInt32 = 0xF201

    /// `status` is wget_wch's result (OK, KEY_CODE_YES or ERR) and `code` what it stored; `size`
    /// is reported with KEY_RESIZE. Returns nil for ERR and for keys the wizard has no use for.
    static func decode(status: Int32, code: UInt32, size: TerminalSize = TerminalSize(columns: 0, rows: 0)) -> TerminalInput? {
        switch status {
        case OK:
            return character(code).map { .key($0) }
        case KEY_CODE_YES:
            return functionKey(Int32(truncatingIfNeeded: code), size: size)
        default:
            return nil
        }
    }

    /// A character code (status OK): control characters become keys, the rest text.
    private static func character(_ code: UInt32) -> Key? {
        switch code {
        case 13, 10: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A key code (status KEY_CODE_YES).
    private static func functionKey(_ code: Int32, size: TerminalSize) -> TerminalInput? {
        let key: Key
        switch code {
        case KEY_UP: key = .up
        case KEY_DOWN: key = .down
        case KEY_LEFT: key = .left
        case KEY_RIGHT: key = .right
        case KEY_HOME, KEY_FIND: key = .home
        case KEY_END, KEY_SELECT: key = .end
        case KEY_PPAGE: key = .pageUp
        case KEY_NPAGE: key = .pageDown
        case KEY_BTAB: key = .backTab
        case KEY_BACKSPACE: key = .backspace
        case KEY_DC: key = .delete
        case KEY_ENTER: key = .enter
        case KEY_RESIZE: return .resize(size)
        case pp_key_f(1)...pp_key_f(12): key = .function(Int(code - pp_key_f(0)))
        default: return nil
        }
        return .key(key)
    }
}
