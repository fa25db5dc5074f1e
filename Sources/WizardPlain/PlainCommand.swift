/// What a line typed at a plain-mode prompt means: a command, or a value for the prompt.
///
/// Commands are whole lines, so they cannot be mistaken for a value: `<`, `?` (or `?3` for
/// help on choice 3) and the words after `!`. A value that is exactly one of them is typed with
/// a backslash in front (`\?`); `!jump` and `!search` take the rest of the line, so a value
/// starting with either word and a space needs the backslash too. Any other line beginning with
/// `!` is a value, so a password such as `!Secret9` needs no escaping.
enum PlainCommand: Equatable {
    /// An empty line: keep the value (Next, at the end of a page).
    case keep
    /// `<`: the previous question, or the previous page from the first one.
    case previous
    /// `?` or `?n`.
    case help(Int?)
    case next, back, links, page, clear, quit
    /// Scenarios: `!show` does the step (practice), `!steps` lists the steps, `!task` shows the
    /// task card again — the F2, F3 and F4 of the full screen.
    case showMe, steps, task
    /// Guide mode: `!jump u 4 c` (the full screen's `g` jump, its letters and numbers after the
    /// word), `!search WORDS`, `!triage` the start page, `!panel` the agent panel again.
    case jump(String), search(String), triage, panel
    case value(String)

    init(_ line: String) {
        let word = line.trimmingSpaces.lowercased()
        switch word {
        case "": self = .keep
        case "<": self = .previous
        case "?": self = .help(nil)
        case "!next": self = .next
        case "!back": self = .back
        case "!links": self = .links
        case "!page": self = .page
        case "!clear": self = .clear
        case "!quit": self = .quit
        case "!show": self = .showMe
        case "!steps": self = .steps
        case "!task": self = .task
        case "!triage": self = .triage
        case "!panel": self = .panel
        default:
            if let rest = Self.rest(of: line, after: "!jump") {
                self = .jump(rest)
            } else if let rest = Self.rest(of: line, after: "!search") {
                self = .search(rest)
            } else if word.hasPrefix("?"), let number = Int(String(word.dropFirst()).trimmingSpaces) {
                self = .help(number)
            } else if line.hasPrefix("\\") {
                self = .value(String(line.dropFirst()))
            } else {
                self = .value(line)
            }
        }
    }

    /// What follows `command` and a space (or nothing), when the line starts with that word.
    private static func rest(of line: String, after command: String) -> String? {
        let trimmed = line.trimmingSpaces
        guard trimmed.lowercased().hasPrefix(command) else { return nil }
        let rest = trimmed.dropFirst(command.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return String(rest).trimmingSpaces
    }

    /// The commands, as help lists them.
    static let summary = "Enter alone keeps the value · < previous question · ? help · !next Next page · !back previous page · !links the page's links and buttons · !clear empty the field · !page read the page again · !quit quit · in a scenario: !show do the step, !steps the steps, !task the task card · in guide mode: !jump u 4 c jump to a journey's step (and a page of it, as the full screen's g), !search WORDS search every page, !triage the triage questions, !panel the agent panel again · \\ before a value that is one of these"
}
