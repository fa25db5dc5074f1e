import Testing
import WizardEngine
@testable import Screens

/// Guide mode, for help-desk staff on a call: jumps by keys, the search of every page, the agent
/// panel's text, the panel toggling at 80x24 and standing beside the page at 120x40.
@Suite struct GuideModeTests {
    static let today = CivilDate(year: 2021, month: 9, day: 1)!

    /// Guide mode without a scenario, on a journey's first page.
    func guide(_ start: JourneyID = StartJourney.id, size: TerminalSize = .standard) -> Wizard {
        var w = Wizard(catalog: Journeys.catalog, start: start, size: size,
                       world: SampleWorld.world(today: Self.today, seed: 3))
        w.startGuide()
        return w
    }

    // MARK: Jumps

    @Test func jumpsToRegisterStep5ByKeys() {
        var w = guide()
        #expect(w.state.focus == .field(StartJourney.ownAccount), "the start page opens on a list, where letters choose")
        w.press(.character("g"))
        #expect(w.state.guide.box == nil, "g stays with the list")
        w.press(.character("/"))
        #expect(w.state.guide.box == .search(query: "", selected: 0), "a list takes no /")
        w.press(.escape)
        w.press(.function(9), .character("r"), .character("5"))
        #expect(w.state.page == RegisterPages.security)
        #expect(w.state.guide.box == nil, "a step of one page closes the box")
        #expect(w.state.history == [StartJourney.page], "Back returns to where the caller was")
        w.press(.escape)
        #expect(w.state.page == StartJourney.page)
    }

    @Test func jumpsToTheUpgradeSecurityTabAndSignsInTheLegacyAccount() {
        var w = guide()
        w.press(.function(9), .character("u"), .character("4"))
        #expect(w.state.page == UpgradePages.person, "the step's first page")
        #expect(w.state.guide.box == .jump(.page(UpgradeJourney.id, step: 4)), "the other tabs stay one letter away")
        #expect(w.state.notice?.text.contains("Signed in as Laura Pham (lp1234)") == true)
        #expect(w.frame.text.contains("c  Security tab"))
        w.press(.character("c"))
        #expect(w.state.page == UpgradePages.security)
        #expect(w.state.guide.box == nil)
        #expect(w.state.world.signedIn == SampleWorld.legacyAttorney.number, "the upgrade's typical account: legacy")
        #expect(w.state.value(UpgradeFields.firstName) == "Laura", "the Person tab was prefilled from her account")
    }

    @Test func gWorksOutsideTextFieldsAndTypesInsideThem() {
        var w = guide(RegisterJourney.id)
        #expect(w.state.focus == .nextButton)
        w.press(.character("g"), .character("r"), .character("4"))
        #expect(w.state.page == RegisterPages.form)
        w.tab(to: .field(RegistrationFormFields.firstName))
        w.type("gt/")
        #expect(w.state.value(RegistrationFormFields.firstName) == "gt/", "letters in a text field are typed")
        #expect(w.state.guide.box == nil)
        #expect(w.state.page == RegisterPages.form)
        #expect(w.view.footer.map(\.keys).contains("F9"), "the footer names the key that works here")
        w.press(.function(9), .character("l"), .character("3"))
        #expect(w.state.page == LinkPages.oldLogin)
    }

