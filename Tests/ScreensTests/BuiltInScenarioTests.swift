import Foundation
import Testing
import WizardEngine
@testable import Screens

/// The built-in scenarios: they parse, they fit the journeys, and each expert path, played
/// through the same events a front end sends, reaches the scenario's outcome.
@Suite struct BuiltInScenarioTests {
    static let ids = BuiltInScenarios.all.map(\.id)
    static let firstOfSeptember = CivilDate(year: 2021, month: 9, day: 1)!

    /// A fresh wizard on the scenario's journey, in the scenario's starting world.
    static func wizard(for scenario: Scenario) -> Wizard {
        let base = SampleWorld.world(today: firstOfSeptember, seed: 7)
        return Wizard(catalog: Journeys.catalog, start: scenario.journey, size: .standard,
                      world: scenario.startingWorld(from: base))
    }

    /// Plays the scenario's expert path on a fresh wizard; records a failure with its line.
    static func played(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) -> (Wizard, [Effect])? {
        guard let scenario = BuiltInScenarios.named(id) else {
            Issue.record("no built-in scenario \(id)", sourceLocation: sourceLocation)
            return nil
        }
        var wizard = wizard(for: scenario)
        switch ExpertPlayer.play(scenario, on: &wizard) {
        case .success(let effects):
            return (wizard, effects)
        case .failure(let failure):
            Issue.record("built-in:\(id):\(failure.line): \(failure.message)", sourceLocation: sourceLocation)
            return nil
        }
    }

    static func account(_ w: Wizard, number: String) -> PACERAccount? {
        w.state.world.accountIndex(number: number).map { w.state.world.accounts[$0] }
    }

    // MARK: The set

    @Test func thereAreAtLeastTwelveWithUniqueKebabCaseIds() {
        #expect(BuiltInScenarios.all.count >= 12)
        #expect(Set(Self.ids).count == Self.ids.count, "ids are unique")
        for id in Self.ids {
            let kebab = !id.isEmpty && id.first != "-" && id.last != "-" && !id.contains("--")
                && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
            #expect(kebab, "\(id) is kebab-case")
        }
        #expect(BuiltInScenarios.sources.map(\.id) == Self.ids, "each text is listed under its own id")
    }

    @Test func theyAreFoundByIdAndUnknownIdsAreNot() {
        #expect(BuiltInScenarios.named("legacy-upgrade")?.journey == UpgradeJourney.id)
        #expect(BuiltInScenarios.named("no-such-scenario") == nil)
        #expect(BuiltInScenarios.text(of: "shared-account")?.contains("id = shared-account") == true)
    }

    @Test func everyJourneyOfTheNoticeHasAScenario() {
        let journeys = Set(BuiltInScenarios.all.map(\.journey))
        #expect(journeys == Set(Journeys.all.map(\.id)))
    }

    @Test(arguments: ids)
    func everyScenarioIsComplete(_ id: String) throws {
        let scenario = try #require(BuiltInScenarios.named(id))
        #expect(!scenario.title.isEmpty)
        #expect((2...3).contains(scenario.persona.count), "a persona is a name and one or two lines of details")
        #expect(!scenario.taskCard.isEmpty)
        #expect(!scenario.expertPath.isEmpty)
        #expect(scenario.passMark.map { (0...100).contains($0) } ?? true)
        for step in scenario.expertPath {
            // A caption is one sentence that says what to do.
            #expect(step.caption.hasSuffix("."), "built-in:\(id):\(step.line): a caption ends with a full stop")
            #expect(!step.caption.dropLast().contains(". "), "built-in:\(id):\(step.line): a caption is one sentence")
        }
    }

    // MARK: Fit with the journeys

