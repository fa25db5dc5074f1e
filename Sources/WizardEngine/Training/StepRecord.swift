/// What happened on one page of a scenario: the figures an exam scores and a report shows.
public struct StepRecord: Hashable, Sendable {
    public var wrongAttempts = 0
    /// The highest practice help level reached (0 none … 4 "show me" offered).
    public var helpLevel = 0
    /// Whether "show me" did the step.
    public var shown = false
    public var milliseconds = 0

    public init() {}
}
