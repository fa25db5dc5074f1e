import WizardEngine

/// The scenarios that ship with pacer-prep, one for each common help-desk situation of the
/// court notice. Each is the text of a scenario file, read by the same parser as a trainer's
/// file, so the built-ins double as examples of the format.
public enum BuiltInScenarios {
    /// Every built-in scenario's id and file text, in the order they are listed.
    public static let sources: [(id: String, text: String)] = [
        ("attorney-test-card", AttorneyTestCardScenario.text),
        ("pro-se-no-card", ProSeNoCardScenario.text),
        ("government-attorney", GovernmentAttorneyScenario.text),
        ("law-firm-tax-id", LawFirmTaxIDScenario.text),
        ("duplicate-account", DuplicateAccountScenario.text),
        ("legacy-upgrade", LegacyUpgradeScenario.text),
        ("already-upgraded", AlreadyUpgradedScenario.text),
        ("locked-out", LockedOutScenario.text),
        ("link-after-go-live", LinkAfterGoLiveScenario.text),
        ("link-before-go-live", LinkBeforeGoLiveScenario.text),
        ("forgotten-cmecf-password", ForgottenCMECFPasswordScenario.text),
        ("paa-add-member", PAAAddMemberScenario.text),
        ("shared-account", SharedAccountScenario.text),
    ]

    /// Every built-in scenario, parsed. A built-in that does not parse, or whose id is not the
    /// one it is listed under, is a programming error (the tests parse them all).
    public static let all: [Scenario] = sources.map { id, text in
        switch ScenarioFile.parse(text, path: "built-in:\(id)") {
        case .success(let scenario):
            precondition(scenario.id == id, "built-in:\(id) declares id \(scenario.id)")
            return scenario
        case .failure(let problems):
            preconditionFailure("built-in scenario \(id) does not parse:\n\(problems)")
        }
    }

    /// The built-in scenario with this id, if any.
    public static func named(_ id: String) -> Scenario? {
        all.first { $0.id == id }
    }

    /// The file text of the built-in scenario with this id, e.g. to show it as an example.
    public static func text(of id: String) -> String? {
        sources.first { $0.id == id }?.text
    }
}
