/// The journeys and the state of one run through them: the value a front end drives.
public struct Wizard: Sendable {
    public let catalog: Catalog
    public var state: WizardState
    public let keyMap: KeyMap

    /// Starts on the first page of `start` with the first focus stop focused.
    public init(catalog: Catalog, start: JourneyID, size: TerminalSize, world: World, keyMap: KeyMap = .standard) {
        self.catalog = catalog
        self.keyMap = keyMap
        let journey = catalog.journey(start) ?? catalog.journeys[0]
        self.state = WizardState(journey: journey.id, page: journey.firstPage, size: size, world: world)
        Reducer.enterPage(&state, catalog)
    }

    /// One journey over an empty directory, for tests.
    public init(journey: Journey, size: TerminalSize, today: CivilDate,
                court: CourtProfile = .massachusetts, seed: UInt64, keyMap: KeyMap = .standard) {
        self.init(catalog: Catalog([journey]), start: journey.id, size: size,
                  world: World(court: court, today: today, seed: seed), keyMap: keyMap)
    }

    public var page: Page { catalog.page(state.page) }

    /// The journey of the current page.
    public var journey: Journey { catalog.journey(containing: state.page) }

    /// Applies one event and returns what the outside world must do.
    @discardableResult
    public mutating func send(_ event: Event) -> [Effect] {
        Reducer.reduce(&state, event, catalog: catalog, keyMap: keyMap)
    }

    /// The screen as a value at the state's size.
    public var view: ScreenView { ScreenView(state: state, catalog: catalog, keyMap: keyMap) }

    /// The screen as a grid of cells at the state's size.
    public var frame: Frame { FrameRenderer.render(view, scrollTop: state.scrollTop) }
}
