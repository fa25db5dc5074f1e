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
    /// The mock PACER back end, the court and the simulated day (the engine reads no clock).
    public var world: World
    /// The account whose details prefilled each field, so they are refilled for another login.
    public var prefilledFor: [FieldID: String?] = [:]
    /// Pages shown so far, so a tab strip can tell a tab not yet visited from one with problems.
    public var visited: Set<PageID> = []
    /// Links chosen that were not the ones the step asks for.
    public var wrongChoices: Int = 0
    public var isFinished = false
    /// Set when a scenario runs: its mode and records.
    public var training: TrainingState?

    public init(journey: JourneyID, page: PageID, size: TerminalSize, world: World) {
        self.journey = journey
        self.page = page
        self.size = size
        self.world = world
    }

    /// A state over an empty directory, for tests and journeys that need no accounts.
    public init(journey: JourneyID, page: PageID, size: TerminalSize, today: CivilDate,
                court: CourtProfile = .massachusetts, seed: UInt64) {
        self.init(journey: journey, page: page, size: size, world: World(court: court, today: today, seed: seed))
    }

    public var today: CivilDate { world.today }
    public var court: CourtProfile { world.court }
    public var seed: UInt64 { world.seed }

    /// The answer for a field, or the empty string.
    public func value(_ id: FieldID) -> String { values[id]?.text ?? "" }

    /// The answers and the simulated world, for rules, conditions and page text.
    public var context: FactContext {
        FactContext(fields: values, world: world)
    }
}
