/// What a line typed at a plain-mode prompt means: a command, or a value for the prompt.
///
/// Commands are whole lines, so they cannot be mistaken for a value: `<`, `?` (or `?3` for
/// help on choice 3) and the words after `!`. A value that is exactly one of them is typed with
/// a backslash in front (`\?`); any other line beginning with `!` is a value too, so a password
/// such as `!Secret9` needs no escaping.
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
        default:
            if word.hasPrefix("?"), let number = Int(String(word.dropFirst()).trimmingSpaces) {
                self = .help(number)
            } else if line.hasPrefix("\\") {
                self = .value(String(line.dropFirst()))
            } else {
                self = .value(line)
            }
        }
    }

    /// The commands, as help lists them.
    static let summary = "Enter alone keeps the value · < previous question · ? help · !next Next page · !back previous page · !links the page's links and buttons · !clear empty the field · !page read the page again · !quit quit · in a scenario: !show do the step, !steps the steps, !task the task card · \\ before a value that is one of these"
}
