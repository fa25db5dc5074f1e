import Foundation
import Testing
import WizardEngine
@testable import Screens

/// The training modes over a small scenario written inline: practice help rising one level per
/// wrong attempt, "show me", exam scoring and results, demo playback.
@Suite struct TrainingModeTests {
    static let text = """
        [scenario]
        id = find-registration
        title = Find the registration form
        journey = register
        outcome = reach register.form
        pass-mark = 90

        [persona]
        line = Ana Lima, a new attorney in Worcester.

        [task]
        text = Open the PACER registration form for attorney filers.

        [step]
        page = register.home
        caption = Read the home page, then press Next.

        [step]
        page = register.menu
        caption = Choose Register for an Account on the menu bar.
        action = menu Register for an Account

        [step]
        page = register.kinds
        caption = Choose Attorney Filers.
        action = press kind.attorney

        [step]
        page = register.kinds
        caption = Then follow Register for a PACER account.
        action = press register.start
        """

    static let scenario = try! ScenarioFile.parse(text, path: "inline.scenario").get()

    func start(_ mode: TrainingMode) -> Wizard {
        var w = Wizard(catalog: Journeys.catalog, scenario: Self.scenario, mode: mode, size: .standard,
                       world: SampleWorld.world(today: CivilDate(year: 2021, month: 9, day: 1)!, seed: 3))
        #expect(w.frame.text.contains("Open the PACER registration form"), "the task card opens first")
        w.press(.enter) // any key closes the task card
        return w
    }

    @Test func practiceHelpRisesOneLevelPerWrongAttempt() {
        var w = start(.practice)
        w.press(.enter)
        #expect(w.state.page == "register.menu")
        w.tab(to: .menu(1)) // Find a Case: wrong
        w.press(.enter)
        #expect(w.state.training?.helpLevel == 1)
        #expect(w.state.notice?.text.hasSuffix("Try again.") == true)
        w.press(.enter)
        #expect(w.state.training?.helpLevel == 2)
        #expect(w.state.notice?.text == "Hint: Choose Register for an Account on the menu bar.")
        w.press(.enter)
        #expect(w.state.training?.helpLevel == 3)
        #expect(w.state.focus == .menu(3), "the right element is highlighted: the focus is put on it")
        w.tab(to: .menu(0))
        w.press(.enter)
        #expect(w.state.training?.helpLevel == 4)
        #expect(w.state.notice?.text.hasPrefix("Press F2 and I'll show you") == true)
        w.press(.function(2))
        #expect(w.state.page == "register.kinds")
        #expect(w.state.training?.helpLevel == 0, "a new page starts without help")
        let record = w.state.training?.records["register.menu"]
        #expect(record?.wrongAttempts == 4)
        #expect(record?.shown == true)
    }

    @Test func showMeDoesEveryStepOfAPageAndTheOutcomeEndsOnASummary() {
        var w = start(.practice)
        w.press(.enter)
        w.press(.function(2))
        w.press(.function(2))
        #expect(w.state.page == "register.form")
        #expect(w.state.training?.isOver == true)
        #expect(w.frame.text.contains("Scenario complete"))
        #expect(w.send(.key(.character("x"))) == [.quit(.completed)])
    }

    @Test func anExamGivesNoHintsAndScoresWrongAttempts() {
        var w = start(.exam)
        w.press(.enter)
        w.tab(to: .menu(1))
        w.press(.enter)
        #expect(w.state.training?.helpLevel == 0, "no help rises in an exam")
        #expect(w.send(.key(.function(2))) == [.bell])
        w.press(.function(1))
        #expect(w.frame.text.contains("Exam: no hints"))
        #expect(!w.frame.text.contains("Hint:"))
        w.press(.escape)
        w.send(.tick(milliseconds: 61_000))
        w.tab(to: .menu(3))
        w.press(.enter)
        w.tab(to: .field("kind.attorney"))
        w.press(.enter)
        w.tab(to: .field("register.start"))
        w.press(.enter)
        #expect(w.state.training?.isOver == true)
        let text = w.frame.text
        #expect(text.contains("Score: 95 of 100"), "\(text)")
        #expect(text.contains("PASSED"))
        #expect(text.contains("Wrong attempts: 1"))
        #expect(text.contains("Right action: Choose Register for an Account on the menu bar."))
        #expect(text.contains("time: 1 min 1 s"))
    }

    @Test func anExamBelowThePassMarkIsNotPassed() {
        var w = start(.exam)
        w.press(.enter)
        for _ in 0..<3 {
            w.tab(to: .menu(0))
            w.press(.enter)
        }
        w.tab(to: .menu(3))
        w.press(.enter)
        w.tab(to: .field("kind.attorney"))
        w.press(.enter)
        w.tab(to: .field("register.start"))
        w.press(.enter)
        #expect(w.frame.text.contains("Score: 85 of 100 · pass mark 90 · NOT PASSED"))
    }

    @Test func aDemoPlaysOnTheClockPausesAndStepsByHand() {
        var w = start(.demo)
        w.send(.tick(milliseconds: 2_600))
        #expect(w.state.page == "register.menu")
        #expect(w.state.notice?.text == "Demo 1/4: Read the home page, then press Next.")
        w.press(.character(" "))
        w.send(.tick(milliseconds: 10_000))
        #expect(w.state.page == "register.menu", "paused: the clock does nothing")
        w.press(.right)
        #expect(w.state.page == "register.kinds")
        w.press(.character("t"))
        #expect(w.state.training?.demoTakenOver == true)
        w.press(.tab)
        #expect(w.state.page == "register.kinds", "taken over: keys go to the page")
        w.press(.character("t"))
        w.press(.character(" "))
        w.send(.tick(milliseconds: 2_600))
        w.send(.tick(milliseconds: 2_600))
        #expect(w.state.page == "register.form")
        #expect(w.state.training?.isOver == true)
    }

    @Test func theStepsListAndTheTaskCardAreOneKeyAway() {
        var w = start(.practice)
        w.press(.enter)
        w.press(.function(3))
        let steps = w.frame.text
        #expect(steps.contains("✓ 1. Open the PACER website"))
        #expect(steps.contains("▸ 2. Choose Register for an Account"))
        #expect(steps.contains("· 3. Choose the kind of account"))
        w.press(.escape)
        w.press(.function(4))
        #expect(w.frame.text.contains("Ana Lima, a new attorney in Worcester."))
    }

    @Test func theScenarioCheckPlaysThePathAndNamesTheLineWhereItStops() {
        let world = SampleWorld.world(today: CivilDate(year: 2021, month: 9, day: 1)!, seed: 3)
        #expect(ScenarioCheck.problems(Self.scenario, path: "inline.scenario", catalog: Journeys.catalog, world: world).isEmpty)
        let broken = try! ScenarioFile.parse(Self.text.replacingOccurrences(of: "action = menu Register for an Account", with: "action = menu Find a Case"),
                                             path: "broken.scenario").get()
        let problems = ScenarioCheck.problems(broken, path: "broken.scenario", catalog: Journeys.catalog, world: world)
        #expect(problems.map(\.description) == [
            "broken.scenario:18: the expert path stops here: on register.menu: Find a Case searches court records, and needs an account first.",
        ])
    }
}
