/// The journeys and the state of one run through them: the value a front end drives.
public struct Wizard: Sendable {
    public let catalog: Catalog
    public var state: WizardState
    public let keyMap: KeyMap
    /// The scenario being rehearsed, if any; the coach reads its expert path.
    public let scenario: Scenario?
    /// The characters frames are drawn with: `.ascii` for terminals and fonts without line drawing.
    public var glyphs: Glyphs {
        get { screens.glyphs }
        set {
            screens.glyphs = newValue
            screens.remember(state, catalog: catalog, keyMap: keyMap) { _ in } // laid out again now, not per frame
        }
    }
    /// The screen last laid out, shared by `send` (keeping the focus in view) and `frame`.
    var screens: ScreenMemo

    /// Starts on the first page of `start` with the first focus stop focused.
    public init(catalog: Catalog, start: JourneyID, size: TerminalSize, world: World, keyMap: KeyMap = .standard) {
        self.catalog = catalog
        self.keyMap = keyMap
        self.scenario = nil
        let journey = catalog.journey(start) ?? catalog.journeys[0]
        var state = WizardState(journey: journey.id, page: journey.firstPage, size: size, world: world)
        Reducer.enterPage(&state, catalog)
        self.state = state
        screens = ScreenMemo(state, catalog: catalog, keyMap: keyMap)
    }

    /// A scenario run in a mode: its journey from the first page, its world, the task card open.
    public init(catalog: Catalog, scenario: Scenario, mode: TrainingMode, size: TerminalSize, world: World,
                keyMap: KeyMap = .standard) {
        self.catalog = catalog
        self.keyMap = keyMap
        self.scenario = scenario
        let journey = catalog.journey(scenario.journey) ?? catalog.journeys[0]
        var state = WizardState(journey: journey.id, page: journey.firstPage, size: size, world: world)
        Reducer.enterPage(&state, catalog)
        state.training = TrainingState(mode: mode, scenarioID: scenario.id)
        state.overlay = Coach.taskCard(scenario, mode: mode)
        self.state = state
        screens = ScreenMemo(state, catalog: catalog, keyMap: keyMap)
    }

    /// The same catalog and state without the coach: how "show me" and demos act on the page.
    init(catalog: Catalog, state: WizardState, keyMap: KeyMap) {
        self.catalog = catalog
        self.state = state
        self.keyMap = keyMap
        self.scenario = nil
        screens = ScreenMemo(state, catalog: catalog, keyMap: keyMap)
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
        if state.training?.mode == .guide, let handled = Guide.intercept(event, &self) { return handled }
        guard let scenario, state.training != nil else {
            return Reducer.reduce(&state, event, catalog: catalog, keyMap: keyMap, screens: &screens)
        }
        if let handled = Coach.intercept(event, &self, scenario) { return handled }
        let before = state
        let effects = Reducer.reduce(&state, event, catalog: catalog, keyMap: keyMap, screens: &screens)
        return Coach.observe(event, before: before, effects: effects, &self, scenario)
    }

    /// The screen as a value at the state's size.
    public var view: ScreenView { screens.withScreen(for: state, catalog: catalog, keyMap: keyMap) { $0.view } }

    /// The screen as a grid of cells at the state's size.
    public var frame: Frame {
        let scrollTop = state.scrollTop
        return screens.withScreen(for: state, catalog: catalog, keyMap: keyMap) {
            FrameRenderer.render($0, scrollTop: scrollTop)
        }
    }

    /// Where each focus stop is on that frame, for tests of the mouse.
    public var hitMap: HitMap {
        let scrollTop = state.scrollTop
        return screens.withScreen(for: state, catalog: catalog, keyMap: keyMap) { HitMap($0, scrollTop: scrollTop) }
    }

    /// The current state laid out, as a copy (for tests): after `send`, the layout it kept the
    /// focus in view with.
    var screen: ScreenLayout { screens.screen(for: state, catalog: catalog, keyMap: keyMap) }

    /// Scrolls the focused field into view after a change made outside `send`'s reduce.
    mutating func keepFocusVisible() {
        ScrollKeeper.keepFocusVisible(&state, catalog: catalog, keyMap: keyMap, screens: &screens)
    }
}