    @Test(arguments: ids)
    func everyStepFitsItsPage(_ id: String) throws {
        let scenario = try #require(BuiltInScenarios.named(id))
        let catalog = Journeys.catalog
        #expect(catalog.journey(scenario.journey) != nil, "journey \(scenario.journey) exists")
        for step in scenario.expertPath {
            let place = "built-in:\(id):\(step.line)"
            guard catalog.hasPage(step.page) else {
                Issue.record("\(place): no page \(step.page)")
                continue
            }
            let page = catalog.page(step.page)
            for (field, _) in step.answers {
                #expect(page.field(field)?.holdsValue == true, "\(place): \(field) is a field of \(step.page)")
            }
            switch step.action {
            case .press(let target):
                let kind = page.field(target)?.kind
                let pressable = switch kind {
                case .some(.link), .some(.button): true
                default: false
                }
                #expect(pressable, "\(place): \(target) is a link or button of \(step.page)")
            case .menu(let title):
                #expect(page.menuBar.items.contains { $0.title == title }, "\(place): \(step.page)'s menu bar has \(title)")
            case .next:
                #expect(page.hasNextButton, "\(place): \(step.page) has a Next button")
            case .none:
                break
            }
        }
        if case .reached(let target) = scenario.outcome {
            #expect(catalog.hasPage(target), "the outcome's page \(target) exists")
        }
        for fault in scenario.faults {
            if let page = fault.page { #expect(catalog.hasPage(page), "the fault's page \(page) exists") }
        }
    }

    @Test(arguments: ids)
    func addedAccountsAreNewToThePracticeWorld(_ id: String) throws {
        let scenario = try #require(BuiltInScenarios.named(id))
        for account in scenario.world?.accounts ?? [] {
            #expect(!SampleWorld.accounts.contains { $0.number == account.number }, "\(account.number) is a new number")
            #expect(!SampleWorld.accounts.contains { $0.username.lowercased() == account.username.lowercased() },
                    "\(account.username) is a new username")
        }
        for cmecf in scenario.world?.cmecfAccounts ?? [] {
            #expect(!SampleWorld.cmecfAccounts.contains { $0.username == cmecf.username }, "\(cmecf.username) is new")
        }
    }

    // MARK: The expert paths

    @Test(arguments: ids)
    func theExpertPathMeetsTheOutcome(_ id: String) throws {
        let scenario = try #require(BuiltInScenarios.named(id))
        var wizard = Self.wizard(for: scenario)
        switch ExpertPlayer.play(scenario, on: &wizard) {
        case .failure(let failure):
            Issue.record("built-in:\(id):\(failure.line): \(failure.message)")
        case .success(let effects):
            #expect(scenario.outcome.isMet(by: wizard.state), "\(id) ends on \(wizard.state.page)")
            if scenario.outcome == .journeyCompleted {
                #expect(effects.contains(.quit(.completed)))
            } else {
                #expect(!wizard.state.isFinished, "a reach outcome stops before the journey's end")
            }
        }
    }

    @Test func theTestCardMakesASearchableAccount() throws {
        let (w, _) = try #require(Self.played("attorney-test-card"))
        let account = try #require(w.state.world.lastCreated.flatMap { Self.account(w, number: $0) })
        #expect(account.username == "ncastellano")
        #expect(account.userType == "Attorney")
        #expect(account.caseSearch == .active)
    }

    @Test func withoutACardTheAccountWaitsForTheLetter() throws {
        let (w, _) = try #require(Self.played("pro-se-no-card"))
        let account = try #require(w.state.world.lastCreated.flatMap { Self.account(w, number: $0) })
        #expect(account.caseSearch == .awaitingActivation)
        #expect(account.userType == "Individual")
        let window = MailWindow.activationLetter(registeredOn: Self.firstOfSeptember)
        #expect(window.earliest == CivilDate(year: 2021, month: 9, day: 13), "Labor Day is not a business day")
        #expect(window.latest == CivilDate(year: 2021, month: 9, day: 16))
    }

    @Test func theGovernmentAttorneyHasAGovernmentUserType() throws {
        let (w, _) = try #require(Self.played("government-attorney"))
        let account = try #require(w.state.world.lastCreated.flatMap { Self.account(w, number: $0) })
        #expect(account.userType == "Federal Government Agency", "the label Federal Agency is stored as its value")
    }

    @Test func theLawFirmGaveItsTaxID() throws {
        let (w, _) = try #require(Self.played("law-firm-tax-id"))
        #expect(w.state.value("userType") == "Law Firm")
        #expect(w.state.value("federalTaxID") == "04-3198765")
    }

    @Test func theDuplicateLeadsToTheUpgradeWithoutASecondAccount() throws {
        let (w, _) = try #require(Self.played("duplicate-account"))
        #expect(w.state.page == "upgrade.home")
        #expect(w.state.visited.contains("register.duplicate"))
        #expect(w.state.world.lastCreated == nil, "no second account was made")
    }

