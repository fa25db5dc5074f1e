/// Checks a parsed scenario against the journeys: its journey and pages exist, its answers name
/// fields of their pages, and its expert path, played on a fresh wizard, reaches its outcome.
public enum ScenarioCheck {
    public static func problems(_ scenario: Scenario, path: String, catalog: Catalog, world: World) -> [DataFileProblem] {
        var problems: [DataFileProblem] = []
        func problem(_ line: Int, _ message: String) { problems.append(DataFileProblem(path: path, line: line, message: message)) }
        guard catalog.journey(scenario.journey) != nil else {
            let ids = catalog.journeys.map(\.id.rawValue).joined(separator: ", ")
            problem(0, "journey \(scenario.journey) does not exist; expected one of \(ids)")
            return problems
        }
        for step in scenario.expertPath {
            guard catalog.hasPage(step.page) else {
                problem(step.line, "page \(step.page) does not exist")
                continue
            }
            let page = catalog.page(step.page)
            for (id, _) in step.answers where page.field(id) == nil {
                problem(step.line, "\(id) is not a field of \(step.page)")
            }
            if case .press(let id) = step.action {
                switch page.field(id)?.kind {
                case .link?, .button?: break
                default: problem(step.line, "\(id) is not a link or button of \(step.page)")
                }
            }
        }
        if case .reached(let page) = scenario.outcome, !catalog.hasPage(page) {
            problem(0, "outcome: page \(page) does not exist")
        }
        guard problems.isEmpty else { return problems }
        var wizard = Wizard(catalog: catalog, start: scenario.journey, size: .standard, world: world)
        switch ExpertPlayer.play(scenario, on: &wizard) {
        case .failure(let failure):
            problem(failure.line, "the expert path stops here: \(failure.message)")
        case .success(let effects):
            var state = wizard.state
            if effects.contains(.quit(.completed)) { state.isFinished = true }
            if !scenario.outcome.isMet(by: state) {
                problem(0, "the expert path ends on \(state.page) without reaching the outcome")
            }
        }
        return problems
    }
}
