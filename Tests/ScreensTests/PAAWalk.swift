import Testing
import WizardEngine
@testable import Screens

/// Walks through journey P the way a person would, shared by the journey and snapshot tests.
enum PAAWalk {
    static let today = CivilDate(year: 2021, month: 9, day: 27)!

    static func start(size: TerminalSize = .standard) -> Wizard {
        Wizard(catalog: Journeys.catalog, start: PAAJourney.id, size: size,
               world: SampleWorld.world(today: today, seed: 42))
    }

    static func toRegistration(_ w: inout Wizard) {
        w.tab(to: .field(PAAFields.startRegistration))
        w.press(.enter)
    }

    static func toLogin(_ w: inout Wizard) {
        w.tab(to: .field(PAAFields.startLogin))
        w.press(.enter)
    }

    static func fillRegistration(_ w: inout Wizard) {
        w.fill(PAAFields.firm, "Beacon Hill Law Group")
        w.pick(PAAFields.organizationType, "Law Firm")
        w.fill(PAAFields.firstName, "Grace")
        w.fill(PAAFields.lastName, "O'Neill")
        w.fill(PAAFields.email, "billing@beaconhill.example")
        w.fill(PAAFields.confirmEmail, "billing@beaconhill.example")
        w.fill(PAAFields.phone, "617-555-0117")
        w.fill(PAAFields.address, "12 Beacon Street")
        w.fill(PAAFields.city, "Boston")
        w.pick(PAAFields.state, "MA")
        w.fill(PAAFields.zip, "02108")
        w.fill(PAAFields.username, "beaconpaa")
        w.fill(PAAFields.password, "Firm-Bill-2021")
        w.fill(PAAFields.confirmPassword, "Firm-Bill-2021")
    }

    /// Registers a PAA and stops on PAA Maintenance.
    static func registerToMaintenance(_ w: inout Wizard) {
        toRegistration(&w)
        fillRegistration(&w)
        w.press(.control("n"))
        w.press(.control("n"))
    }

    static func logIn(_ w: inout Wizard, _ username: String = "harborlegal", _ password: String = "Harbor-PAA1") {
        toLogin(&w)
        w.fill(PAAFields.loginUsername, username)
        w.fill(PAAFields.loginPassword, password)
        w.press(.control("n"))
    }

    static func toAdd(_ w: inout Wizard) {
        w.tab(to: .field(PAAFields.addMember))
        w.press(.enter)
    }

    static func replace(_ w: inout Wizard, _ id: FieldID, _ text: String) {
        w.tab(to: .field(id))
        w.press(.end, .control("u"))
        w.type(text)
    }

    static func fillMember(_ w: inout Wizard, number: String = "1618033", lastName: String = "Kowalski") {
        replace(&w, PAAFields.accountNumber, number)
        replace(&w, PAAFields.memberLastName, lastName)
        replace(&w, PAAFields.remark, "Springfield office")
        if w.state.value(PAAFields.acknowledge) != Field.checkedValue {
            w.tab(to: .field(PAAFields.acknowledge))
            w.press(.character(" "))
        }
    }
}
