import Screens
import Testing
import WizardEngine
@testable import WizardPlain

/// Batch runs in-process: every journey walked with answers and no questions, and the exact
/// report when answers are missing or refused.
@Suite("Batch runs")
struct BatchRunTests {
    static func run(_ journey: JourneyID, _ text: String, today: CivilDate = PlainFixture.today) throws -> (BatchRun.Result, Wizard) {
        var batch = BatchRun(wizard: PlainFixture.wizard(journey, today: today), answers: try PlainFixture.answers(text))
        let result = batch.run()
        return (result, batch.wizard)
    }

    static func report(_ result: BatchRun.Result) -> [String] {
        if case .incomplete(let report) = result { return report.lines }
        return ["completed"]
    }

    @Test("journey R with the README's example completes and creates the account")
    func register() throws {
        let (result, wizard) = try Self.run(RegisterJourney.id, try PlainFixture.exampleAnswers())
        #expect(Self.report(result) == ["completed"])
        let world = wizard.state.world
        let account = world.lastCreated.flatMap(world.accountIndex(number:)).map { world.accounts[$0] }
        #expect(account?.username == "jose.yamada")
        #expect(account?.password == "Practice#2021")
    }

    @Test("the start page leads to the journey the answers choose")
    func start() throws {
        let example = try PlainFixture.exampleAnswers().replacingOccurrences(of: "[register]", with: "")
        let (result, wizard) = try Self.run(StartJourney.id, "start.ownAccount = No\n" + example)
        #expect(Self.report(result) == ["completed"])
        #expect(wizard.state.journey == RegisterJourney.id)
    }

    @Test("missing and invalid answers are listed with the engine's sentences, later pages too")
    func incompleteForm() throws {
        let example = try PlainFixture.exampleAnswers()
        let text = example
            .replacingOccurrences(of: "lastName = Yamada\n", with: "")
            .replacingOccurrences(of: "zip = 02210", with: "zip = 0221")
            .replacingOccurrences(of: "confirmPassword = \"Practice#2021\"\n", with: "")
        let (result, _) = try Self.run(RegisterJourney.id, text)
        #expect(Self.report(result) == [
            "batch run incomplete: stopped on step 4 of 9 (PACER Registration: Account Information): 2 problems on this page: see the marked fields.",
            "  lastName: Last Name is required.",
            "  zip: Zip/Postal Code must be a U.S. ZIP code: 5 digits, or 5+4 like 02210-3002.",
            "  confirmPassword (step 5): Confirm Password is required.",
        ])
    }

    @Test("a page left only by links names the value that chooses it")
    func missingChoice() throws {
        let (result, _) = try Self.run(RegisterJourney.id, "firstName = Jose\n")
        #expect(Self.report(result) == [
            "batch run incomplete: stopped on step 3 of 9 (Register for an Account): Choose Attorney Filers or Non-attorney Filers, then \"Register for a PACER account\".",
            "  accountKind: missing: answer one of search, attorney, nonAttorney, paa",
        ])
        let (chosen, _) = try Self.run(RegisterJourney.id, "accountKind = search\n")
        #expect(Self.report(chosen).last == "  accountKind: \"search\" does not lead on from this page; answer one of search, attorney, nonAttorney, paa")
    }

    static let upgrade = """
        [upgrade]
        upgrade.login.username = lp1234
        upgrade.login.password = sunny2012
        upgrade.dateOfBirth = 06/02/1975
        upgrade.county = Suffolk
        upgrade.username = laurapham2021
        upgrade.password = Practice-2021
        upgrade.confirmPassword = Practice-2021
        upgrade.securityQuestion1 = 1
        upgrade.securityAnswer1 = Rex
        upgrade.securityQuestion2 = In what city were you born?
        upgrade.securityAnswer2 = Lowell
        """

    @Test("journey U: the upgrade, then Log Out, then Finish")
    func upgradeJourney() throws {
        let text = Self.upgrade.replacingOccurrences(of: "upgrade.securityQuestion1 = 1", with: "upgrade.securityQuestion1 = What was the name of your first pet?")
        let (result, wizard) = try Self.run(UpgradeJourney.id, text)
        #expect(Self.report(result) == ["completed"])
        #expect(wizard.state.world.accounts.first { $0.number == "2718281" }?.kind == .upgraded)
    }

    @Test("a refused login stops with the back end's sentence and names the page's answers")
    func refusedLogin() throws {
        let (result, _) = try Self.run(UpgradeJourney.id, """
            upgrade.login.username = lp1234
            upgrade.login.password = wrong-Pass1
            """)
        #expect(Self.report(result) == [
            "batch run incomplete: stopped on step 2 of 6 (Manage My Account Login): Invalid username or password (1 of 5 attempts; then the account locks, a simulated rule).",
            "  the answers given on this page: upgrade.login.username, upgrade.login.password, upgrade.login.clientCode",
        ])
    }

    @Test("an answer for an account-filled field is kept over the account's value")
    func answerOverAccount() throws {
        let text = Self.upgrade.replacingOccurrences(of: "upgrade.securityQuestion1 = 1", with: "upgrade.securityQuestion1 = What was the name of your first pet?")
            + "\nupgrade.email = laura.pham@example.org\n"
        let (result, wizard) = try Self.run(UpgradeJourney.id, text)
        #expect(Self.report(result) == ["completed"])
        #expect(wizard.state.world.accounts.first { $0.number == "2718281" }?.email == "laura.pham@example.org")
    }

    static let link = """
        [link]
        link.login.username = mkowalski21
        link.login.password = Upgraded-2019
        link.redaction.understood = yes
        link.old.username = mkowalski
        link.old.password = Filer-2018
        """

    @Test("journey L after go-live: login, Utilities, the old login, linked")
    func linkJourney() throws {
        let (result, wizard) = try Self.run(LinkJourney.id, Self.link, today: PlainFixture.afterGoLive)
        #expect(Self.report(result) == ["completed"])
        #expect(wizard.state.page == "link.done")
    }

    @Test("journey L before go-live stops on the login with the date")
    func linkTooEarly() throws {
        let (result, _) = try Self.run(LinkJourney.id, Self.link)
        #expect(Self.report(result).first == "batch run incomplete: stopped on step 1 of 5 (NextGen CM/ECF Login): NextGen CM/ECF opens at this court on Monday, September 20, 2021; until then, log in to the current CM/ECF.")
    }

    @Test("journey P: a link named in the file is followed (log in to the existing PAA), then a member added")
    func paaJourney() throws {
        let (result, wizard) = try Self.run(PAAJourney.id, """
            [paa]
            paa.about.login = yes
            paa.login.username = harborlegal
            paa.login.password = Harbor-PAA1
            paa.add.accountNumber = 1618033
            paa.add.lastName = Kowalski
            paa.add.acknowledge = yes
            """)
        #expect(Self.report(result) == ["completed"], "\(wizard.state.page)")
        #expect(wizard.state.visited.contains("paa.login"))
        #expect(!wizard.state.visited.contains("paa.register"))
    }
}
