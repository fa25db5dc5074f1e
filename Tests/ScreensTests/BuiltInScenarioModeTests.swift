import Testing
import WizardEngine
@testable import Screens

/// Every built-in scenario's expert path, followed in an exam and played as a demo, ends on the
/// results with a full score: the coach counts nothing against the path it teaches.
@Suite struct BuiltInScenarioModeTests {
    static let ids = BuiltInScenarios.all.map(\.id)

    func start(_ scenario: Scenario, _ mode: TrainingMode) -> Wizard {
        var w = Wizard(catalog: Journeys.catalog, scenario: scenario, mode: mode, size: .standard,
                       world: scenario.startingWorld(from: SampleWorld.world(today: CivilDate(year: 2021, month: 9, day: 1)!, seed: 7)))
        w.send(.key(.escape)) // closes the task card
        return w
    }

    @Test(arguments: ids)
    func theExpertPathScoresFullMarksInAnExam(id: String) {
        let scenario = BuiltInScenarios.named(id)!
        var w = start(scenario, .exam)
        for step in scenario.expertPath {
            w.send(.tick(milliseconds: 1_000))
            guard case .success = ExpertPlayer.perform(step, on: &w) else {
                Issue.record("\(id): step on line \(step.line) could not be performed")
                return
            }
        }
        #expect(w.state.training?.isOver == true, "\(id) did not reach its outcome")
        #expect(w.state.training?.score == 100, "\(id): \(w.state.training?.records ?? [:])")
        #expect(w.frame.text.contains("Score: 100 of 100"), "\(id)")
        #expect(w.frame.text.contains("PASSED"))
    }

    @Test(arguments: ids)
    func theDemoPlaysToTheEnd(id: String) {
        let scenario = BuiltInScenarios.named(id)!
        var w = start(scenario, .demo)
        for _ in scenario.expertPath where w.state.training?.isOver == false {
            w.send(.key(.right))
        }
        #expect(w.state.training?.isOver == true, "\(id): \(w.state.notice?.text ?? "")")
        #expect(w.state.training?.wrongAttempts == 0, "\(id)")
        #expect(w.frame.text.contains("Scenario complete"))
    }
}
