/// How a scenario is used: the three kinds of users need the same pages used differently.
/// Guide mode also runs without a scenario.
public enum TrainingMode: String, Hashable, Sendable, CaseIterable {
    /// Learners on their own: hints on demand, help that rises after each wrong attempt.
    case practice
    /// A trainer at a projector: the expert path plays itself, step by step, with captions.
    case demo
    /// Learners being assessed: no hints; attempts and time counted; a results page.
    case exam
    /// Help-desk staff on a call: the caller's page beside an agent panel, jumps and search.
    case guide
}
