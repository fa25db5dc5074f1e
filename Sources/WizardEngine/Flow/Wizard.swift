/// A journey and the state of one run through it: the value a front end drives.
public struct Wizard: Sendable {
    public let journey: Journey
    public var state: WizardState
    public let keyMap: KeyMap

    /// Starts on the journey's first page with the first focus stop focused.
    public init(journey: Journey, size: TerminalSize, today: CivilDate,
                court: CourtProfile = .massachusetts, seed: UInt64, keyMap: KeyMap = .standard) {
        self.journey = journey
        self.keyMap = keyMap
        self.state = WizardState(journey: journey.id, page: journey.firstPage, size: size,
                                 today: today, court: court, seed: seed)
        Reducer.enterPage(&state, journey)
    }

    public var page: Page { journey.page(state.page) }

    /// Applies one event and returns what the outside world must do.
    @discardableResult
    public mutating func send(_ event: Event) -> [Effect] {
        Reducer.reduce(&state, event, journey: journey, keyMap: keyMap)
    }

    /// The screen as a value at the state's size.
    public var view: ScreenView { ScreenView(state: state, journey: journey, keyMap: keyMap) }

    /// The screen as a grid of cells at the state's size.
    public var frame: Frame { FrameRenderer.render(view, scrollTop: state.scrollTop) }
}
