import WizardEngine

/// Why a batch run stopped: where, the engine's sentence for the page, and every field it
/// found missing or invalid there and, checked ahead, on the pages that follow.
public struct BatchReport: Equatable, Sendable {
    /// One field and its problem; `step` is given for a field of another page.
    public struct Line: Equatable, Sendable {
        public let id: FieldID?
        public let step: Int?
        public let message: String
    }

    /// "step 4 of 9 (PACER Registration: Account Information)".
    public let place: String
    public let notice: String
    public let fields: [Line]
    /// Problems of later pages, found by checking them with the answers given so far.
    public let later: [Line]

    init(wizard: Wizard, notice: String, fields: [Line], later: [Line]) {
        let view = wizard.view
        let step = wizard.page.step > 0 ? view.stepLabel.prefix(1).lowercased() + view.stepLabel.dropFirst() : "the start page"
        place = "\(step) (\(view.pageTitle))"
        self.notice = notice
        self.fields = fields
        self.later = later
    }

    /// The report as printed, one problem a line, never a value the person gave.
    public var lines: [String] {
        var lines = ["batch run incomplete: stopped on \(place)" + (notice.isEmpty ? "." : ": \(notice)")]
        for line in fields + later {
            let step = line.step.map { " (step \($0))" } ?? ""
            lines.append("  " + (line.id.map { "\($0)\(step): " } ?? "") + line.message)
        }
        return lines
    }
}
