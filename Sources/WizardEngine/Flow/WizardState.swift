/// Everything about a run, as one value: tests compare it whole after each event.
///
/// Secret values live here in memory only; nothing in the engine writes them anywhere, and the
/// executable never persists this value.
public struct WizardState: Equatable, Sendable {
    public var journey: JourneyID
    public var page: PageID
    /// Pages left by Next or a link, most recent last; Back pops it.
    public var history: [PageID] = []
    public var focus: FocusTarget?
    /// Every value typed or chosen, by field; kept across Back and errors until the user changes it.
    public var values: [FieldID: EditableText] = [:]
    /// The current problem of each field, shown under it.
    public var errors: [FieldID: String] = [:]
    /// Fields edited since they were last checked; checked when the focus leaves them.
    public var edited: Set<FieldID> = []
    public var notice: Notice?
    public var overlay: Overlay?
    public var size: TerminalSize
    /// The first body line shown; kept so the page does not jump while the focus moves.
    public var scrollTop: Int = 0
    /// The simulated day, given by the executable (the engine reads no clock).
    public var today: CivilDate
    public var court: CourtProfile
    /// A number chosen at start that stands in for what PACER would assign (the account number).
    public var seed: UInt64
    /// Links chosen that were not the ones the step asks for.
    public var wrongChoices: Int = 0
    public var isFinished = false

    public init(journey: JourneyID, page: PageID, size: TerminalSize, today: CivilDate,
                court: CourtProfile = .massachusetts, seed: UInt64) {
        self.journey = journey
        self.page = page
        self.size = size
        self.today = today
        self.court = court
        self.seed = seed
    }

    /// The answer for a field, or the empty string.
    public func value(_ id: FieldID) -> String { values[id]?.text ?? "" }

    /// The answers and the simulated world, for rules, conditions and page text.
    public var context: FactContext {
        FactContext(answers: values.mapValues(\.text), today: today, court: court, seed: seed)
    }
}