    @Test func jumpsToLinkStep3AndItsOtherPages() {
        var w = guide()
        w.press(.function(9), .character("l"), .character("3"))
        #expect(w.state.page == LinkPages.oldLogin, "the first page of step 3")
        #expect(w.state.world.signedIn == SampleWorld.upgradedAttorney.number,
                "after the journey's login the caller is logged in: linking's typical account, upgraded and not linked")
        #expect(w.state.guide.box == .jump(.page(LinkJourney.id, step: 3)))
        w.press(.enter)
        #expect(w.state.guide.box == nil, "Enter stays on the first page")
        w.press(.function(9), .character("l"), .character("3"), .character("c"))
        #expect(w.state.page == LinkPages.eFileBar)
        w.press(.function(9), .character("x"))
        #expect(w.state.guide.box == .jump(.journey), "an unknown letter rings and waits")
        w.press(.escape)
        #expect(w.state.guide.box == nil)
        #expect(w.state.page == LinkPages.eFileBar, "Esc closes the box and does not go back")
    }

    @Test func theGuidesOwnSignInFollowsTheJourney() {
        var w = guide()
        w.press(.function(9), .character("u"), .character("3"))
        #expect(w.state.world.signedIn == SampleWorld.legacyAttorney.number)
        w.press(.function(9), .character("p"), .character("4"), .character("b"))
        #expect(w.state.page == PAAPages.maintenance)
        #expect(w.state.world.signedIn == SampleWorld.firmAdministrator.number, "a PAA's pages show the firm's account")
        #expect(w.view.guide?.lines.contains { $0.text.contains("Priya Shah (harborlegal)") } == true)
    }

    @Test func aLoginOfTheRunStays() {
        var w = guide(UpgradeJourney.id)
        w.press(.function(9), .character("u"), .character("2"), .character("c"))
        #expect(w.state.page == UpgradePages.login)
        w.fill(UpgradeFields.loginUsername, "mkowalski21")
        w.fill(UpgradeFields.loginPassword, "Upgraded-2019")
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.manage)
        w.press(.function(9), .character("l"), .character("2"))
        #expect(w.state.world.signedIn == SampleWorld.upgradedAttorney.number)
        #expect(w.view.guide?.lines.contains { $0.text.hasPrefix("Signed in by the guide") } == false)
    }

    @Test func linkDetailsShowTheSignedInPersonsOldLogin() {
        var w = guide()
        w.press(.function(9), .character("l"), .character("4"), .character("a"))
        #expect(w.state.page == LinkPages.details)
        let text = w.frame.text
        #expect(text.contains("Login: mkowalski"))
        #expect(text.contains("Username: mkowalski21"))
        #expect(!text.contains("{"), "no placeholder is left empty")
    }

    @Test func triageIsOneKeyAway() {
        var w = guide(UpgradeJourney.id)
        w.press(.character("t"))
        #expect(w.state.page == StartJourney.page)
        #expect(w.state.notice?.text.hasPrefix("The triage questions") == true)
        w.press(.function(5))
        #expect(w.state.page == StartJourney.page, "F5 works on the start page's list too")
        w.press(.escape)
        #expect(w.state.page == UpgradePages.home)
    }

    // MARK: Search

    func search(_ words: String, _ w: inout Wizard) -> [GuideSearchResult] {
        w.press(.character("/"))
        if w.state.guide.box == nil { w.press(.function(8)) }
        w.type(words)
        guard case .search(_, _, let results, _) = w.view.guide?.box else {
            Issue.record("no search box")
            return []
        }
        return results
    }

    @Test func searchFindsActivationCode() {
        var w = guide()
        let results = search("activation code", &w)
        let pages = results.map(\.page)
        #expect(pages.contains(RegisterPages.payment))
        #expect(pages.contains(RegisterPages.created))
        #expect(results.first?.snippet.lowercased().contains("activation code") == true)
        w.press(.enter)
        #expect(w.state.page == results[0].page)
        #expect(w.state.guide.box == nil)
    }

    @Test func searchFindsCountyAndFocusesTheField() {
        var w = guide()
        let results = search("county", &w)
        #expect(Array(results.map(\.page).prefix(2)) == [RegisterPages.form, UpgradePages.address], "the County fields first")
        w.press(.down, .enter)
        #expect(w.state.page == UpgradePages.address)
        #expect(w.state.focus == .field(UpgradeFields.county), "Laura's state has a County list, so the field gets the focus")
    }

    @Test func searchFindsLegacy() {
        var w = guide()
        let results = search("legacy", &w)
        let pages = Set(results.map(\.page))
        for page in [UpgradePages.login, UpgradePages.manage, LinkPages.login, RegisterPages.security] {
            #expect(pages.contains(page), "\(page)")
        }
        w.press(.down, .down, .enter)
        #expect(w.state.page == results[2].page)
    }

    @Test func searchReadsRulesAndMessages() {
        var w = guide()
        #expect(search("NN-NNNNNNN", &w).map(\.page).contains(RegisterPages.form), "a rule's summary")
        w.press(.escape)
        #expect(search("once per court", &w).map(\.page).contains(LinkPages.oldLogin), "a usual mistake")
        w.press(.control("u"))
        w.type("firm's administrative")
        guard case .search(_, _, let results, _) = w.view.guide?.box else { return }
        #expect(results.map(\.page).contains(PAAPages.login))
        w.press(.escape)
        #expect(search("searches court records", &w).map(\.page).contains(RegisterPages.homeMenu), "a menu item's message, where the bar is active")
    }

    @Test func searchTypesEveryLetterAndEscCloses() {
        var w = guide(RegisterJourney.id)
        _ = search("gt", &w)
        #expect(w.state.guide.box == .search(query: "gt", selected: 0), "g and t are text in the search box")
        w.press(.backspace)
        #expect(w.state.guide.box == .search(query: "g", selected: 0))
        w.press(.escape)
        #expect(w.state.guide.box == nil)
        #expect(w.state.page == RegisterPages.home)
    }

    // MARK: The panel

    @Test func panelSaysWhatToSayWhatToSeeTheMistakesAndTheServiceCenter() {
        var w = guide()
        w.press(.function(9), .character("u"), .character("4"), .character("c"))
        let lines = w.view.guide?.lines.map(\.text) ?? []
        #expect(lines.contains(UpgradeSecurityPage.page.helpDesk))
        #expect(lines.contains("Title: Upgrade PACER Account, Security tab"))
        #expect(lines.contains("Address: pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf"))
        #expect(lines.contains("Step 4 of 6: Person, Address and Security tabs"))
        for mistake in UpgradeSecurityPage.page.mistakes { #expect(lines.contains("• " + mistake)) }
        #expect(lines.contains("PACER Service Center · \(ServiceCenter.phone)"))
        #expect(lines.contains("\(ServiceCenter.email) · \(ServiceCenter.hours)"))
        #expect(lines.contains("Signed in by the guide as Laura Pham (lp1234) to show this page."))
        #expect(w.view.guide?.place == "U · Step 4 of 6")
    }

    @Test func pagesWhereCallersGoWrongListTheirMistakes() {
        let pages = [RegisterPages.form, RegisterPages.security, RegisterPages.payment, UpgradePages.login,
                     UpgradePages.person, UpgradePages.address, UpgradePages.security, LinkPages.login, LinkPages.oldLogin]
        for id in pages {
            let count = Journeys.catalog.page(id).mistakes.count
            #expect((1...3).contains(count), "\(id)")
        }
    }

    @Test func panelTogglesAt80x24() {
        var w = guide()
        w.press(.function(9), .character("u"), .character("4"), .character("c"))
        #expect(!w.frame.text.contains("What to say"))
        #expect(w.frame.text.contains("address: pacer.psc.uscourts.gov/pscof/manage/upgrade.jsf (mock)"))
        w.press(.function(6))
        #expect(w.state.guide.panelHasKeys)
        let panel = w.frame.text
        #expect(panel.contains("Agent panel"))
        #expect(panel.contains("What to say"))
        #expect(!panel.contains("(mock)"), "the panel takes the page's place")
        #expect(w.frame.cursor == nil)
        w.press(.character("x"))
        #expect(w.state.page == UpgradePages.security && w.state.guide.panelHasKeys, "other keys do nothing while the page is hidden")
        w.press(.function(6))
        #expect(!w.state.guide.panelHasKeys)
        #expect(w.frame.text.contains("(mock)"))
    }

    @Test func panelStandsBesideThePageAt120x40() {
        var w = guide(size: TerminalSize(columns: 120, rows: 40))
        w.press(.function(9), .character("u"), .character("4"), .character("c"))
        let frame = w.frame
        let top = frame.lineText(0)
        #expect(top.hasPrefix("┌─ Upgrade PACER Account"), "the page box starts at the left edge")
        #expect(Array(top)[79] == "┐", "the page box is 80 wide")
        #expect(Array(top)[80] == "┌", "the panel starts right after it")
        #expect(top.contains("Agent panel") && top.contains("U · Step 4 of 6"))
        #expect(frame.text.contains("(mock)") && frame.text.contains("What to say"), "both at once")
        // The page still answers its keys, laid out in its narrower box.
        w.tab(to: .field(UpgradeFields.username))
        w.type("laurapham")
        #expect(w.state.value(UpgradeFields.username) == "laurapham")
        #expect(w.frame.cursor.map { $0.column < 80 } == true)
        // F6 gives the panel the keys; another key hands them back and works on the page.
        w.press(.function(6), .down)
        #expect(w.state.guide.panelHasKeys)
        w.press(.backspace)
        #expect(!w.state.guide.panelHasKeys)
        #expect(w.state.value(UpgradeFields.username) == "laurapha")
    }

    @Test func guideRunsWithAScenarioToo() {
        let scenario = BuiltInScenarios.all[0]
        var w = Wizard(catalog: Journeys.catalog, scenario: scenario, mode: .guide, size: .standard,
                       world: SampleWorld.world(today: Self.today, seed: 3))
        #expect(w.frame.text.contains("Guide: F6 agent panel"), "the task card names the guide's keys")
        w.press(.enter)
        w.press(.function(9), .character("r"), .character("6"))
        #expect(w.state.page == RegisterPages.payment)
        w.press(.function(1))
        #expect(w.frame.text.contains("Guide: F6 switches the keys"), "F1 lists the guide's keys")
    }

    @Test func otherModesDrawNoGuide() {
        let w = Wizard(catalog: Journeys.catalog, start: RegisterJourney.id, size: TerminalSize(columns: 120, rows: 40),
                       world: SampleWorld.world(today: Self.today, seed: 3))
        #expect(w.view.guide == nil)
        #expect(!w.frame.text.contains("Agent panel"))
    }

    // MARK: Snapshots

    @Test func snapshots() {
        var w = guide()
        w.press(.function(9))
        assertSnapshot(w.frame, named: "guide-80x24-jump")
        w.press(.character("u"))
        assertSnapshot(w.frame, named: "guide-80x24-jump-steps")
        w.press(.character("4"))
        assertSnapshot(w.frame, named: "guide-80x24-jump-tabs")
        w.press(.character("c"))
        assertSnapshot(w.frame, named: "guide-80x24-page")
        w.press(.function(6))
        assertSnapshot(w.frame, named: "guide-80x24-panel")
        w.press(.function(6), .function(8))
        w.type("activation code")
        assertSnapshot(w.frame, named: "guide-80x24-search")
        w.press(.escape)
        w.send(.resize(TerminalSize(columns: 120, rows: 40)))
        assertSnapshot(w.frame, named: "guide-120x40")
    }
}
