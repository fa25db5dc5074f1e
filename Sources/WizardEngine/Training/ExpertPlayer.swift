/// Plays a scenario's expert path on a wizard, through the same events a front end sends, so a
/// demo, "show me" and the scenario check all do exactly what a person would.
public enum ExpertPlayer {
    /// Why a path could not be played: the step's line and what went wrong.
    public struct Failure: Error, Equatable, Sendable {
        public let line: Int
        public let message: String
    }

    /// Performs one step: its answers, then its action. Fails when the wizard is not on the
    /// step's page, or the action's control is not there.
    public static func perform(_ step: ScriptStep, on wizard: inout Wizard) -> Result<[Effect], Failure> {
        guard wizard.state.page == step.page else {
            return .failure(Failure(line: step.line, message: "the step is for page \(step.page), but the path is on \(wizard.state.page)"))
        }
        for (id, value) in step.answers {
            guard wizard.page.visibleFields(in: wizard.state.context).contains(where: { $0.id == id }) else {
                return .failure(Failure(line: step.line, message: "\(id) is not a field shown on \(step.page) at this point"))
            }
            wizard.send(.answered(id, resolved(value, for: id, on: wizard)))
        }
        guard step.action != .none else { return .success([]) }
        guard let target = step.action.target(on: wizard.page) else {
            return .failure(Failure(line: step.line, message: "\(step.page) has no menu item \"\(actionName(step.action))\""))
        }
        let shown = wizard.page.focusOrder(in: wizard.state.context, canGoBack: !wizard.state.history.isEmpty)
        if case .field = target, !shown.contains(target) {
            return .failure(Failure(line: step.line, message: "\(actionName(step.action)) is not shown on \(step.page) at this point"))
        }
        return .success(wizard.send(.pressed(target)))
    }

    /// Plays every step from the wizard's current page, stopping at the first failure; a step
    /// that leaves its page unchanged with a problem is reported with the page's message.
    public static func play(_ scenario: Scenario, on wizard: inout Wizard) -> Result<[Effect], Failure> {
        var effects: [Effect] = []
        for step in scenario.expertPath {
            switch perform(step, on: &wizard) {
            case .failure(let failure): return .failure(failure)
            case .success(let more): effects += more
            }
            if let notice = wizard.state.notice, notice.tone == .problem, step.action != .none, !step.expectsRefusal {
                let errors = wizard.state.errors.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                let detail = errors.isEmpty ? "" : " (" + errors.joined(separator: "; ") + ")"
                return .failure(Failure(line: step.line, message: "on \(step.page): \(notice.text)\(detail)"))
            }
        }
        return .success(effects)
    }

    /// A list's value may be written as its label (as a person reads it); the stored value is used.
    static func resolved(_ value: String, for id: FieldID, on wizard: Wizard) -> String {
        guard let field = wizard.page.field(id) else { return value }
        if case .checkBox = field.kind {
            return ["yes", "true", "y"].contains(value.lowercased()) ? Field.checkedValue : ""
        }
        guard case .choice(let source, _) = field.kind else { return value }
        let options = source.options(in: wizard.state.context)
        return options.first { $0.value == value }?.value
            ?? options.first { $0.label == value || $0.displayLabel == value }?.value
            ?? value
    }

    static func actionName(_ action: ScriptAction) -> String {
        switch action {
        case .menu(let title): title
        case .press(let id): id.rawValue
        case .next: "next"
        case .none: "none"
        }
    }
}
