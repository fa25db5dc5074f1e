import Testing
@testable import WizardEngine

/// Names keep their hash from when they were made (`NameHash`), and pages are found by it.
@Suite struct IdentifierTests {
    @Test func namesEqualAsTheirTextIsEqual() {
        // The same name composed two ways is one name, as Swift's strings are equal.
        let composed = FieldID("caf\u{E9}"), decomposed = FieldID("cafe\u{301}")
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect([composed: 1][decomposed] == 1)
        #expect(FieldID("firstName") != FieldID("lastName"))
        #expect(PageID("register.form") == PageID("register.form"))
        #expect(PageID("register.form") != PageID("register.forms"))
    }

    @Test func theCatalogFindsEveryPageByItsId() {
        let first = Journey(id: "one", title: "One", steps: ["a"], pages: [Self.page("a.1"), Self.page("a.2")], firstPage: "a.1")
        let second = Journey(id: "two", title: "Two", steps: ["b"], pages: (1...20).map { Self.page(PageID("b.\($0)")) }, firstPage: "b.1")
        let catalog = Catalog([first, second])
        for journey in [first, second] {
            for page in journey.pages {
                #expect(catalog.page(page.id).id == page.id)
                #expect(catalog.journey(containing: page.id).id == journey.id)
            }
        }
        #expect(!catalog.hasPage("b.21"))
        #expect(catalog.hasPage("b.20"))
    }

    @Test func aWorldCopiedThenChangedLeavesTheCopyAsItWas() {
        let world = World(today: CivilDate(year: 2021, month: 9, day: 1)!, seed: 1)
        var changed = world
        changed.signedIn = "1234567"
        changed.faults.insert(.lockout)
        #expect(world.signedIn == nil && world.faults.isEmpty)
        #expect(changed.signedIn == "1234567" && changed.faults == [.lockout])
        #expect(world != changed)
        var same = world
        same.signedIn = nil
        #expect(same == world)
    }

    static func page(_ id: PageID) -> Page {
        Page(id: id, step: 1, title: "Page \(id)", address: "example", menuBar: MenuBar(items: [], current: nil),
             instruction: "Do it.", blocks: [], next: nil, hint: "", helpDesk: "")
    }
}
