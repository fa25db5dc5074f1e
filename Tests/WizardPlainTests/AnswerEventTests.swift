import Screens
import Testing
import WizardEngine

/// The engine's events for front ends without keys (`answered`, `prefilled`, `pressed`): the
/// same state and sentences as the keys they stand for.
@Suite("Answer events in the engine")
struct AnswerEventTests {
    static func onForm() -> Wizard {
        var wizard = PlainFixture.wizard(RegisterJourney.id)
        wizard.keysToRegistrationForm()
        return wizard
    }

    @Test("answered checks the field as leaving it after typing does")
    func answeredLikeTyping() {
        var typed = Self.onForm()
        typed.tab(to: .field("email"))
        typed.type("jose@example")
        typed.press(.tab)
        var answered = Self.onForm()
        answered.send(.answered("email", "jose@example"))
        #expect(answered.state.errors["email"] == typed.state.errors["email"])
        #expect(answered.state.errors["email"] != nil)
        #expect(answered.state.value("email") == "jose@example")
    }

    @Test("answered mends another field's problem, as typing does (Confirm Email)")
    func mendsOthers() {
        var wizard = Self.onForm()
        wizard.send(.answered("email", "a@example.com"))
        wizard.send(.answered("confirmEmail", "b@example.com"))
        #expect(wizard.state.errors["confirmEmail"] != nil)
        wizard.send(.answered("email", "b@example.com"))
        #expect(wizard.state.errors["confirmEmail"] == nil)
    }

    @Test("answered cuts a value at the field's length with the typing sentence")
    func tooLong() {
        var typed = Self.onForm()
        typed.tab(to: .field("suffix"))
        typed.type("Junior the Third")
        var answered = Self.onForm()
        answered.send(.answered("suffix", "Junior the Third"))
        #expect(answered.state.value("suffix") == typed.state.value("suffix"))
        #expect(answered.state.notice == typed.state.notice)
        #expect(answered.state.notice != nil)
    }

    @Test("pressed Next on a page left by links gives the page's sentence, as Ctrl-N does")
    func nextOnMenu() {
        var keyed = PlainFixture.wizard(RegisterJourney.id)
        keyed.press(.enter, .control("n"))
        var pressed = PlainFixture.wizard(RegisterJourney.id)
        pressed.send(.pressed(.nextButton))
        pressed.send(.pressed(.nextButton))
        #expect(pressed.state == keyed.state)
    }

    @Test("pressed on a menu item, a link and Back lands where Enter does")
    func pressedMoves() {
        var wizard = PlainFixture.wizard(RegisterJourney.id)
        wizard.send(.pressed(.nextButton))
        wizard.send(.pressed(.menu(3)))
        #expect(wizard.state.page == "register.kinds")
        wizard.send(.pressed(.field("kind.attorney")))
        #expect(wizard.state.value("accountKind") == "attorney")
        wizard.send(.pressed(.field("register.start")))
        #expect(wizard.state.page == "register.form")
        wizard.send(.pressed(.backButton))
        #expect(wizard.state.page == "register.kinds")
    }

    @Test("a hidden link cannot be pressed")
    func hiddenLink() {
        var wizard = PlainFixture.wizard(RegisterJourney.id)
        wizard.send(.pressed(.nextButton))
        wizard.send(.pressed(.menu(3)))
        wizard.send(.pressed(.field("register.start")))
        #expect(wizard.state.page == "register.kinds")
    }

    @Test("prefilled values are kept over a page's presets, unchecked until Next")
    func prefilledKept() {
        var wizard = PlainFixture.wizard(RegisterJourney.id)
        wizard.send(.prefilled(["country": "Canada", "zip": "bad"]))
        wizard.keysToRegistrationForm()
        #expect(wizard.state.value("country") == "Canada")
        #expect(wizard.state.errors["zip"] == nil)
    }
}
