import Testing
import WizardEngine
@testable import Screens

/// Journey R against the mock back end: taken usernames, the duplicate check, and a new account
/// that joins the directory for the rest of the run.
@Suite struct RegisterBackendTests {
    /// Walks to the Security page with the form filled as `RegisterWalk` does, then lets the
    /// caller change the identity fields first.
    func walkToSecurity(first: String = "José", last: String = "山田", birth: String = "04/17/1980",
                        email: String = "jose@example.com") -> Wizard {
        var w = RegisterWalk.filledForm()
        for (id, value) in [("firstName", first), ("lastName", last), ("dateOfBirth", birth),
                            ("email", email), ("confirmEmail", email)] {
            w.tab(to: .field(FieldID(id)))
            w.press(.control("u"))
            w.type(value)
        }
        w.press(.control("n"))
        RegisterWalk.fillSecurity(&w)
        return w
    }

    func walkToPolicies(first: String = "José", last: String = "山田", birth: String = "04/17/1980",
                        email: String = "jose@example.com") -> Wizard {
        var w = walkToSecurity(first: first, last: last, birth: birth, email: email)
        w.press(.control("n"), .control("n"), .control("n"))
        RegisterWalk.acknowledge(&w)
        return w
    }

    @Test func aTakenUsernameIsRefusedOnTheSecurityPage() {
        var w = walkToSecurity()
        w.tab(to: .field("username"))
        w.press(.control("u"))
        w.type("MKowalski21")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.security)
        #expect(w.state.errors["username"] == "The username \"MKowalski21\" is already taken: choose another, or press Suggest one.")
        w.tab(to: .field("username"))
        w.press(.control("u"))
        w.type("jose.yamada")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.payment)
    }

    @Test func twoMatchingDetailsWarnAndContinueCreates() {
        var w = walkToPolicies(first: "Laura", last: "Pham", birth: "06/02/1975", email: "other@example.com")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.duplicate)
        #expect(w.state.world.accounts.count == SampleWorld.accounts.count, "nothing is created before Continue")
        w.tab(to: .field("register.duplicateContinue"))
        w.press(.enter)
        #expect(w.state.page == RegisterPages.created)
        let created = w.state.world.accounts.last
        #expect(created?.lastName == "Pham")
        #expect(created?.caseSearch == .awaitingActivation)
    }

    @Test func threeMatchingDetailsCreateAnInactiveAccountAndSaySo() {
        var w = walkToPolicies(first: "Laura", last: "Pham", birth: "06/02/1975", email: "laura.pham@example.com")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.created)
        #expect(w.state.world.accounts.last?.caseSearch == .inactive)
        #expect(w.view.items.contains { if case .paragraph(let text, _) = $0 { text.hasPrefix("Case search status: Inactive") } else { false } })
    }

    @Test func theNewAccountCanLogInLaterInTheSameRun() {
        var w = walkToPolicies()
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.created)
        let account = w.state.world.accounts.last!
        #expect(account.username == w.state.value("username"))
        #expect(account.kind == .upgraded)
        #expect(w.frame.text.contains("Account number: \(account.number)"))
        // The same world answers a login with the new credentials.
        var world = w.state.world
        let context = FactContext(answers: ["u": account.username, "p": "Practice-2021"], world: world)
        #expect(MockPACER.perform(.pacerLogin(LoginFields(username: "u", password: "p")), on: &world, answers: context) == .proceed)
        #expect(world.signedIn == account.number)
    }

    @Test func aPlusSignedEmailIsFlaggedForReview() {
        var w = walkToPolicies(email: "jose+pacer@example.com")
        w.press(.control("n"))
        #expect(w.view.items.contains { if case .paragraph(let text, _) = $0 { text.contains("plus sign") } else { false } })
    }
}
