/// What rules, conditions and page text may depend on: the answers so far and the simulated world.
///
/// It is a read-only view built from the state, so the same code answers "is this shown?", "is
/// this valid?" and "what does this sentence say?" without any of it reaching for a clock.
public struct FactContext: Sendable {
    /// The answers as given, or as the state holds them (read without copying them into a new
    /// dictionary, since a context is made several times per key).
    private enum Answers: Sendable {
        case texts([FieldID: String])
        case fields([FieldID: EditableText])
    }

    private let given: Answers
    public let world: World

    public init(answers: [FieldID: String], world: World) {
        self.given = .texts(answers)
        self.world = world
    }

    /// The context of a state's answers.
    init(fields: [FieldID: EditableText], world: World) {
        self.given = .fields(fields)
        self.world = world
    }

    public var answers: [FieldID: String] {
        switch given {
        case .texts(let texts): texts
        case .fields(let fields): fields.mapValues(\.text)
        }
    }

    public init(answers: [FieldID: String], today: CivilDate, court: CourtProfile, seed: UInt64) {
        self.init(answers: answers, world: World(court: court, today: today, seed: seed))
    }

    public var today: CivilDate { world.today }
    public var court: CourtProfile { world.court }
    /// A number chosen by the executable at start, standing in for whatever PACER would assign.
    public var seed: UInt64 { world.seed }

    /// The answer for a field, or the empty string.
    public func value(_ id: FieldID) -> String {
        switch given {
        case .texts(let texts): texts[id] ?? ""
        case .fields(let fields): fields[id]?.text ?? ""
        }
    }
}
