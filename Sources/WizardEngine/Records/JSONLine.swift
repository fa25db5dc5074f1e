/// One flat JSON object on one line: string, integer, boolean and null members, nothing nested.
///
/// Transcripts and reports need no more than this, and a hand-made encoder keeps the engine on
/// the standard library and the executable free of Foundation. A line that does not parse whole
/// (a write cut short by `kill -9`) is refused rather than half read.
public struct JSONLine: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case null
    }

    /// Members in the order written, so the files read well and compare byte for byte.
    public var members: [(String, Value)] {
        get { zip(keys, values).map { ($0, $1) } }
        set {
            keys = newValue.map(\.0)
            values = newValue.map(\.1)
        }
    }

    private var keys: [String] = []
    private var values: [Value] = []

    public init(_ members: [(String, Value)] = []) { self.members = members }

    public subscript(key: String) -> Value? {
        keys.firstIndex(of: key).map { values[$0] }
    }

    public func string(_ key: String) -> String? {
        if case .string(let text)? = self[key] { return text }
        return nil
    }

    public func int(_ key: String) -> Int? {
        if case .int(let number)? = self[key] { return number }
        return nil
    }

    public func bool(_ key: String) -> Bool? {
        if case .bool(let flag)? = self[key] { return flag }
        return nil
    }

    public mutating func append(_ key: String, _ value: Value) {
        keys.append(key)
        values.append(value)
    }

    /// Appends a string member when there is one: absent keys say "not known".
    public mutating func append(_ key: String, _ text: String?) {
        if let text { append(key, .string(text)) }
    }

    public mutating func append(_ key: String, _ number: Int?) {
        if let number { append(key, .int(number)) }
    }

    /// The object as text, without a line break.
    public var text: String {
        var out = "{"
        for (index, key) in keys.enumerated() {
            if index > 0 { out += "," }
            out += Self.quoted(key) + ":"
            switch values[index] {
            case .string(let text): out += Self.quoted(text)
            case .int(let number): out += String(number)
            case .bool(let flag): out += flag ? "true" : "false"
            case .null: out += "null"
            }
        }
        return out + "}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(copies: 4 - hex.count, of: "0") + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Reads one line; nil when it is not one whole flat object.
    public static func parse(_ line: Substring) -> JSONLine? {
        var reader = Reader(scalars: Array(line.unicodeScalars))
        return reader.object()
    }

    public static func == (left: JSONLine, right: JSONLine) -> Bool {
        left.keys == right.keys && left.values == right.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys)
        hasher.combine(values)
    }

    /// A small recursive-descent reader over Unicode scalars.
    struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func object() -> JSONLine? {
            skipSpace()
            guard take("{") else { return nil }
            var line = JSONLine()
            skipSpace()
            if !take("}") {
                repeat {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard take(":") else { return nil }
                    skipSpace()
                    guard let value = value() else { return nil }
                    line.append(key, value)
                    skipSpace()
                } while take(",")
                guard take("}") else { return nil }
            }
            skipSpace()
            return index == scalars.count ? line : nil
        }

        mutating func value() -> Value? {
            guard index < scalars.count else { return nil }
            switch scalars[index] {
            case "\"": return string().map(Value.string)
            case "t": return word("true") ? .bool(true) : nil
            case "f": return word("false") ? .bool(false) : nil
            case "n": return word("null") ? .null : nil
            default: return number().map(Value.int)
            }
        }

        mutating func number() -> Int? {
            let start = index
            if index < scalars.count, scalars[index] == "-" { index += 1 }
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<index])
            return Int(text)
        }

        mutating func string() -> String? {
            guard take("\"") else { return nil }
            var out = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "\"": return String(out)
                case "\\":
                    guard index < scalars.count else { return nil }
                    let escaped = scalars[index]
                    index += 1
                    switch escaped {
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "b": out.append("\u{8}")
                    case "f": out.append("\u{C}")
                    case "u":
                        guard index + 4 <= scalars.count else { return nil }
                        var hex = ""
                        hex.unicodeScalars.append(contentsOf: scalars[index..<index + 4])
                        index += 4
                        guard let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else { return nil }
                        out.append(decoded)
                    default: out.append(escaped)
                    }
                default:
                    out.append(scalar)
                }
            }
            return nil
        }

        mutating func word(_ expected: String) -> Bool {
            for scalar in expected.unicodeScalars {
                guard take(scalar) else { return false }
            }
            return true
        }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\t", "\r"].contains(scalars[index]) { index += 1 }
        }
    }
}