    @Test func theLegacyAccountIsUpgradedAndItsOldLoginRetired() throws {
        let (w, _) = try #require(Self.played("legacy-upgrade"))
        let account = try #require(Self.account(w, number: "2718281"))
        #expect(account.kind == .upgraded)
        #expect(account.username == "laurapham.law")
        #expect(w.state.world.accountIndex(username: "lp1234") == nil)
    }

    @Test func theUpgradedAccountIsLeftAsItWas() throws {
        let (w, _) = try #require(Self.played("already-upgraded"))
        #expect(Self.account(w, number: "1618033") == SampleWorld.upgradedAttorney)
    }

    @Test func theLockedAccountStaysLockedAndIsNotTriedAgain() throws {
        let (w, _) = try #require(Self.played("locked-out"))
        let account = try #require(Self.account(w, number: "2236067"))
        #expect(account.isLocked)
        #expect(w.state.world.signedIn == nil)
        #expect(World.lockoutThreshold == 5, "the captions say five failed logins")
        #expect(BuiltInScenarios.named("locked-out")?.faults == [Fault(kind: .lockout, page: "upgrade.login")])
    }

    @Test func linkingAfterGoLiveLinksTheOldAccount() throws {
        let (w, _) = try #require(Self.played("link-after-go-live"))
        #expect(w.state.world.today == CivilDate(year: 2021, month: 9, day: 27))
        #expect(Self.account(w, number: "1618033")?.linkedCMECF["mad"] == "mkowalski")
    }

    @Test func beforeGoLiveNothingIsLinked() throws {
        let (w, _) = try #require(Self.played("link-before-go-live"))
        #expect(!w.state.world.isAfterGoLive)
        #expect(w.view.items.contains { item in
            if case .paragraph(let text, _) = item { text.hasPrefix("Too early") } else { false }
        }, "the login page says when linking opens")
        #expect(Self.account(w, number: "1259921")?.linkedCMECF.isEmpty == true)
    }

    @Test func aForgottenCMECFPasswordStopsWhereThePageSaysWhoResetsIt() throws {
        let (w, _) = try #require(Self.played("forgotten-cmecf-password"))
        #expect(w.state.page == "link.oldLogin")
        #expect(w.frame.text.contains("PACER cannot reset it"))
        #expect(w.state.world.cmecfAccounts.allSatisfy { $0.username != "gmoreau" || $0.linkedTo == nil })
    }

    @Test func theFirmInvitesTheMember() throws {
        let (w, _) = try #require(Self.played("paa-add-member"))
        #expect(Self.account(w, number: "1618033")?.pendingPAAInvitations == ["1732050"])
    }

    @Test func aSharedAccountLeadsToRegistration() throws {
        let (w, _) = try #require(Self.played("shared-account"))
        #expect(w.state.journey == RegisterJourney.id)
        #expect(w.state.page == "register.home")
    }

    // MARK: The example file

    static let examplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Screens/Examples/attorney-test-card.scenario").path

    @Test func theExampleFileIsTheBuiltInScenario() throws {
        let text = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        let builtIn = try #require(BuiltInScenarios.text(of: "attorney-test-card"))
        #expect(text == builtIn + "\n", "the example file has the built-in's text")
        let parsed = try ScenarioFile.parse(text, path: "attorney-test-card.scenario").get()
        #expect(parsed == BuiltInScenarios.named("attorney-test-card"))
    }
}

/// Scenario files with mistakes: every problem is reported at once, as `file:line: message`.
@Suite struct BuiltInScenarioParseTests {
    func problems(_ text: String) -> [String] {
        switch ScenarioFile.parse(text, path: "t.scenario") {
        case .success: ["(parsed)"]
        case .failure(let problems): problems.all.map(\.description)
        }
    }

    static let valid = """
        [scenario]
        id = tiny
        title = Tiny
        journey = register
        [task]
        text = Open the PACER home page.
        [step]
        page = register.home
        caption = Press Next.
        """

    @Test func theSmallestScenarioParses() throws {
        let scenario = try ScenarioFile.parse(Self.valid, path: "t.scenario").get()
        #expect(scenario.id == "tiny")
        #expect(scenario.outcome == .journeyCompleted)
        #expect(scenario.effectivePassMark == 80)
        #expect(scenario.expertPath == [ScriptStep(page: "register.home", caption: "Press Next.", action: .next)])
        #expect(scenario.expertPath.first?.line == 7)
    }

