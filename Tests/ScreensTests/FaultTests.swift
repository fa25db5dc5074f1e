import Foundation
import Testing
import WizardEngine
@testable import Screens

/// The unhappy paths: each fault shows the message a caller would see, and can be recovered from.
@Suite struct FaultTests {
    func registerWith(_ faults: Set<Fault.Kind>) -> Wizard {
        var w = RegisterWalk.filledSecurity()
        w.state.world.faults = faults
        return w
    }

    @Test func aDeclinedCardIsRefusedAndRegisteringWithoutOneRecovers() {
        var w = registerWith([.paymentDecline])
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.payment)
        w.fill("cardholderName", "José Yamada")
        w.fill("cardNumber", "4111 1111 1111 1111")
        w.fill("cardExpiry", "08/24")
        w.fill("cardSecurityCode", "123")
        w.fill("billingZip", "02210")
        w.tab(to: .field("cardAuthorization"))
        w.press(.character(" "))
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.payment)
        #expect(w.state.errors["cardNumber"]?.contains("declined") == true)
        for id in ["cardholderName", "cardNumber", "cardExpiry", "cardSecurityCode", "billingZip"] {
            w.tab(to: .field(FieldID(id)))
            w.press(.control("u"))
        }
        w.tab(to: .field("cardAuthorization"))
        w.press(.character(" "))
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.policies, "\(w.state.errors)")
    }

    @Test func theDuplicateFaultShowsTheWarningAndContinueCreates() {
        var w = registerWith([.duplicateAccount])
        w.press(.control("n"), .control("n"))
        RegisterWalk.acknowledge(&w)
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.duplicate)
        w.tab(to: .field("register.duplicateContinue"))
        w.press(.enter)
        #expect(w.state.page == RegisterPages.created)
    }

    @Test func maintenanceAndLockoutRefuseOnceThenTheLoginWorks() {
        for fault in [Fault.Kind.maintenance, .lockout] {
            var world = SampleWorld.world(today: CivilDate(year: 2021, month: 9, day: 1)!, seed: 1)
            world.faults = [fault]
            let fields = LoginFields(username: "u", password: "p")
            let context = FactContext(answers: ["u": "lp1234", "p": "sunny2012"], world: world)
            guard case .refuse(_, let message) = MockPACER.perform(.pacerLogin(fields), on: &world, answers: context) else {
                Issue.record("\(fault) did not refuse")
                continue
            }
            #expect(message.contains("practice fault"))
            #expect(MockPACER.perform(.pacerLogin(fields), on: &world, answers: FactContext(answers: context.answers, world: world)) == .proceed)
        }
    }

    static let scenario = try! ScenarioFile.parse("""
        [scenario]
        id = idle
        title = Idle
        journey = register
        outcome = reach register.form
        [task]
        text = Wait.
        [step]
        page = register.home
        caption = Next.
        [fault]
        kind = idle-timeout
        """, path: "idle.scenario").get()

    @Test func anIdleSessionExpiresAndStartsAgain() {
        var w = Wizard(catalog: Journeys.catalog, scenario: Self.scenario, mode: .practice, size: .standard,
                       world: Self.scenario.startingWorld(from: SampleWorld.world(today: CivilDate(year: 2021, month: 9, day: 1)!, seed: 1)))
        #expect(w.state.world.faults == [.idleTimeout])
        w.press(.enter)  // closes the task card
        w.press(.enter)  // Next
        #expect(w.state.page == RegisterPages.homeMenu)
        w.send(.tick(milliseconds: 119_000))
        #expect(w.state.page == RegisterPages.homeMenu)
        w.send(.tick(milliseconds: 2_000))
        #expect(w.state.page == RegisterPages.home)
        #expect(w.state.notice?.text.contains("session expired") == true)
        #expect(w.state.world.faults.isEmpty, "it happens once; starting again works")
    }

    @Test func theTrainerSwitchesFaultsOnInADemo() {
        var w = Wizard(catalog: Journeys.catalog, scenario: Self.scenario, mode: .demo, size: .standard,
                       world: SampleWorld.world(today: CivilDate(year: 2021, month: 9, day: 1)!, seed: 1))
        w.press(.enter)
        w.press(.function(7))
        #expect(w.state.world.faults == [.paymentDecline])
        w.press(.function(7))
        #expect(w.state.world.faults == [.duplicateAccount])
        for _ in 0..<4 { w.press(.function(7)) }
        #expect(w.state.world.faults.isEmpty)
        #expect(w.state.notice?.text == "All faults off.")
    }
}
