import CNcursesw
import Testing
import WizardEngine
@testable import WizardCurses

/// wget_wch results to `TerminalInput`, without a terminal.
@Suite struct KeyDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let status: Int32
        let code: UInt32
        let expected: TerminalInput?
        var testDescription: String { "\(status == OK ? "char" : "key") \(code) -> \(String(describing: expected))" }
    }

    private static func char(_ code: UInt32, _ key: Key?) -> Case { Case(status: OK, code: code, expected: key.map { .key($0) }) }
    private static func key(_ code: Int32, _ key: Key?) -> Case {
        Case(status: KEY_CODE_YES, code: UInt32(code), expected: key.map { .key($0) })
    }

    static let cases: [Case] = [
        char(13, .enter), char(10, .enter), key(KEY_ENTER, .enter),
        char(9, .tab), key(KEY_BTAB, .backTab),
        char(127, .backspace), char(8, .backspace), key(KEY_BACKSPACE, .backspace), key(KEY_DC, .delete),
        key(KEY_UP, .up), key(KEY_DOWN, .down), key(KEY_LEFT, .left), key(KEY_RIGHT, .right),
        key(KEY_HOME, .home), key(KEY_END, .end), key(KEY_PPAGE, .pageUp), key(KEY_NPAGE, .pageDown),
        key(pp_key_f(1), .function(1)), key(pp_key_f(10), .function(10)), key(pp_key_f(12), .function(12)),
        key(pp_key_f(13), nil),
        char(14, .control("n")), char(3, .control("c")), char(12, .control("l")), char(21, .control("u")),
        char(26, .control("z")), char(27, .escape),
        char(UInt32(UInt8(ascii: "a")), .character("a")), char(UInt32(UInt8(ascii: "?")), .character("?")),
        char(0xE9, .character("é")), char(0x5C71, .character("山")), char(0x301, .character("\u{301}")),
        char(0, nil), char(0x9B, nil), char(0xD800, nil), key(KEY_MOUSE, nil),
    ]

    @Test(arguments: cases) func decodes(_ testCase: Case) {
        #expect(KeyDecoder.decode(status: testCase.status, code: testCase.code) == testCase.expected)
    }

    @Test func resizeCarriesTheSize() {
        let size = TerminalSize(columns: 100, rows: 30)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE), size: size) == .resize(size))
    }

    @Test func errIsNothing() {
        #expect(KeyDecoder.decode(status: ERR, code: 13) == nil)
    }
}
