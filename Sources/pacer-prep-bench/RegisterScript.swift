import Screens
import WizardEngine

/// A complete, valid walk through journey R recorded as the list of events a person would type:
/// the same walk as Tests/ScreensTests/RegisterWalk.swift (a test file, so it is restated here).
///
/// The walk is recorded by driving a headless Wizard and pressing Tab until the focus is where it
/// should be, so it follows the pages when fields are added or moved; the recorded list is then
/// replayed as plain events, which is what the throughput figure measures.
struct RegisterScript {
    static let today = CivilDate(year: 2021, month: 9, day: 1)!
    static let seed: UInt64 = 42
    static let size = TerminalSize.standard

    private(set) var wizard: Wizard
    private(set) var events: [Event] = []
    private(set) var lastEffects: [Effect] = []

    init() {
        wizard = Self.freshWizard()
    }

    /// The wizard every replay starts from: journey R at 80x24, the notice's date, seed 42 (the
    /// bench starts pacer-prep with `--seed 42` too).
    static func freshWizard() -> Wizard {
        Wizard(journey: RegisterJourney.journey, size: size, today: today, seed: seed)
    }

    /// The events of the whole journey, ending with the Enter that completes it.
    static func wholeJourney() throws -> [Event] {
        var script = RegisterScript()
        try script.toFirstName()
        script.type("José")
        try script.fill("lastName", "山田")
        try script.fill("dateOfBirth", "04/17/1980")
        try script.fill("address", "1 Courthouse Way")
        try script.fill("city", "Boston")
        try script.tab(to: .field("state"))
        script.type("MMM")
        try script.pick("county", "Suffolk")
        try script.fill("zip", "02210")
        try script.fill("primaryPhone", "617-555-0142")
        try script.fill("email", "jose@example.com")
        try script.fill("confirmEmail", "jose@example.com")
        try script.pick("userType", "Attorney")
        try script.tab(to: .field("userVerification"))
        script.press(.character(" "))
        script.press(.control("n"))
        try script.tab(to: .field("suggestUsername"))
        script.press(.enter)
        try script.fill("password", "Practice-2021")
        try script.fill("confirmPassword", "Practice-2021")
        try script.pick("securityQuestion1", "What was the name of your first pet?")
        try script.fill("securityAnswer1", "Rex")
        try script.pick("securityQuestion2", "In what city were you born?")
        try script.fill("securityAnswer2", "Lowell")
        script.press(.control("n"))  // to payment
        script.press(.control("n"))  // payment is optional: to policies
        try script.tab(to: .field("policyAcknowledgment"))
        script.press(.character(" "))
        script.press(.control("n"))  // to "account created"
        script.press(.control("n"))  // to questions
        script.press(.enter)
        guard script.lastEffects == [.quit(.completed)] else {
            throw BenchError("""
                the recorded journey-R walk no longer completes (it ended on page \
                \(script.wizard.state.page)); update Sources/pacer-prep-bench/RegisterScript.swift
                """)
        }
        return script.events
    }

    /// The key presses from the home page to the First Name field of the registration form, as
    /// the issue lists them: Enter; Tab to the menu's "Register" and Enter; Tab to Attorney Filers
    /// and Enter; Tab to "Register for a PACER account" and Enter; Tab to First Name.
    static func keysToFirstName() throws -> [Key] {
        var script = RegisterScript()
        try script.toFirstName()
        return script.events.compactMap { if case .key(let key) = $0 { key } else { nil } }
    }

    private mutating func toFirstName() throws {
        press(.enter)
        try tab(to: .menu(3))
        press(.enter)
        try tab(to: .field("kind.attorney"))
        press(.enter)
        try tab(to: .field("register.start"))
        press(.enter)
        try tab(to: .field("firstName"))
    }

    private mutating func press(_ key: Key) {
        events.append(.key(key))
        lastEffects = wizard.send(.key(key))
    }

    private mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    private mutating func tab(to target: FocusTarget) throws {
        for _ in 0..<80 {
            if wizard.state.focus == target { return }
            press(.tab)
        }
        throw BenchError("the journey-R walk never focused \(target) on page \(wizard.state.page)")
    }

    private mutating func fill(_ id: FieldID, _ text: String) throws {
        try tab(to: .field(id))
        type(text)
    }

    /// Changes a list with the Right key until its value is `value`.
    private mutating func pick(_ id: FieldID, _ value: String) throws {
        try tab(to: .field(id))
        for _ in 0..<80 {
            if wizard.state.value(id) == value { return }
            press(.right)
        }
        throw BenchError("the journey-R walk never set \(id) to \(value)")
    }
}
