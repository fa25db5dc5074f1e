/// Guide mode's jumps: which letter names which journey, which pages a step has, and the move
/// itself, which keeps the world and the answers and can be undone with Back.
enum GuideJump {
    /// Each journey's key: the first letter of its id that no journey before it took
    /// (s start, r register, u upgrade, l link, p paa).
    static func letters(_ catalog: Catalog) -> [(letter: Character, journey: Journey)] {
        var taken: Set<Character> = []
        var result: [(Character, Journey)] = []
        for journey in catalog.journeys {
            let candidates = journey.id.rawValue.lowercased().filter { $0.isASCII && $0.isLetter }
            guard let letter = candidates.first(where: { !taken.contains($0) }) else { continue }
            taken.insert(letter)
            result.append((letter, journey))
        }
        return result
    }

    /// The journey a letter names.
    static func journey(for letter: Character, _ catalog: Catalog) -> Journey? {
        letters(catalog).first { String($0.letter) == letter.lowercased() }?.journey
    }

    /// The letter of a journey, upper case, for places such as "U 4".
    static func letter(of journey: JourneyID, _ catalog: Catalog) -> String {
        letters(catalog).first { $0.journey.id == journey }.map { String($0.letter).uppercased() } ?? "?"
    }

    /// The pages of one step, in the journey's order (its first page first).
    static func pages(of journey: Journey, step: Int) -> [Page] {
        journey.pages.filter { $0.step == step }
    }

    /// The key of the `index`th page of a step: a, b, c …
    static func pageKey(_ index: Int) -> Character {
        Character(Unicode.Scalar(UInt8(97 + min(index, 25))))
    }

    /// How a page is named among the pages of its step: its tab ("Security tab") or its title.
    static func name(of page: Page) -> String {
        if let tab = page.tabs?.tabs.first(where: { $0.page == page.id }) { return "\(tab.title) tab" }
        return page.title
    }

    /// The triage questions: the first page that is no step of the notice (the start page).
    static func triagePage(_ catalog: Catalog) -> PageID? {
        catalog.journeys.lazy.flatMap(\.pages).first { $0.step == 0 }?.id
    }

    /// Moves to `target` as a link would (Back returns), first signing in a practice account if
    /// the page needs someone logged in and nobody is.
    static func go(to target: PageID, focusing field: FieldID? = nil, _ wizard: inout Wizard) {
        let catalog = wizard.catalog
        var signedIn: PACERAccount?
        if target != wizard.state.page {
            signedIn = GuideSignIn.prepare(for: target, &wizard.state, catalog)
            Reducer.go(to: target, &wizard.state, catalog)
        }
        if let field, case let focus = FocusTarget.field(field),
           wizard.page.focusOrder(in: wizard.state.context, canGoBack: !wizard.state.history.isEmpty).contains(focus) {
            Reducer.setFocus(focus, &wizard.state, wizard.page)
        }
        wizard.state.guide.panelTop = 0
        let page = catalog.page(target)
        let journey = catalog.journey(containing: target)
        let place = page.step > 0 ? "\(letter(of: journey.id, catalog)) step \(page.step), \(name(of: page))" : name(of: page)
        var said = "Now on \(place)."
        if let signedIn { said += " Signed in as \(signedIn.fullName) (\(signedIn.username)) to show it." }
        wizard.state.notice = Notice(said + " Esc goes back.", .info)
        wizard.keepFocusVisible()
    }
}
