import Testing
import Screens
import WizardEngine

/// A complete, valid walk through journey R, page by page, shared by the snapshot and journey
/// tests. Each step leaves the wizard on the named page with the page's fields filled.
enum RegisterWalk {
    static let today = CivilDate(year: 2021, month: 9, day: 1)!

    static func start(size: TerminalSize = .standard) -> Wizard {
        Wizard(catalog: Journeys.catalog, start: RegisterJourney.id, size: size,
               world: SampleWorld.world(today: today, seed: 42))
    }

    static func toMenu(_ w: inout Wizard) { w.press(.enter) }

    static func toKinds(_ w: inout Wizard) {
        w.tab(to: .menu(3))
        w.press(.enter)
    }

    static func toForm(_ w: inout Wizard) {
        w.tab(to: .field("kind.attorney"))
        w.press(.enter)
        w.tab(to: .field("register.start"))
        w.press(.enter)
    }

    static func fillForm(_ w: inout Wizard) {
        w.fill("firstName", "José")
        w.fill("lastName", "山田")
        w.fill("dateOfBirth", "04/17/1980")
        w.fill("address", "1 Courthouse Way")
        w.fill("city", "Boston")
        w.tab(to: .field("state"))
        w.type("M")
        w.type("M")
        w.type("M")
        w.pick("county", "Suffolk")
        w.fill("zip", "02210")
        w.fill("primaryPhone", "617-555-0142")
        w.fill("email", "jose@example.com")
        w.fill("confirmEmail", "jose@example.com")
        w.pick("userType", "Attorney")
        w.tab(to: .field("userVerification"))
        w.press(.character(" "))
    }

    static func fillSecurity(_ w: inout Wizard) {
        w.tab(to: .field("suggestUsername"))
        w.press(.enter)
        w.fill("password", "Practice-2021")
        w.fill("confirmPassword", "Practice-2021")
        w.pick("securityQuestion1", "What was the name of your first pet?")
        w.fill("securityAnswer1", "Rex")
        w.pick("securityQuestion2", "In what city were you born?")
        w.fill("securityAnswer2", "Lowell")
    }

    /// A wizard on the registration form, filled in (not yet submitted).
    static func filledForm(size: TerminalSize = .standard) -> Wizard {
        var w = start(size: size)
        toMenu(&w)
        toKinds(&w)
        toForm(&w)
        fillForm(&w)
        return w
    }

    /// A wizard on the Security page, filled in (not yet submitted).
    static func filledSecurity() -> Wizard {
        var w = filledForm()
        w.press(.control("n"))
        fillSecurity(&w)
        return w
    }

    static func acknowledge(_ w: inout Wizard) {
        w.tab(to: .field("policyAcknowledgment"))
        w.press(.character(" "))
    }
}
