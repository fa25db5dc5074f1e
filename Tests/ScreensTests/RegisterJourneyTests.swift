import Testing
import WizardEngine
@testable import Screens

/// Journey R as a whole: its structure, the complete walk, and the branches of the notice's steps.
@Suite struct RegisterJourneyTests {
    let journey = RegisterJourney.journey

    @Test func everyStepOfTheNoticeHasAPageInOrder() {
        #expect(journey.steps.count == 9)
        #expect(journey.pages.map(\.step) == journey.pages.map(\.step).sorted())
        #expect(Set(journey.pages.map(\.step)) == Set(1...9))
    }

    @Test func idsAreUniqueAndEveryTargetExists() {
        let pageIDs = journey.pages.map(\.id)
        #expect(Set(pageIDs).count == pageIDs.count)
        let fieldIDs = journey.allFields.map(\.id)
        #expect(Set(fieldIDs).count == fieldIDs.count, "field ids repeat")
        var targets: [PageID] = journey.pages.compactMap(\.next)
        for page in journey.pages {
            for item in page.menuBar.items { if case .goTo(let target) = item.action { targets.append(target) } }
            for field in page.fields {
                if case .link(.goTo(let target)) = field.kind { targets.append(target) }
            }
        }
        for target in targets { #expect(journey.hasPage(target), "missing page \(target)") }
    }

    @Test func noDeadEnds() {
        for page in journey.pages {
            let leadsOn = page.hasNextButton
                || (page.menuBar.isActive && page.menuBar.items.contains { if case .goTo = $0.action { true } else { false } })
                || page.fields.contains {
                    switch $0.kind {
                    case .link(.goTo), .link(.run), .link(.startJourney): true
                    default: false
                    }
                }
            #expect(leadsOn, "page \(page.id) cannot be left forwards")
        }
    }

    @Test func everyPageHasAHintAndAHelpDeskLine() {
        for page in journey.pages {
            #expect(!page.hint.isEmpty && !page.helpDesk.isEmpty, "page \(page.id)")
        }
    }

    @Test func theWholeWalkCompletes() {
        var w = RegisterWalk.filledForm()
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.security, "form errors: \(w.state.errors)")
        RegisterWalk.fillSecurity(&w)
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.payment, "security errors: \(w.state.errors)")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.policies)
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.policies, "Submit without the acknowledgement must stay")
        #expect(w.state.errors["policyAcknowledgment"] != nil)
        RegisterWalk.acknowledge(&w)
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.created)
        let created = w.frame.text
        #expect(created.contains("Account number: \(Facts.accountNumber(seed: 42))"))
        #expect(created.contains("Monday, September 13, 2021"))
        #expect(created.contains("Thursday, September 16, 2021"))
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.questions)
        #expect(w.frame.text.contains("1-800-676-6856"))
        #expect(w.send(.key(.enter)) == [.quit(.completed)])
    }

    @Test func wrongMenuItemsExplainThemselvesAndCount() {
        var w = RegisterWalk.start()
        RegisterWalk.toMenu(&w)
        w.tab(to: .menu(1))
        w.press(.enter)
        #expect(w.state.page == RegisterPages.homeMenu)
        #expect(w.state.wrongChoices == 1)
        #expect(w.frame.text.contains("Find a Case searches court records"))
    }

    @Test func countyListAppearsAfterMassachusettsAndOtherStatesGoOn() {
        var w = RegisterWalk.start()
        RegisterWalk.toMenu(&w)
        RegisterWalk.toKinds(&w)
        RegisterWalk.toForm(&w)
        let context = { w.state.context }
        #expect(!w.page.visibleFields(in: context()).contains { $0.id == "county" })
        w.pick("state", "MA")
        let county = w.page.visibleFields(in: context()).first { $0.id == "county" }
        guard case .choice(let source, _)? = county?.kind else {
            Issue.record("no County list after Massachusetts")
            return
        }
        #expect(source.options(in: context()).count == 14)
        w.pick("state", "NH")
        #expect(!w.page.visibleFields(in: context()).contains { $0.id == "county" })
        #expect(w.view.items.contains { if case .paragraph(let text, _) = $0 { text.contains("no list for this state") } else { false } })
        #expect(w.page.problems(in: context()).allSatisfy { $0.0 != "county" })
    }

    @Test func lawFirmAsksForTheFederalTaxID() {
        var w = RegisterWalk.filledForm()
        w.pick("userType", "Law Firm")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.form)
        #expect(w.state.errors["federalTaxID"] == "Federal Tax ID is required.")
        w.fill("federalTaxID", "12-3456789")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.security)
    }

    @Test func backKeepsEveryValueAcrossTheJourney() {
        var w = RegisterWalk.filledSecurity()
        let before = w.state.values
        w.press(.escape, .escape)
        #expect(w.state.page == RegisterPages.accountKinds)
        w.tab(to: .field("register.start"))
        w.press(.enter, .control("n"))
        #expect(w.state.page == RegisterPages.security)
        #expect(w.state.values == before)
    }

    @Test func theSecondSecurityQuestionMustDiffer() {
        var w = RegisterWalk.filledSecurity()
        w.pick("securityQuestion2", "What was the name of your first pet?")
        w.press(.control("n"))
        #expect(w.state.errors["securityQuestion2"] == "Security Question 2 must be different from Security Question 1.")
    }

    @Test func secretsAreNeverShownInClear() {
        var w = RegisterWalk.filledSecurity()
        #expect(!w.frame.text.contains("Practice-2021"))
        w.tab(to: .field("password"))
        #expect(!w.frame.text.contains("Practice-2021"))
        #expect(w.frame.text.contains("•••••••••••••"))
        w.press(.control("n"))
        w.fill("cardNumber", "4111111111111111")
        #expect(!w.frame.text.contains("4111111111111111"))
        w.press(.tab)
        #expect(w.frame.text.contains("•••• 1111"), "the last four digits show once the field is left")
        #expect(!w.frame.text.contains("411111"))
    }

    @Test func aRealLookingCardIsRefusedAsARehearsal() {
        var w = RegisterWalk.filledSecurity()
        w.press(.control("n"))
        w.fill("cardholderName", "José Yamada")
        w.fill("cardNumber", "4000 0566 5566 5556")
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.payment)
        #expect(w.state.errors["cardNumber"]?.contains("rehearsal") == true)
        #expect(w.state.errors["cardExpiry"] != nil, "once a card is started, its other fields are needed")
        #expect(w.state.errors["cardAuthorization"] != nil)
    }

    @Test func aTestCardGivesInstantAccess() {
        var w = RegisterWalk.filledSecurity()
        w.press(.control("n"))
        w.fill("cardholderName", "José Yamada")
        w.fill("cardNumber", "4111 1111 1111 1111")
        w.fill("cardExpiry", "08/24")
        w.fill("cardSecurityCode", "123")
        w.fill("billingZip", "02210")
        w.tab(to: .field("cardAuthorization"))
        w.press(.character(" "))
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.policies, "payment errors: \(w.state.errors)")
        RegisterWalk.acknowledge(&w)
        w.press(.control("n"))
        #expect(w.frame.text.contains("case search works now"))
    }

    @Test func afterGoLiveTheCreatedPageSaysLinkNow() {
        var w = Wizard(journey: journey, size: .standard, today: CivilDate(year: 2021, month: 10, day: 4)!, seed: 1)
        w.state.history = [RegisterPages.policies]
        w.state.page = RegisterPages.created
        #expect(w.view.items.contains { $0 == .paragraph(
            "The court moved to NextGen on Monday, September 20, 2021: link the accounts now in CM/ECF, under Utilities, \"Link a CM/ECF account to my PACER account\".", .normal) })
    }

    @Test func aTextOnlyPageScrollsWithTabBeforeTheFocusMoves() {
        var w = RegisterWalk.filledSecurity()
        w.press(.control("n"), .control("n"))
        RegisterWalk.acknowledge(&w)
        w.press(.control("n"))
        #expect(w.state.page == RegisterPages.created)
        #expect(w.state.focus == .nextButton)
        #expect(!w.frame.text.contains("Questions about the account"))
        w.press(.tab)
        #expect(w.state.focus == .nextButton)
        #expect(w.frame.text.contains("Questions about the account"))
        w.press(.tab)
        #expect(w.state.focus == .backButton)
        w.press(.up)
        #expect(w.state.focus == .nextButton)
    }
}
