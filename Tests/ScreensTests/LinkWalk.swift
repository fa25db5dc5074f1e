import Testing
import WizardEngine
@testable import Screens

/// Walks through journey L the way a person would, shared by the journey and snapshot tests.
enum LinkWalk {
    static let afterGoLive = CivilDate(year: 2021, month: 9, day: 27)!
    static let beforeGoLive = CivilDate(year: 2021, month: 9, day: 1)!

    /// The practice world, plus an upgraded account with no CM/ECF account anywhere.
    static func world(today: CivilDate = afterGoLive) -> World {
        var world = SampleWorld.world(today: today, seed: 42)
        world.accounts.append(newcomer)
        return world
    }

    static let newcomer = PACERAccount(
        number: "5772156", username: "tbrooks2021", password: "Practice-2021", firstName: "Tessa", lastName: "Brooks",
        email: "tessa.brooks@example.com", city: "Boston", state: "MA", userType: "Attorney",
        createdOn: CivilDate(year: 2021, month: 2, day: 3)!, kind: .upgraded)

    static func start(today: CivilDate = afterGoLive, size: TerminalSize = .standard) -> Wizard {
        start(world: world(today: today), size: size)
    }

    static func start(world: World, size: TerminalSize = .standard) -> Wizard {
        Wizard(catalog: Journeys.catalog, start: LinkJourney.id, size: size, world: world)
    }

    /// Empties a text field and types a new value.
    static func replace(_ w: inout Wizard, _ id: FieldID, _ text: String) {
        w.tab(to: .field(id))
        w.press(.end, .control("u"))
        w.type(text)
    }

    static func logIn(_ w: inout Wizard, _ username: String, _ password: String) {
        replace(&w, LinkFields.username, username)
        replace(&w, LinkFields.password, password)
        w.press(.control("n"))
    }

    static func acceptRedaction(_ w: inout Wizard) {
        w.tab(to: .field(LinkFields.redactionUnderstood))
        w.press(.character(" "))
        w.press(.control("n"))
    }

    /// Utilities is the third item of the unlinked menu bar.
    static func toUtilities(_ w: inout Wizard) {
        w.tab(to: .menu(2))
        w.press(.enter)
    }

    static func toOldLogin(_ w: inout Wizard) {
        w.tab(to: .field(LinkFields.linkAccount))
        w.press(.enter)
    }

    /// From the login page to the old CM/ECF login, logged in as `username`.
    static func logInAndOpenLinking(_ w: inout Wizard, _ username: String = "mkowalski21", _ password: String = "Upgraded-2019") {
        logIn(&w, username, password)
        acceptRedaction(&w)
        toUtilities(&w)
        toOldLogin(&w)
    }

    static func submitOldLogin(_ w: inout Wizard, _ username: String, _ password: String) {
        replace(&w, LinkFields.oldUsername, username)
        replace(&w, LinkFields.oldPassword, password)
        w.press(.control("n"))
    }

    /// From the login page to the e-filing request's court page, as the newcomer.
    static func openEFiling(_ w: inout Wizard) {
        logIn(&w, newcomer.username, newcomer.password)
        acceptRedaction(&w)
        toUtilities(&w)
        w.tab(to: .field(LinkFields.requestEFiling))
        w.press(.enter)
        w.tab(to: .field(LinkFields.attorneyRegistration))
        w.press(.enter)
    }

    static func fillCourt(_ w: inout Wizard) {
        w.pick(LinkFields.registrationType, LinkFields.eFileOnly)
    }

    static func fillBar(_ w: inout Wizard) {
        w.fill(LinkFields.barID, "BBO 700123")
        w.pick(LinkFields.barState, "MA")
        w.fill(LinkFields.phone, "617-555-0190")
    }

    static func tickTerms(_ w: inout Wizard) {
        w.tab(to: .field(LinkFields.termsAgree))
        w.press(.character(" "))
        w.tab(to: .field(LinkFields.termsService))
        w.press(.character(" "))
    }
}
