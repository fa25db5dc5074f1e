/// Reads the scenario file format, the data-file conventions with these sections:
/// `[scenario]` (id, title, journey, today, world, pass-mark, outcome), `[persona]` and `[task]`
/// (`line` / `text` entries, one per line of text), one `[step]` per expert step (page,
/// caption, action, `expect = refused`, and any other key as `field-id = value`), `[fault]`
/// (kind, page), and any
/// world-file section (`[account]`, `[cmecf]`, `[court]`) adding to the practice world.
///
/// Pure: the text's shape and values are checked here; whether its pages, fields and path fit
/// the journeys is `ScenarioCheck`'s job.
public enum ScenarioFile {
    public static func parse(_ text: String, path: String) -> Result<Scenario, DataFileProblems> {
        let file = DataFile(text, path: path, headerExample: "[step]")
        var problems = file.problems
        func problem(_ line: Int, _ message: String) { problems.append(file.problem(line, message)) }

        var header: DataFile.Section?
        var persona: [String] = []
        var task: [String] = []
        var steps: [ScriptStep] = []
        var faults: [Fault] = []
        for section in file.sections {
            switch section.name {
            case "scenario":
                if header != nil { problem(section.line, "only one [scenario] section is allowed") }
                header = section
            case "persona":
                persona += lines(of: section, key: "line", problem)
            case "task":
                task += lines(of: section, key: "text", problem)
            case "step":
                if let step = step(section, problem) { steps.append(step) }
            case "fault":
                if let fault = fault(section, problem) { faults.append(fault) }
            case _ where WorldFile.keys[section.name] != nil:
                break // a world section: read below, as a world file would

            default:
                if section.line == 0 {
                    for entry in section.entries { problem(entry.line, "a key before any section: start with [scenario]") }
                } else {
                    problem(section.line, "unknown section [\(section.name)]; expected [scenario], [persona], [task], [step], [fault], or a world section ([account], [cmecf], [court], [simulation])")
                }
            }
        }
        guard let header else {
            problem(0, "no [scenario] section: it needs id, title and journey")
            return .failure(DataFileProblems(problems))
        }
        for key in ["id", "title", "journey"] where (header.value(key) ?? "").isEmpty {
            problem(header.line, "[scenario] needs \"\(key) = …\"")
        }
        let known = ["id", "title", "journey", "today", "world", "pass-mark", "outcome"]
        for entry in header.entries where !known.contains(entry.key) {
            problem(entry.line, "unknown key \"\(entry.key)\" in [scenario]; it takes \(known.joined(separator: ", "))")
        }
        var today: CivilDate?
        if let text = header.value("today") {
            today = CivilDate.parseISO(text)
            if today == nil { problem(header.line(of: "today"), "today must be a real date written YYYY-MM-DD, e.g. 2021-09-01") }
        }
        var passMark: Int?
        if let text = header.value("pass-mark") {
            passMark = Int(text)
            if passMark.map({ !(0...100).contains($0) }) ?? true {
                problem(header.line(of: "pass-mark"), "pass-mark is a whole number from 0 to 100")
            }
        }
        var outcome = ExpectedOutcome.journeyCompleted
        if let text = header.value("outcome") {
            if text == "completed" {
                outcome = .journeyCompleted
            } else if text.hasPrefix("reach ") {
                outcome = .reached(PageID(String(text.dropFirst(6)).trimmingSpaces))
            } else {
                problem(header.line(of: "outcome"), "outcome is \"completed\" or \"reach PAGE-ID\"")
            }
        }
        if task.isEmpty { problem(header.line, "a scenario needs a [task] with at least one text = … line") }
        if steps.isEmpty { problem(header.line, "a scenario needs its expert path: one [step] per page") }
        var world: WorldFileContents?
        switch WorldFile.contents(of: file.sections, path: path) {
        case .success(let contents): world = contents
        case .failure(let worldProblems): problems += worldProblems.all
        }
        guard problems.isEmpty else { return .failure(DataFileProblems(problems)) }
        return .success(Scenario(
            id: header.value("id")!, title: header.value("title")!, persona: persona,
            journey: JourneyID(header.value("journey")!), today: today, worldFile: header.value("world"),
            taskCard: task.joined(separator: "\n"), expertPath: steps, outcome: outcome,
            passMark: passMark, faults: faults, world: world))
    }

    static func lines(of section: DataFile.Section, key: String, _ problem: (Int, String) -> Void) -> [String] {
        section.entries.compactMap { entry in
            guard entry.key == key else {
                problem(entry.line, "[\(section.name)] takes \(key) = … lines only")
                return nil
            }
            return entry.value
        }
    }

    static func step(_ section: DataFile.Section, _ problem: (Int, String) -> Void) -> ScriptStep? {
        guard let page = section.value("page"), !page.isEmpty else {
            problem(section.line, "[step] needs \"page = …\", the page id it happens on")
            return nil
        }
        let actionText = section.value("action") ?? "next"
        let action: ScriptAction
        switch actionText {
        case "next": action = .next
        case "none": action = .none
        case _ where actionText.hasPrefix("press "): action = .press(FieldID(String(actionText.dropFirst(6)).trimmingSpaces))
        case _ where actionText.hasPrefix("menu "): action = .menu(String(actionText.dropFirst(5)).trimmingSpaces)
        default:
            problem(section.line(of: "action"), "action is next, none, press FIELD-ID or menu ITEM TITLE")
            return nil
        }
        let answers = section.entries
            .filter { !["page", "caption", "action", "expect"].contains($0.key) }
            .map { (FieldID($0.key), $0.value) }
        var refused = false
        if let expect = section.value("expect") {
            refused = expect == "refused"
            if !refused { problem(section.line(of: "expect"), "expect takes one value: refused") }
        }
        return ScriptStep(page: PageID(page), caption: section.value("caption") ?? "", answers: answers,
                          action: action, expectsRefusal: refused, line: section.line)
    }

    static func fault(_ section: DataFile.Section, _ problem: (Int, String) -> Void) -> Fault? {
        for entry in section.entries where entry.key != "kind" && entry.key != "page" {
            problem(entry.line, "[fault] takes kind and page only")
        }
        guard let text = section.value("kind"), let kind = Fault.Kind(rawValue: text) else {
            let kinds = Fault.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            problem(section.line(of: "kind"), "[fault] needs kind = one of \(kinds)")
            return nil
        }
        return Fault(kind: kind, page: section.value("page").map { PageID($0) })
    }
}
