/// Every journey the wizard can run, with one index of all their pages, so a link on one
/// journey's page (the start page's triage) can lead into another.
public struct Catalog: Sendable {
    public let journeys: [Journey]
    /// Every page of every journey, and the journey of each.
    private let pages: [Page]
    private let pageJourneys: [Int]
    /// Where each page is in `pages` (plus one; 0 is an empty slot), found from its id's hash by
    /// linear probing. The page is asked for several times per key: a dictionary hashed the id
    /// again for each question, which cost more than the rest of the look-up.
    private let slots: [Int]

    public init(_ journeys: [Journey]) {
        self.journeys = journeys
        var pages: [Page] = [], pageJourneys: [Int] = []
        for (j, journey) in journeys.enumerated() {
            pages += journey.pages
            pageJourneys += Array(repeating: j, count: journey.pages.count)
        }
        var slots = Array(repeating: 0, count: Self.tableSize(for: pages.count))
        for (position, page) in pages.enumerated() {
            precondition(Self.position(of: page.id, in: slots, pages) == nil, "page id \(page.id) is used twice")
            var slot = page.id.nameHash & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = position + 1
        }
        self.pages = pages
        self.pageJourneys = pageJourneys
        self.slots = slots
    }

    /// The page with this id. Catalogs are checked by tests, so a missing id is a programming error.
    public func page(_ id: PageID) -> Page {
        guard let position = Self.position(of: id, in: slots, pages) else { preconditionFailure("no page \(id)") }
        return pages[position]
    }

    public func hasPage(_ id: PageID) -> Bool { Self.position(of: id, in: slots, pages) != nil }

    /// The journey a page belongs to, whose steps number it.
    public func journey(containing id: PageID) -> Journey {
        guard let position = Self.position(of: id, in: slots, pages) else { preconditionFailure("no page \(id)") }
        return journeys[pageJourneys[position]]
    }

    /// A power of two at least twice the number of pages, so probes stay short.
    private static func tableSize(for count: Int) -> Int {
        var size = 8
        while size < 2 * count { size *= 2 }
        return size
    }

    private static func position(of id: PageID, in slots: [Int], _ pages: [Page]) -> Int? {
        let mask = slots.count - 1
        var slot = id.nameHash & mask
        while slots[slot] != 0 {
            if pages[slots[slot] - 1].id == id { return slots[slot] - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    public func journey(_ id: JourneyID) -> Journey? {
        journeys.first { $0.id == id }
    }
}
