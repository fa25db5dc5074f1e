/// The part of the state that belongs to a scenario run: the mode, the records per page, the
/// current help level and the demo's clock.
public struct TrainingState: Hashable, Sendable {
    public var mode: TrainingMode
    public var scenarioID: String
    /// Per page, in the order first reached.
    public var records: [PageID: StepRecord] = [:]
    public var order: [PageID] = []
    /// The practice help level on the current page; back to 0 on a new page.
    public var helpLevel = 0
    /// Set once the outcome is met and the results are on screen: the next key ends the run.
    public var isOver = false
    /// Demo: paused, and the time since the last step.
    public var demoPaused = false
    public var demoElapsed = 0
    /// Demo: milliseconds between steps (+ and − change it).
    public var demoInterval = 2500
    /// Demo: the trainer has taken over (keys go to the page until handed back).
    public var demoTakenOver = false
    /// The next expert step the demo will play.
    public var demoNextStep = 0
    /// Guide: the agent panel, the jump and search boxes.
    public var guide = GuideState()
    /// Time since the last key, for the idle-timeout fault.
    public var idleMilliseconds = 0
    /// Idle time after which the idle-timeout fault logs the person out.
    public static let idleLimit = 120_000

    public init(mode: TrainingMode, scenarioID: String) {
        self.mode = mode
        self.scenarioID = scenarioID
    }

    /// The record of a page, created on first use.
    public mutating func record(_ page: PageID, _ change: (inout StepRecord) -> Void) {
        if records[page] == nil {
            records[page] = StepRecord()
            order.append(page)
        }
        change(&records[page]!)
    }

    public var wrongAttempts: Int { records.values.reduce(0) { $0 + $1.wrongAttempts } }
    public var shownSteps: Int { records.values.filter(\.shown).count }
    public var milliseconds: Int { records.values.reduce(0) { $0 + $1.milliseconds } }

    /// 100, less 5 a wrong attempt and 20 a step shown, never below 0.
    public var score: Int { max(0, 100 - 5 * wrongAttempts - 20 * shownSteps) }
}
