/// Every journey the wizard can run, with one index of all their pages, so a link on one
/// journey's page (the start page's triage) can lead into another.
public struct Catalog: Sendable {
    public let journeys: [Journey]
    private let index: [PageID: (journey: Int, page: Int)]

    public init(_ journeys: [Journey]) {
        self.journeys = journeys
        var index: [PageID: (journey: Int, page: Int)] = [:]
        for (j, journey) in journeys.enumerated() {
            for (p, page) in journey.pages.enumerated() {
                precondition(index[page.id] == nil, "page id \(page.id) is used twice")
                index[page.id] = (j, p)
            }
        }
        self.index = index
    }

    /// The page with this id. Catalogs are checked by tests, so a missing id is a programming error.
    public func page(_ id: PageID) -> Page {
        guard let place = index[id] else { preconditionFailure("no page \(id)") }
        return journeys[place.journey].pages[place.page]
    }

    public func hasPage(_ id: PageID) -> Bool { index[id] != nil }

    /// The journey a page belongs to, whose steps number it.
    public func journey(containing id: PageID) -> Journey {
        guard let place = index[id] else { preconditionFailure("no page \(id)") }
        return journeys[place.journey]
    }

    public func journey(_ id: JourneyID) -> Journey? {
        journeys.first { $0.id == id }
    }
}
