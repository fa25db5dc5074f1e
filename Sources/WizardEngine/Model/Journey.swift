/// One process the court notice describes (register, upgrade, link …): its numbered steps and
/// the mock pages that rehearse them.
public struct Journey: Sendable {
    public let id: JourneyID
    public let title: String
    /// The notice's steps in its own numbering; `Page.step` indexes this from 1.
    public let steps: [String]
    public let pages: [Page]
    public let firstPage: PageID

    public init(id: JourneyID, title: String, steps: [String], pages: [Page], firstPage: PageID? = nil) {
        self.id = id
        self.title = title
        self.steps = steps
        self.pages = pages
        self.firstPage = firstPage ?? pages[0].id
        var index: [PageID: Int] = [:]
        for (offset, page) in pages.enumerated() { index[page.id] = offset }
        self.pageIndex = index
    }

    private let pageIndex: [PageID: Int]

    /// The page with this id. Journeys are checked by tests, so a missing id is a programming error.
    public func page(_ id: PageID) -> Page {
        guard let offset = pageIndex[id] else { preconditionFailure("journey \(self.id) has no page \(id)") }
        return pages[offset]
    }

    public func hasPage(_ id: PageID) -> Bool { pageIndex[id] != nil }

    /// Every field of every page, in page order.
    public var allFields: [Field] { pages.flatMap(\.fields) }
}
