/// Rebuilds a recorded run entry by entry, so `pacer-prep replay` can show a help-desk call again
/// or turn it into a recording: each transcript line becomes the screen it left behind, the time
/// it happened and a one-line caption, which is drawn on the status line.
///
/// The screens are rebuilt from the entries, not re-run through the reducer: a transcript holds
/// what changed, not the keys pressed. Pages are entered as `ResumePoint` enters them, ordinary
/// values are put back as recorded, and problems are shown under their fields. Secret and private
/// values were never recorded, so their fields get a masked placeholder of fixed length, and the
/// first such caption says why, once. Pure: the caller supplies a wizard started as the recorded
/// run was (same journey or scenario, same world) and does the drawing and the waiting.
public struct TranscriptReplay: Sequence, IteratorProtocol, Sendable {
    /// One entry replayed.
    public struct Step: Sendable {
        /// Milliseconds since the session began, as recorded.
        public let milliseconds: Int
        /// The screen after the entry, caption on the status line, no cursor.
        public let frame: Frame
        /// What happened, without the time, e.g. "field changed: First Name = “Ana”".
        public let caption: String
        /// The page on screen, for a recording's step markers.
        public let page: Page
        public let journey: Journey

        /// The caption with its time, e.g. "12.4 s · field changed: First Name = “Ana”".
        public var line: String { "\(TranscriptReplay.seconds(milliseconds)) · \(caption)" }
    }

    /// How many mask characters stand for a value that was never recorded: its length is unknown.
    static let placeholderLength = 6

    public private(set) var wizard: Wizard
    private let lines: [Transcript.Line]
    private var index = 0
    private var toldAboutSecrets = false
    private let recorder: TranscriptRecorder

    /// Replays `transcript` onto `wizard`, which must be freshly started for the recorded run.
    /// An open task card or guide panel is closed: the transcript does not say when it was.
    public init(transcript: Transcript, wizard: Wizard) {
        var wizard = wizard
        wizard.state.overlay = nil
        self.wizard = wizard
        self.lines = transcript.lines
        self.recorder = TranscriptRecorder(catalog: wizard.catalog)
    }

    /// The line number a transcript's problem names ("line 7 is cut short"); nil without one.
    public static func stoppingLine(_ transcript: Transcript) -> Int? {
        guard let problem = transcript.problem, problem.hasPrefix("line ") else { return nil }
        return Int(problem.dropFirst(5).prefix { $0.isNumber })
    }

    /// How long to wait before showing an entry recorded at `milliseconds` after one recorded at
    /// `previous`: the recorded gap divided by `speed`, a long pause (a phone call, a coffee)
    /// capped at `cap` first so a replay never seems to hang.
    public static func pause(from previous: Int, to milliseconds: Int, speed: Double, cap: Int = 2000) -> Int {
        let gap = Swift.min(Swift.max(0, milliseconds - previous), cap)
        return speed > 0 ? Int((Double(gap) / speed).rounded()) : 0
    }

    /// Seconds with one decimal, e.g. 12.4 s.
    public static func seconds(_ milliseconds: Int) -> String {
        let tenths = Swift.max(0, milliseconds) / 100
        return "\(tenths / 10).\(tenths % 10) s"
    }

    /// The next entry replayed; nil after the last.
    public mutating func next() -> Step? {
        guard index < lines.count else { return nil }
        let line = lines[index]
        index += 1
        let (caption, tone) = apply(line.entry)
        let shown = "\(Self.seconds(line.milliseconds)) · \(caption)"
        var state = wizard.state
        state.notice = Notice(shown, tone)
        var drawn = wizard
        drawn.state = state
        var frame = drawn.frame
        frame.cursor = nil
        return Step(milliseconds: line.milliseconds, frame: frame, caption: caption, page: wizard.page,
                    journey: wizard.journey)
    }

