import Screens
import Testing
import WizardEngine
@testable import WizardPlain

/// Answers reaching the pages as the curses run loop gives them: `start` once, `fill` after
/// every key. The values are there to change, and the account's presets do not replace them.
@Suite("Answers prefilled for the curses front end")
struct AnswerSheetTests {
    /// Sends keys as the curses loop does, giving waiting answers after each.
    static func press(_ keys: [Key], _ wizard: inout Wizard, _ answers: inout AnswerSheet) {
        for key in keys {
            wizard.send(.key(key))
            answers.fill(&wizard)
        }
    }

    @Test("journey R's form shows the file's values, and typing changes them")
    func registerForm() throws {
        var answers = try PlainFixture.answers(try PlainFixture.exampleAnswers())
        var wizard = PlainFixture.wizard(RegisterJourney.id)
        answers.start(&wizard)
        wizard.keysToRegistrationForm()
        #expect(wizard.state.page == "register.form")
        #expect(wizard.state.value("firstName") == "Jose")
        #expect(wizard.state.value("state") == "MA")
        #expect(wizard.state.errors.isEmpty, "prefilled values are not checked before Next")
        wizard.tab(to: .field("firstName"))
        Self.press([.end, .backspace, .character("é")], &wizard, &answers)
        #expect(wizard.state.value("firstName") == "José")
    }

    @Test("journey U: an answer for an account-filled field is given after the login, over the preset")
    func upgradePerson() throws {
        var answers = try PlainFixture.answers("""
            upgrade.login.username = lp1234
            upgrade.login.password = sunny2012
            upgrade.firstName = Lauren
            """)
        var wizard = PlainFixture.wizard(UpgradeJourney.id)
        answers.start(&wizard)
        #expect(wizard.state.value("upgrade.firstName") == "", "waits for its page")
        wizard.send(.pressed(.nextButton))
        wizard.send(.pressed(.menu(4)))
        wizard.send(.pressed(.field("upgrade.accountMenu.manageLogin")))
        answers.fill(&wizard)
        Self.press([.control("n")], &wizard, &answers)
        #expect(wizard.state.page == "upgrade.manage")
        wizard.tab(to: .field("upgrade.manage.upgrade"))
        Self.press([.enter], &wizard, &answers)
        #expect(wizard.state.page == "upgrade.person")
        #expect(wizard.state.value("upgrade.firstName") == "Lauren")
        #expect(wizard.state.value("upgrade.lastName") == "Pham", "other fields keep the account's values")
        Self.press([.escape, .enter], &wizard, &answers)
        #expect(wizard.state.page == "upgrade.person")
        #expect(wizard.state.value("upgrade.firstName") == "Lauren", "kept when the page is shown again")
    }
}
