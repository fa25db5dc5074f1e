/// A rehearsal a trainer can write: who you are, what to do, and how a skilled person does it.
///
/// Scenarios are data (read from a scenario file), so trainers can add their own; the modes
/// (practice, exam, demo, guide) all read the same one.
public struct Scenario: Equatable, Sendable {
    public var id: String
    public var title: String
    /// The invented person the learner plays, line by line ("Ana Lima, solo practitioner").
    public var persona: [String]
    public var journey: JourneyID
    /// The simulated day; nil keeps the run's own.
    public var today: CivilDate?
    /// A world file to start from, relative to the scenario file; nil for the built-in world.
    public var worldFile: String?
    /// The task in plain words, shown before the first page.
    public var taskCard: String
    /// What a skilled person does, page by page.
    public var expertPath: [ScriptStep]
    /// How to tell the task is done.
    public var outcome: ExpectedOutcome
    /// The exam score (0–100) needed to pass; nil means 80.
    public var passMark: Int?
    /// Unhappy paths switched on for this scenario.
    public var faults: [Fault]
    /// World sections of the scenario file: accounts added to the practice world, a court.
    public var world: WorldFileContents?

    public init(id: String, title: String, persona: [String], journey: JourneyID, today: CivilDate? = nil,
                worldFile: String? = nil, taskCard: String, expertPath: [ScriptStep], outcome: ExpectedOutcome,
                passMark: Int? = nil, faults: [Fault] = [], world: WorldFileContents? = nil) {
        self.id = id
        self.title = title
        self.persona = persona
        self.journey = journey
        self.today = today
        self.worldFile = worldFile
        self.taskCard = taskCard
        self.expertPath = expertPath
        self.outcome = outcome
        self.passMark = passMark
        self.faults = faults
        self.world = world
    }

    /// The world the scenario starts in: `base` (the practice world, or a `world =` file's)
    /// with the scenario's own accounts added, its court, and its day.
    public func startingWorld(from base: World) -> World {
        var world = base
        if let contents = self.world {
            // A scenario's own person replaces a built-in one with the same number or username.
            world.accounts.removeAll { existing in
                contents.accounts.contains { $0.number == existing.number || $0.username.lowercased() == existing.username.lowercased() }
            }
            world.accounts += contents.accounts
            world.cmecfAccounts += contents.cmecfAccounts
            if let court = contents.court { world.court = court }
            if let today = contents.today { world.today = today }
        }
        if let today { world.today = today }
        world.faults.formUnion(faults.map(\.kind))
        return world
    }

    public static let defaultPassMark = 80
    public var effectivePassMark: Int { passMark ?? Self.defaultPassMark }
}
