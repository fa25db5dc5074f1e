import Foundation
import Testing
import WizardEngine
import WizardPlain
@testable import Screens

/// Scenarios in plain line mode: the task card, `!show`, the results, and a demo that plays
/// every step with its caption.
@Suite struct PlainScenarioTests {
    func run(_ id: String, _ mode: TrainingMode, _ lines: [String]) -> (PlainOutcome, String) {
        let scenario = BuiltInScenarios.named(id)!
        let wizard = Wizard(catalog: Journeys.catalog, scenario: scenario, mode: mode, size: .standard,
                            world: scenario.startingWorld(from: SampleWorld.world(today: PlainFixture.today, seed: 42)))
        let output = RecordedOutput()
        let frontEnd = PlainFrontEnd(wizard: wizard, input: ScriptedInput(lines), output: output)
        return (frontEnd.run(), output.text)
    }

    @Test func practiceShowsTheTaskCardAndShowMeDoesTheStep() {
        let (outcome, text) = run("shared-account", .practice, ["!show"])
        #expect(outcome == .completed)
        #expect(text.contains("Task · Only a shared account"))
        #expect(text.contains("!show does the step"))
        #expect(text.contains("Scenario complete"))
        #expect(text.contains("steps shown: 1"))
    }

    @Test func anExamEndsOnItsScore() {
        let (outcome, text) = run("shared-account", .exam, ["Only a shared one", "1"])
        #expect(outcome == .completed, "\(text)")
        #expect(text.contains("Exam results"), "\(text)")
        #expect(text.contains("Score: 100 of 100"), "\(text)")
    }

    @Test func aDemoPlaysEveryStepWithItsCaption() {
        let scenario = BuiltInScenarios.named("legacy-upgrade")!
        let (outcome, text) = run("legacy-upgrade", .demo, [])
        #expect(outcome == .completed, "\(text)")
        for step in scenario.expertPath { #expect(text.contains(step.caption), "missing caption: \(step.caption)") }
        // The task card gives the practice login; the demo itself never prints a password.
        #expect(text.components(separatedBy: "sunny2012").count == 2, "\(text)")
    }
}
