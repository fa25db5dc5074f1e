import Screens
@testable import WizardEngine

/// Wizards for the mouse tests: the mini journey, and the real pages of `Screens` opened
/// directly (as if reached from their journey's first page, so Back is there).
enum MouseFixture {
    static let today = CivilDate(year: 2021, month: 9, day: 27)!

    /// A wizard on `page` of the real catalog, with the built-in practice world.
    static func wizard(on page: PageID, size: TerminalSize = .standard) -> Wizard {
        let catalog = Journeys.catalog
        let journey = catalog.journey(containing: page)
        var wizard = Wizard(catalog: catalog, start: journey.id, size: size,
                            world: SampleWorld.world(today: today, seed: 7))
        // The pages after a login expect someone logged in: the one each journey is written for.
        let account: [JourneyID: PACERAccount] = [
            "upgrade": SampleWorld.legacyAttorney, "link": SampleWorld.upgradedAttorney, "paa": SampleWorld.firmAdministrator,
        ]
        if page != journey.firstPage {
            wizard.state.world.signedIn = account[journey.id]?.number
            wizard.state.history = [journey.firstPage]
            wizard.state.page = page
            Reducer.enterPage(&wizard.state, catalog)
            wizard.send(.resize(size))  // settles the scroll position as any event does
        }
        return wizard
    }

    /// Every page of every journey.
    static var allPages: [PageID] {
        Journeys.catalog.journeys.flatMap { $0.pages.map(\.id) }
    }

    /// The region of `target` (the first one listed, so the most specific).
    static func region(_ target: FocusTarget, in wizard: Wizard) -> HitMap.Region? {
        wizard.hitMap.regions.first { $0.target == target }
    }

    /// The region of `target` with the given part.
    static func region(_ target: FocusTarget, _ part: (HitMap.Part) -> Bool, in wizard: Wizard) -> HitMap.Region? {
        wizard.hitMap.regions.first { $0.target == target && part($0.part) }
    }

    /// Clicks the middle of a region.
    @discardableResult
    static func click(_ region: HitMap.Region, _ wizard: inout Wizard) -> [Effect] {
        wizard.send(.click(row: region.row, column: (region.columns.lowerBound + region.columns.upperBound - 1) / 2))
    }

    /// Clicks a cell of the region that no more specific region covers (a label beside its box).
    @discardableResult
    static func clickOwnCell(_ region: HitMap.Region, _ wizard: inout Wizard) -> [Effect] {
        let map = wizard.hitMap
        guard let column = region.columns.first(where: { map.region(row: region.row, column: $0) == region }) else {
            return []
        }
        return wizard.send(.click(row: region.row, column: column))
    }

    /// The text a frame shows in a stretch of one row.
    static func text(_ frame: Frame, row: Int, columns: Range<Int>) -> String {
        columns.filter { $0 < frame.size.columns }.map { frame[row, $0].text }.joined()
    }
}

extension HitMap.Part {
    var isTextBox: Bool { if case .textBox = self { true } else { false } }
}
