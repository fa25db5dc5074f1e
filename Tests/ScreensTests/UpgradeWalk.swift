import Testing
import WizardEngine
@testable import Screens

/// A complete, valid walk through journey U over the sample world, page by page, shared by the
/// snapshot and journey tests. Each step leaves the wizard on the named page.
enum UpgradeWalk {
    typealias F = UpgradeFields
    static let today = CivilDate(year: 2021, month: 9, day: 1)!

    /// The sample world's legacy account and the new login the walk gives it.
    static let legacyUsername = "lp1234"
    static let legacyPassword = "sunny2012"
    static let legacyNumber = "2718281"
    static let newUsername = "laurapham2021"
    static let newPassword = "Practice-2021"

    static func start(size: TerminalSize = .standard) -> Wizard {
        Wizard(catalog: Journeys.catalog, start: UpgradeJourney.id, size: size,
               world: SampleWorld.world(today: today, seed: 42))
    }

    /// Step 1 → step 2's menu bar.
    static func toMenu(_ w: inout Wizard) { w.press(.enter) }

    /// The menu bar's "My Account & Billing" (its fifth item).
    static func toAccountMenu(_ w: inout Wizard) {
        w.tab(to: .menu(4))
        w.press(.enter)
    }

    static func toLogin(_ w: inout Wizard) {
        w.tab(to: .field(F.menuManageLogin))
        w.press(.enter)
    }

    /// From the home page to the login page.
    static func fromHomeToLogin(_ w: inout Wizard) {
        toMenu(&w)
        toAccountMenu(&w)
        toLogin(&w)
    }

    /// Replaces a text field's value, as a person would by clearing it first.
    static func replace(_ w: inout Wizard, _ id: FieldID, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        w.tab(to: .field(id), sourceLocation: sourceLocation)
        w.press(.end, .control("u"))
        w.type(text)
    }

    /// Types a login and presses Login.
    static func logIn(_ w: inout Wizard, _ username: String, _ password: String) {
        replace(&w, F.loginUsername, username)
        replace(&w, F.loginPassword, password)
        w.press(.control("n"))
    }

    /// From the home page to Manage My Account, logged in as the legacy account.
    static func toManage(_ w: inout Wizard, username: String = legacyUsername, password: String = legacyPassword) {
        fromHomeToLogin(&w)
        logIn(&w, username, password)
    }

    static func toPerson(_ w: inout Wizard) {
        w.tab(to: .field(F.upgradeLink))
        w.press(.enter)
    }

    static func fillPerson(_ w: inout Wizard) {
        w.fill(F.dateOfBirth, "06/02/1975")
    }

    static func fillAddress(_ w: inout Wizard) {
        w.pick(F.county, "Suffolk")
    }

    static func fillSecurity(_ w: inout Wizard) {
        w.fill(F.username, newUsername)
        w.fill(F.password, newPassword)
        w.fill(F.confirmPassword, newPassword)
        w.pick(F.question1, "What was the name of your first pet?")
        w.fill(F.answer1, "Rex")
        w.pick(F.question2, "In what city were you born?")
        w.fill(F.answer2, "Lowell")
    }

    /// Chooses one of the upgrade page's tabs on its strip.
    static func chooseTab(_ w: inout Wizard, _ index: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        w.tab(to: .tab(index), sourceLocation: sourceLocation)
        w.press(.enter)
    }

    /// The legacy account in the wizard's world.
    static func legacyAccount(_ w: Wizard) -> PACERAccount? {
        w.state.world.accountIndex(number: legacyNumber).map { w.state.world.accounts[$0] }
    }
}
