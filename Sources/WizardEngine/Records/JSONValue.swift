/// A JSON document to write: reports and xAPI statements nest objects, which a transcript's
/// flat `JSONLine` does not. Objects keep their members in the order given.
public indirect enum JSONValue: Hashable, Sendable {
    case object([Member])
    case array([JSONValue])
    case string(String)
    case int(Int)
    /// A number already written as JSON text (e.g. "0.85"), so no floating point is formatted here.
    case number(String)
    case bool(Bool)
    case null

    public struct Member: Hashable, Sendable {
        public let key: String
        public let value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// Indented two spaces a level, as people read it.
    public func text(indent: Int = 0) -> String {
        let pad = String(copies: indent + 1, of: "  ")
        let close = String(copies: indent, of: "  ")
        switch self {
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { pad + JSONLine.quoted($0.key) + ": " + $0.value.text(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + close + "}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .string(let text): return JSONLine.quoted(text)
        case .int(let number): return String(number)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }
}