    /// Changes the wizard as the entry says and gives its caption and the status line's tone.
    mutating func apply(_ entry: TranscriptEntry) -> (String, Notice.Tone) {
        let catalog = wizard.catalog
        switch entry {
        case .session(let session):
            let journey = session.settings["scenario"].map { "scenario \($0)" } ?? session.settings["journey"].map { "journey \($0)" }
            return ("session of \(session.name) started \(session.started)" + (journey.map { ", \($0)" } ?? ""), .info)
        case .entered(let page, _, let depth):
            guard catalog.hasPage(page) else { return ("entered an unknown page \(page.rawValue)", .problem) }
            var state = wizard.state
            let current = state.page
            if depth > state.history.count { state.history.append(current) }
            if depth < state.history.count { state.history = Array(state.history.prefix(depth)) }
            state.page = page
            state.journey = catalog.journey(containing: page).id
            state.errors.removeAll()
            state.overlay = nil
            Reducer.enterPage(&state, catalog)
            wizard.state = state
            return ("entered " + CastRecording.markerLabel(wizard.page, wizard.journey), .info)
        case .left(let page):
            return ("left " + title(page), .info)
        case .changed(let field, let value):
            let label = recorder.field(field)?.label ?? field.rawValue
            let maxLength = recorder.field(field)?.kind.maxLength
            wizard.state.errors[field] = nil
            focus(field)
            guard let value else {
                let mask = String(copies: Self.placeholderLength, of: wizard.glyphs.mask)
                wizard.state.values[field] = EditableText(mask, maxLength: maxLength)
                var caption = "field changed: \(label) (not recorded)"
                if !toldAboutSecrets {
                    // Said once: in the caption for plain lines, and under the field on screen,
                    // where there is room for it (the status line is shared with the buttons).
                    toldAboutSecrets = true
                    let why = "secrets are never recorded, so they show as \(mask)"
                    caption += "; " + why
                    if wizard.page.field(field) != nil { wizard.state.errors[field] = "Not the real value: \(why)." }
                }
                return (caption, .info)
            }
            wizard.state.values[field] = EditableText(value, maxLength: maxLength)
            return (value.isEmpty ? "field cleared: \(label)" : "field changed: \(label) = “\(value)”", .info)
        case .error(let field, let message):
            guard let field else { return ("problem shown: \(message)", .problem) }
            wizard.state.errors[field] = message
            focus(field)
            let label = recorder.field(field)?.label ?? field.rawValue
            return ("problem shown under \(label): \(message)", .problem)
        case .wrongAttempt(let page):
            wizard.state.training?.record(page) { $0.wrongAttempts += 1 }
            return ("wrong attempt on \(title(page))", .problem)
        case .hint(let page, let level):
            wizard.state.training?.record(page) { $0.helpLevel = level }
            return ("hint level \(level) on \(title(page))", .info)
        case .shown(let page):
            wizard.state.training?.record(page) { $0.shown = true }
            return ("“show me” did \(title(page))", .info)
        case .fault(let kind):
            if let known = Fault.Kind(rawValue: kind) { wizard.state.world.faults.insert(known) }
            return ("fault switched on: \(kind)", .info)
        case .signedIn(let account):
            if let account, wizard.state.world.accountIndex(number: account) != nil { wizard.state.world.signedIn = account }
            if account == nil { wizard.state.world.signedIn = nil }
            return (account.map { "logged in as \($0)" } ?? "logged out", .info)
        case .created(let account):
            return ("practice account created: \(account)", .success)
        case .results(let score, let passMark, let wrong, let shown, let milliseconds):
            var parts: [String] = []
            if let score { parts.append("score \(score)" + (passMark.map { " (pass mark \($0))" } ?? "")) }
            parts.append(wrong == 1 ? "1 wrong attempt" : "\(wrong) wrong attempts")
            parts.append(shown == 1 ? "1 step shown" : "\(shown) steps shown")
            parts.append(Self.seconds(milliseconds))
            return ("results: " + parts.joined(separator: ", "), .info)
        case .outcome(let how):
            return ("outcome: \(how)", how == "completed" ? .success : .info)
        }
    }

    /// Focuses a field of the page on screen and scrolls it into view, as it was when it was
    /// filled in or its problem shown; a field not on the page leaves the focus where it is.
    private mutating func focus(_ field: FieldID) {
        let state = wizard.state
        guard wizard.page.field(field) != nil,
              wizard.page.focusOrder(in: state.context, canGoBack: !state.history.isEmpty).contains(.field(field)) else { return }
        wizard.state.focus = .field(field)
        wizard.keepFocusVisible()
    }

    /// A page's title, or its id when the catalog no longer has it.
    private func title(_ page: PageID) -> String {
        wizard.catalog.hasPage(page) ? wizard.catalog.page(page).title : page.rawValue
    }
}
