/// When a block is shown or a rule applies, as data (so it can be listed, tested and drawn).
public indirect enum Condition: Hashable, Sendable {
    case equals(FieldID, String)
    case oneOf(FieldID, [String])
    case notEmpty(FieldID)
    case checked(FieldID)
    /// The simulated day is before the court's NextGen go-live date.
    case beforeGoLive
    /// Someone is logged in and their account passes the test.
    case account(AccountTest)
    /// The account made in this run passes the test.
    case created(AccountTest)
    /// The answer contains this text (an email with a plus sign).
    case contains(FieldID, String)
    case not(Condition)
    case all([Condition])
    case any([Condition])

    /// The answers the condition reads.
    var answersRead: [FieldID] {
        switch self {
        case .equals(let id, _), .oneOf(let id, _), .notEmpty(let id), .checked(let id), .contains(let id, _): [id]
        case .beforeGoLive, .account, .created: []
        case .not(let inner): inner.answersRead
        case .all(let inner), .any(let inner): inner.flatMap(\.answersRead)
        }
    }

    /// Whether the condition holds for these answers.
    public func holds(in context: FactContext) -> Bool {
        switch self {
        case .equals(let id, let value): return context.value(id) == value
        case .oneOf(let id, let values): return values.contains(context.value(id))
        case .notEmpty(let id): return !context.value(id).isEmpty
        case .checked(let id): return context.value(id) == Field.checkedValue
        case .beforeGoLive: return context.today < context.court.goLive
        case .account(let test): return context.world.signedInAccount.map { test.passes($0, court: context.court) } ?? false
        case .created(let test):
            let world = context.world
            return world.lastCreated.flatMap(world.accountIndex(number:)).map { test.passes(world.accounts[$0], court: context.court) } ?? false
        case .contains(let id, let text): return context.value(id).contains(text)
        case .not(let inner): return !inner.holds(in: context)
        case .all(let inner): return inner.allSatisfy { $0.holds(in: context) }
        case .any(let inner): return inner.contains { $0.holds(in: context) }
        }
    }
}
