import Testing
import WizardEngine
@testable import Screens

/// The start page: the notice's questions lead to the right journey, and the plain list reaches
/// every journey.
@Suite struct StartPageTests {
    func start(today: CivilDate = CivilDate(year: 2021, month: 9, day: 1)!) -> Wizard {
        Wizard(catalog: Journeys.catalog, start: StartJourney.id, size: .standard,
               world: SampleWorld.world(today: today, seed: 1))
    }

    func links(_ w: Wizard) -> [String] {
        w.view.items.compactMap { if case .field(let field) = $0, case .link(let text) = field.control { text } else { nil } }
    }

    @Test func noAccountLeadsToRegistration() {
        var w = start()
        w.pick("start.ownAccount", "Only a shared one")
        #expect(links(w).first == "Rehearse: register a PACER account")
        w.tab(to: .field("start.goRegister"))
        w.press(.enter)
        #expect(w.state.journey == RegisterJourney.id)
        #expect(w.frame.text.contains("Step 1 of 9"))
        w.press(.escape)
        #expect(w.state.page == "start.home", "Back returns to the start page")
    }

    @Test func anOldAccountLeadsToTheUpgrade() {
        var w = start()
        w.pick("start.ownAccount", "Yes")
        w.pick("start.createdBefore2014", "Yes")
        #expect(links(w).first == "Rehearse: upgrade a legacy account")
        w.tab(to: .field("start.goUpgrade"))
        w.press(.enter)
        #expect(w.state.journey == UpgradeJourney.id)
    }

    @Test func anUpgradedAccountIsAskedAboutFirmBillingThenLinking() {
        var w = start()
        w.pick("start.ownAccount", "Yes")
        w.pick("start.createdBefore2014", "No")
        w.pick("start.firmBilling", "Yes")
        #expect(links(w).prefix(2) == ["Rehearse: set up a PACER Administrative Account", "Rehearse: link the accounts in NextGen CM/ECF"])
        #expect(w.view.items.contains(.paragraph("Linking opens on Monday, September 20, 2021. Until then, have your PACER login and your old CM/ECF login ready.", .normal)))
    }

    @Test func afterGoLiveTheStartPageSaysLinkNow() {
        var w = start(today: CivilDate(year: 2021, month: 9, day: 20)!)
        w.pick("start.ownAccount", "Yes")
        w.pick("start.createdBefore2014", "No")
        w.pick("start.firmBilling", "No")
        #expect(w.view.items.contains(.paragraph("The court is on NextGen now: link your PACER account to your CM/ECF account.", .normal)))
    }

    @Test func thePlainListReachesEveryJourney() {
        for (link, journey) in [("start.menuRegister", RegisterJourney.id), ("start.menuUpgrade", UpgradeJourney.id),
                                ("start.menuLink", LinkJourney.id), ("start.menuPAA", PAAJourney.id)] {
            var w = start()
            w.tab(to: .field(FieldID(link)))
            w.press(.enter)
            #expect(w.state.journey == journey)
        }
    }

    @Test func snapshot() {
        var w = start()
        assertSnapshot(w.frame, named: "start-empty")
        w.pick("start.ownAccount", "Yes")
        w.pick("start.createdBefore2014", "Yes")
        assertSnapshot(w.frame, named: "start-legacy")
    }
}
