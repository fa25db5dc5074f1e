/// What guide mode keeps between events: who has the keys (the page or the agent panel), how far
/// the panel is scrolled, the jump or search box while one is open, and the account the guide
/// signed in to show a page.
public struct GuideState: Hashable, Sendable {
    /// F6: the agent panel has the keys (↑/↓ scroll it). Below `GuideLayout.besideColumns` it
    /// then also takes the page's place on screen.
    public var panelHasKeys = false
    /// The first line of the panel shown.
    public var panelTop = 0
    /// The jump or search box, while one is open; it takes every key but quitting.
    public var box: GuideBox?
    /// The account number the guide signed in because a page it jumped to needed someone
    /// logged in; nil when the run signed in by itself (or nobody is).
    public var signedInByGuide: String?

    public init() {}
}

/// The boxes guide mode opens over the page.
public enum GuideBox: Hashable, Sendable {
    /// g or F9: a journey's letter, then a step's number, then (when the step has several pages)
    /// a letter for one of them.
    case jump(GuideJumpStage)
    /// / or F8: the words typed so far and the highlighted result.
    case search(query: String, selected: Int)
}

/// Where a jump has got to.
public enum GuideJumpStage: Hashable, Sendable {
    /// Waiting for a journey's letter.
    case journey
    /// Waiting for a step's number.
    case step(JourneyID)
    /// On the step's first page already; a letter moves to another page of the same step.
    case page(JourneyID, step: Int)
}

extension WizardState {
    /// The guide's part of the state (a fresh one outside guide mode, where nothing reads it).
    public internal(set) var guide: GuideState {
        get { training?.guide ?? GuideState() }
        set { training?.guide = newValue }
    }
}
