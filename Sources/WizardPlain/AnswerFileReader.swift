import WizardEngine

/// The state of one read: the raw answers with their lines, and the problems found so far.
struct AnswerFileReader {
    let path: String
    let directory: FieldDirectory
    var problems: [DataFileProblem] = []
    /// Each answer as written, in file order.
    var raw: [(id: FieldID, value: String, line: Int)] = []
    var lines: [FieldID: Int] = [:]

    init(path: String, directory: FieldDirectory) {
        self.path = path
        self.directory = directory
    }

    mutating func problem(_ line: Int, _ message: String) {
        problems.append(DataFileProblem(path: path, line: line, message: message))
    }

    mutating func read(_ text: String) {
        let file = DataFile(text, path: path,
                            entryForm: "id = value (a field id, =, then the value; `pacer-prep fields` lists the ids)",
                            headerExample: "[register]")
        problems += file.problems
        for section in file.sections {
            let journey = section.line == 0 ? nil : header(section)
            for entry in section.entries { take(entry, in: journey) }
        }
    }

    /// One `id = value` line, checked against the directory and the section's journey.
    mutating func take(_ entry: DataFile.Entry, in section: JourneyID?) {
        let id = FieldID(entry.key)
        guard let field = directory.entry(id) else {
            let hint = directory.nearest(to: entry.key).map { " (did you mean \($0)?)" } ?? ""
            problem(entry.line, "unknown field id \"\(entry.key)\"\(hint); `pacer-prep fields` lists every journey's ids")
            return
        }
        if let section, !section.rawValue.isEmpty, section != field.journey {
            problem(entry.line, "\(entry.key) is a field of journey \(field.journey), not of [\(section)]")
            return
        }
        if let first = lines[id] {
            problem(entry.line, "\(entry.key) is given twice (first on line \(first))")
            return
        }
        lines[id] = entry.line
        raw.append((id, entry.value, entry.line))
    }

    /// A `[journey]` header: the journey it names, or "" after a problem (keys below it are
    /// then checked against every journey, so one typo gives one message).
    mutating func header(_ section: DataFile.Section) -> JourneyID {
        guard !section.name.isEmpty else { return "" }
        let names = directory.catalog.journeys.map { "[\($0.id)]" }.joined(separator: ", ")
        guard directory.catalog.journey(JourneyID(section.name)) != nil else {
            problem(section.line, "unknown journey [\(section.name)]; expected one of \(names)")
            return ""
        }
        return JourneyID(section.name)
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
