import WizardEngine

/// The state of one read: the raw answers with their lines, and the problems found so far.
struct AnswerFileReader {
    let path: String
    let directory: FieldDirectory
    var problems: [WorldFileProblem] = []
    /// Each answer as written, in file order.
    var raw: [(id: FieldID, value: String, line: Int)] = []
    var lines: [FieldID: Int] = [:]

    init(path: String, directory: FieldDirectory) {
        self.path = path
        self.directory = directory
    }

    mutating func problem(_ line: Int, _ message: String) {
        problems.append(WorldFileProblem(path: path, line: line, message: message))
    }

    mutating func read(_ text: String) {
        var section: JourneyID?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = String(rawLine)
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                section = header(trimmed, number)
                continue
            }
            guard let equals = line.firstIndex(of: "="), !line[..<equals].contains("#") else {
                problem(number, "expected id = value (a field id, =, then the value; `pacer-prep fields` lists the ids)")
                continue
            }
            let key = String(line[..<equals]).trimmingSpaces
            guard !key.isEmpty else { problem(number, "expected id = value: the id before = is missing"); continue }
            guard let value = self.value(String(line[line.index(after: equals)...]), number) else { continue }
            let id = FieldID(key)
            guard let entry = directory.entry(id) else {
                let hint = directory.nearest(to: key).map { " (did you mean \($0)?)" } ?? ""
                problem(number, "unknown field id \"\(key)\"\(hint); `pacer-prep fields` lists every journey's ids")
                continue
            }
            if let section, !section.rawValue.isEmpty, section != entry.journey {
                problem(number, "\(key) is a field of journey \(entry.journey), not of [\(section)]")
                continue
            }
            if let first = lines[id] {
                problem(number, "\(key) is given twice (first on line \(first))")
                continue
            }
            lines[id] = number
            raw.append((id, value, number))
        }
    }

    /// A `[journey]` header: the journey it names, or "" after a problem (keys below it are
    /// then checked against every journey, so one typo gives one message).
    mutating func header(_ trimmed: String, _ number: Int) -> JourneyID {
        let text = String(trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingSpaces
        let names = directory.catalog.journeys.map { "[\($0.id)]" }.joined(separator: ", ")
        guard text.hasSuffix("]") else {
            problem(number, "a section header must end with ], e.g. [register]")
            return ""
        }
        let name = String(text.dropFirst().dropLast()).trimmingSpaces
        guard directory.catalog.journey(JourneyID(name)) != nil else {
            problem(number, "unknown journey [\(name)]; expected one of \(names)")
            return ""
        }
        return JourneyID(name)
    }

    /// The value after `=`: up to a `#`, without spaces at either end; or, between double
    /// quotes, exactly what is inside (so a password may hold `#` or spaces at its ends).
    mutating func value(_ text: String, _ number: Int) -> String? {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasPrefix("\"") else {
            return String(text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingSpaces
        }
        let inside = trimmed.dropFirst()
        guard let close = inside.firstIndex(of: "\"") else {
            problem(number, "a value that starts with \" must end with \"")
            return nil
        }
        let after = String(inside[inside.index(after: close)...]).trimmingSpaces
        guard after.isEmpty || after.hasPrefix("#") else {
            problem(number, "only a # comment may follow the closing \"")
            return nil
        }
        return String(inside[..<close])
    }

    /// Checks every value against its field's kind, lists after the answers they follow.
    mutating func check() -> AnswerSheet {
        var values: [FieldID: String] = [:]
        var links: [FieldID] = []
        let raw = self.raw, directory = self.directory
        /// The list value another answer stands for, so County is checked against its State.
        func given(_ other: FieldID) -> String? {
            raw.first { $0.id == other }.flatMap { AnswerChecker.listValue($0.value, directory.entry(other)) }
        }
        for (id, text, line) in raw {
            let entry = directory.entry(id)!
            switch AnswerChecker.check(text, for: entry, given: given) {
            case .success(let value):
                if case .link = entry.kind {
                    if value == Field.checkedValue { links.append(id) }
                } else {
                    values[id] = value
                }
            case .failure(let problem):
                self.problem(line, problem.message)
            }
        }
        return AnswerSheet(values: values, links: links)
    }
}