    @Test func aMissingIdIsReportedAtTheHeader() {
        #expect(problems("""
            # no id
            [scenario]
            title = Tiny
            journey = register
            [task]
            text = Do it.
            [step]
            page = register.home
            """) == ["t.scenario:2: [scenario] needs \"id = …\""])
    }

    @Test func aFileWithoutAScenarioSectionIsReportedAsAWhole() {
        #expect(problems("""
            [task]
            text = Do it.
            """) == ["t.scenario: no [scenario] section: it needs id, title and journey"])
    }

    @Test func anUnknownSectionIsReported() {
        #expect(problems(Self.valid + "\n[steps]\npage = register.menu") == [
            "t.scenario:10: unknown section [steps]; expected [scenario], [persona], [task], [step], [fault], or a world section ([account], [cmecf], [court], [simulation])",
        ])
    }

    @Test func aBadActionIsReportedOnItsLine() {
        #expect(problems(Self.valid + """

            [step]
            page = register.menu
            action = click Register
            """) == ["t.scenario:12: action is next, none, press FIELD-ID or menu ITEM TITLE"])
    }

    @Test func aBadDateIsReportedOnItsLine() {
        #expect(problems("""
            [scenario]
            id = tiny
            title = Tiny
            journey = register
            today = 2021-02-30
            [task]
            text = Do it.
            [step]
            page = register.home
            """) == ["t.scenario:5: today must be a real date written YYYY-MM-DD, e.g. 2021-09-01"])
    }

    @Test(arguments: ["120", "eighty", "-5", ""])
    func aBadPassMarkIsReportedOnItsLine(_ mark: String) {
        #expect(problems("""
            [scenario]
            id = tiny
            title = Tiny
            journey = register
            pass-mark = \(mark)
            [task]
            text = Do it.
            [step]
            page = register.home
            """) == ["t.scenario:5: pass-mark is a whole number from 0 to 100"])
    }

    @Test func aStepWithNoPageIsReportedAtItsHeader() {
        #expect(problems(Self.valid + """

            [step]
            caption = Choose Register for an Account.
            action = menu Register for an Account
            """) == ["t.scenario:10: [step] needs \"page = …\", the page id it happens on"])
    }

    @Test func everyProblemIsReportedAtOnceInLineOrder() {
        #expect(problems("""
            [scenario]
            id = messy
            journey = register
            outcome = finished
            colour = blue
            [persona]
            name = Someone
            [step]
            caption = No page here.
            [fault]
            kind = power-cut
            [account]
            number = 12
            username = someone99
            password = Secret-99
            first-name = Some
            last-name = One
            created = 2016-01-01
            """) == [
                "t.scenario:1: [scenario] needs \"title = …\"",
                "t.scenario:1: a scenario needs a [task] with at least one text = … line",
                "t.scenario:1: a scenario needs its expert path: one [step] per page",
                "t.scenario:4: outcome is \"completed\" or \"reach PAGE-ID\"",
                "t.scenario:5: unknown key \"colour\" in [scenario]; it takes id, title, journey, today, world, pass-mark, outcome",
                "t.scenario:7: [persona] takes line = … lines only",
                "t.scenario:8: [step] needs \"page = …\", the page id it happens on",
                "t.scenario:11: [fault] needs kind = one of payment-decline, duplicate-account, lockout, maintenance, idle-timeout",
                "t.scenario:13: an account number is 7 digits, e.g. 2718281",
            ])
    }

    @Test func worldSectionsAreAddedToThePracticeWorld() throws {
        let scenario = try ScenarioFile.parse(Self.valid + """

            [account]
            number = 7777777
            username = someone99
            password = Secret-99
            first-name = Some
            last-name = One
            created = 2016-01-01
            locked = yes
            """, path: "t.scenario").get()
        let world = scenario.startingWorld(from: SampleWorld.world(today: BuiltInScenarioTests.firstOfSeptember, seed: 7))
        #expect(world.accounts.count == SampleWorld.accounts.count + 1)
        #expect(world.accounts.last?.isLocked == true)
    }
}
