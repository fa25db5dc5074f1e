import Testing
import WizardEngine
@testable import Screens

/// Journey P as a whole: its structure, registering a PAA, and adding a member with the
/// refusals of the back end.
@Suite struct PAAJourneyTests {
    let journey = PAAJourney.journey

    @Test func stepsAreNumberedAndEveryStepHasAPage() {
        #expect(journey.steps.count == 5)
        #expect(Set(journey.pages.map(\.step)) == Set(1...5))
        #expect(journey.firstPage == PAAPages.about)
    }

    @Test func idsArePrefixedUniqueAndEveryTargetExists() {
        let pageIDs = journey.pages.map(\.id.rawValue)
        #expect(Set(pageIDs).count == pageIDs.count)
        #expect(pageIDs.allSatisfy { $0.hasPrefix("paa.") })
        let fieldIDs = journey.allFields.map(\.id.rawValue)
        #expect(Set(fieldIDs).count == fieldIDs.count, "field ids repeat")
        #expect(fieldIDs.allSatisfy { $0.hasPrefix("paa.") })
        let fields = PAAFields.registration
        let read = [fields.firstName, fields.lastName, fields.dateOfBirth, fields.email, fields.street, fields.city,
                    fields.state, fields.zip, fields.userType, fields.username, fields.password, fields.cardNumber, fields.firm]
        #expect(read.allSatisfy { $0.rawValue.hasPrefix("paa.") })
        var targets: [PageID] = journey.pages.compactMap(\.next)
        for page in journey.pages {
            for field in page.fields { if case .link(.goTo(let target)) = field.kind { targets.append(target) } }
        }
        for target in targets { #expect(journey.hasPage(target), "missing page \(target)") }
    }

    @Test func noDeadEndsAndEveryPageHasHelp() {
        for page in journey.pages {
            let leadsOn = page.hasNextButton || page.fields.contains { if case .link(.goTo) = $0.kind { true } else { false } }
            #expect(leadsOn, "page \(page.id) cannot be left forwards")
            #expect(!page.hint.isEmpty && !page.helpDesk.isEmpty && !page.instruction.isEmpty, "page \(page.id)")
        }
    }

    @Test func registerAPAAAndAddMarta() {
        var w = PAAWalk.start()
        #expect(w.frame.text.contains("cannot search, file"))
        PAAWalk.toRegistration(&w)
        #expect(w.state.page == PAAPages.register)
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.register)
        #expect(w.state.errors[PAAFields.firm] == "Firm/Organization is required.")
        PAAWalk.fillRegistration(&w)
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.created, "registration: \(w.state.errors) \(String(describing: w.state.notice))")
        let number = w.state.world.lastCreated
        let paa = number.flatMap { n in w.state.world.accounts.first { $0.number == n } }
        #expect(paa?.isAdministrativeAccount == true)
        #expect(paa?.userType == "Beacon Hill Law Group")
        #expect(paa?.username == "beaconpaa")
        #expect(w.state.world.signedIn == number)
        #expect(w.frame.text.contains("PAA account number: \(number ?? "?")"))
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.maintenance)
        #expect(w.state.value(PAAFields.tab) == PAAFields.maintenanceTab)
        PAAWalk.toAdd(&w)
        #expect(w.state.page == PAAPages.add)
        w.press(.control("n"))
        #expect(w.state.errors[PAAFields.acknowledge] != nil)
        PAAWalk.fillMember(&w)
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.pending, "add: \(w.state.errors) \(String(describing: w.state.notice))")
        let marta = w.state.world.accounts.first { $0.number == "1618033" }
        #expect(marta?.pendingPAAInvitations.contains(number ?? "?") == true)
        #expect(marta?.memberOfPAA == nil, "only pending until she accepts")
        #expect(w.frame.text.contains("1618033"))
        #expect(w.send(.key(.enter)) == [.quit(.completed)])
    }

    @Test func aTakenUsernameIsRefused() {
        var w = PAAWalk.start()
        PAAWalk.toRegistration(&w)
        PAAWalk.fillRegistration(&w)
        PAAWalk.replace(&w, PAAFields.username, "harborlegal")
        PAAWalk.replace(&w, PAAFields.password, "Firm-Bill-2021")
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.register)
        #expect(w.state.errors[PAAFields.username]?.contains("already taken") == true)
    }

    @Test func aWrongLastNameIsRefused() {
        var w = PAAWalk.start()
        PAAWalk.registerToMaintenance(&w)
        PAAWalk.toAdd(&w)
        PAAWalk.fillMember(&w, lastName: "Kowalsky")
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.add)
        #expect(w.state.errors[PAAFields.memberLastName]?.contains("does not match") == true)
        #expect(w.state.world.accounts.allSatisfy { $0.pendingPAAInvitations.isEmpty })
    }

    @Test func aNumberThatIsNoAccountIsRefused() {
        var w = PAAWalk.start()
        PAAWalk.registerToMaintenance(&w)
        PAAWalk.toAdd(&w)
        PAAWalk.fillMember(&w, number: "9999999")
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.add)
        #expect(w.state.errors[PAAFields.accountNumber]?.contains("No PACER account has the number 9999999") == true)
        PAAWalk.fillMember(&w, number: "16180")
        w.press(.control("n"))
        #expect(w.state.errors[PAAFields.accountNumber] == "Account Number must have at least 7 characters.")
    }

    @Test func thePAACannotAddItself() {
        var w = PAAWalk.start()
        PAAWalk.registerToMaintenance(&w)
        let own = w.state.world.lastCreated ?? "?"
        PAAWalk.toAdd(&w)
        PAAWalk.fillMember(&w, number: own, lastName: "O'Neill")
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.add)
        #expect(w.state.errors[PAAFields.accountNumber]?.contains("cannot add itself") == true)
    }

    @Test func logInAsHarborLegalAndAddAMember() {
        var w = PAAWalk.start()
        PAAWalk.logIn(&w)
        #expect(w.state.page == PAAPages.maintenance, "login: \(String(describing: w.state.notice))")
        #expect(w.frame.text.contains("Harbor Legal LLP"))
        #expect(!w.frame.text.contains("not a PACER Administrative Account"))
        PAAWalk.toAdd(&w)
        PAAWalk.fillMember(&w)
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.pending)
        let marta = w.state.world.accounts.first { $0.number == "1618033" }
        #expect(marta?.pendingPAAInvitations == ["1732050"])
    }

    @Test func aMembersLoginIsNotAPAA() {
        var w = PAAWalk.start()
        PAAWalk.logIn(&w, "mkowalski21", "Upgraded-2019")
        #expect(w.state.page == PAAPages.maintenance)
        #expect(w.frame.text.contains("not a PACER Administrative Account"))
        PAAWalk.toAdd(&w)
        PAAWalk.fillMember(&w, number: "2718281", lastName: "Pham")
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.add)
        #expect(w.state.notice?.text.contains("PACER Administrative Account first") == true)
    }

    @Test func aWrongPAAPasswordIsRefused() {
        var w = PAAWalk.start()
        PAAWalk.logIn(&w, "harborlegal", "Harbor-PAA2")
        #expect(w.state.page == PAAPages.login)
        #expect(w.state.notice?.text.contains("Invalid username or password") == true)
    }

    @Test func theTabsShowTheirOwnItems() {
        var w = PAAWalk.start()
        PAAWalk.logIn(&w)
        w.pick(PAAFields.tab, PAAFields.settingsTab)
        let visible = w.page.visibleFields(in: w.state.context).map(\.id)
        #expect(visible.contains(PAAFields.clientCodes))
        #expect(!visible.contains(PAAFields.addMember))
        w.tab(to: .field(PAAFields.clientCodes))
        w.press(.enter)
        #expect(w.state.notice?.text.contains("32 characters") == true)
        #expect(w.state.wrongChoices == 1)
        w.press(.control("n"))
        #expect(w.state.page == PAAPages.maintenance)
    }
}
