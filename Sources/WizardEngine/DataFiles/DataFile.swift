/// The one text format of every file a trainer or a user writes for pacer-prep (world, court,
/// answer and scenario files): `[section]` headers, `key = value` lines, `#` comments, and
/// values in double quotes when they must keep a `#` or spaces at their ends.
///
/// This reads the shape only; what sections and keys mean is each file kind's business.
public struct DataFile: Sendable {
    /// One `[section]` and the entries under it, in file order.
    public struct Section: Sendable {
        /// Lower-cased; empty for entries before any header.
        public let name: String
        /// The header's line (0 for entries before any header).
        public let line: Int
        public var entries: [Entry]

        /// The first value given for `key`.
        public func value(_ key: String) -> String? { entries.first { $0.key == key }?.value }

        /// The line of `key`, or the header's line when it is absent.
        public func line(of key: String) -> Int { entries.first { $0.key == key }?.line ?? line }
    }

    /// One `key = value` line.
    public struct Entry: Sendable {
        /// As written, without spaces at its ends (case kept: field ids are case-sensitive).
        public let key: String
        public let value: String
        public let line: Int
    }

    public let path: String
    public private(set) var sections: [Section] = []
    /// Lines that are not of the format at all.
    public private(set) var problems: [DataFileProblem] = []

    /// Reads `text`; `entryForm` names what a line should look like in messages, e.g.
    /// "key = value" or "id = value (… `pacer-prep fields` lists the ids)", and `headerExample`
    /// shows a header of this kind of file. A malformed line is never quoted back: it may hold
    /// an invented password.
    public init(_ text: String, path: String, entryForm: String = "key = value", headerExample: String = "[account]") {
        self.path = path
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            read(String(raw), number: offset + 1, entryForm: entryForm, headerExample: headerExample)
        }
    }

    public func problem(_ line: Int, _ message: String) -> DataFileProblem {
        DataFileProblem(path: path, line: line, message: message)
    }

    mutating func read(_ line: String, number: Int, entryForm: String, headerExample: String) {
        let trimmed = line.trimmingSpaces
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
        if trimmed.hasPrefix("[") {
            let header = Self.withoutComment(trimmed)
            guard header.hasSuffix("]") else {
                problems.append(problem(number, "a section header must end with ], e.g. \(headerExample)"))
                sections.append(Section(name: "", line: number, entries: []))
                return
            }
            let name = String(header.dropFirst().dropLast()).trimmingSpaces.lowercased()
            sections.append(Section(name: name, line: number, entries: []))
            return
        }
        guard let equals = line.firstIndex(of: "="), !line[..<equals].contains("#") else {
            problems.append(problem(number, "expected \(entryForm)"))
            return
        }
        let key = String(line[..<equals]).trimmingSpaces
        guard !key.isEmpty else {
            problems.append(problem(number, "expected \(entryForm): nothing stands before ="))
            return
        }
        guard let value = value(String(line[line.index(after: equals)...]), number) else { return }
        if sections.isEmpty { sections.append(Section(name: "", line: 0, entries: [])) }
        sections[sections.count - 1].entries.append(Entry(key: key, value: value, line: number))
    }

    /// The value after `=`: up to a `#`, without spaces at either end; or, between double
    /// quotes, exactly what is inside (so a password may hold `#` or spaces at its ends).
    mutating func value(_ text: String, _ number: Int) -> String? {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasPrefix("\"") else { return Self.withoutComment(text).trimmingSpaces }
        let inside = trimmed.dropFirst()
        guard let close = inside.firstIndex(of: "\"") else {
            problems.append(problem(number, "a value that starts with \" must end with \""))
            return nil
        }
        let after = String(inside[inside.index(after: close)...]).trimmingSpaces
        guard after.isEmpty || after.hasPrefix("#") else {
            problems.append(problem(number, "only a # comment may follow the closing \""))
            return nil
        }
        return String(inside[..<close])
    }

    static func withoutComment(_ text: String) -> String {
        String(text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingSpaces
    }
}

extension String {
    /// The string without spaces and tabs at either end (the standard library has no trim).
    public var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}
