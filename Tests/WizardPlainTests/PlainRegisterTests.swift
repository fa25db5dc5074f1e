import Screens
import Testing
import WizardEngine
@testable import WizardPlain

/// Journey R typed at plain mode's prompts, in-process: the whole journey, going back, a wrong
/// value corrected, a password that never appears, and messages that are the engine's own.
@Suite("Plain mode: journey R at the prompts")
struct PlainRegisterTests {
    static let password = "Practice-2021"
    static let dateOfBirth = "04/17/1980"

    /// Every line a person types for the whole journey, page by page.
    static let lines: [String] = [
        // 1: read, Next.
        "",
        // 2: Find a Case first (it explains itself), then Register for an Account.
        "2", "4",
        // 3: Attorney Filers, then the link that appears.
        "2", "5",
        // 4: the form. `<` at Generation/Suffix goes back to Last Name, kept with Enter.
        "", "José", "", "山田", "<", "", "", dateOfBirth, "", "", "1 Courthouse Way", "", "Boston",
        "mass", "Suffolk", "0221", "02210", "", "617-555-0142", "", "", "jose@example.com", "jose@example.com",
        "Attorney", "n", "y", "",
        // 5: security.
        "jose.yamada", password, password, "1", "Rex", "2", "Lowell", "",
        // 6: no card: six fields left empty, Next.
        "", "", "", "", "", "", "",
        // 7: acknowledge, Submit.
        "y", "",
        // 8 and 9.
        "", "",
    ]

    @Test("the whole journey completes, step by step, with the account created")
    func wholeJourney() {
        let run = PlainFixture.run(RegisterJourney.id, Self.lines)
        #expect(run.outcome == .completed, "\(run.output)")
        #expect(run.input.unread == 0)
        var rest = Substring(run.output)
        for (index, title) in RegisterJourney.steps.enumerated() {
            let header = "Step \(index + 1) of 9: \(title)\n"
            guard let found = rest.range(of: header) else {
                Issue.record("missing or out of order: \(header)")
                continue
            }
            rest = rest[found.upperBound...]
        }
        let world = run.frontEnd.wizard.state.world
        let created = world.lastCreated.flatMap(world.accountIndex(number:)).map { world.accounts[$0] }
        #expect(created?.username == "jose.yamada")
        #expect(run.output.contains("Account number: \(world.lastCreated ?? "?")"))
    }

    @Test("the password is read hidden and never printed; nor is the date of birth")
    func secretsStaySecret() {
        let run = PlainFixture.run(RegisterJourney.id, Self.lines)
        let passwordReads = run.input.reads.filter { $0.line == Self.password }
        #expect(passwordReads.count == 2)
        let allHidden = passwordReads.allSatisfy { $0.hidden }
        #expect(allHidden)
        #expect(!run.output.contains(Self.password))
        #expect(!run.output.contains(Self.dateOfBirth))
        #expect(run.output.contains("Password (required), now (empty): "))
        #expect(run.output.contains("Date of Birth (required; MM/DD/YYYY; cannot be changed later), now (empty): "))
    }

    @Test("no escape sequence, box drawing or cursor movement is printed")
    func plainText() {
        let run = PlainFixture.run(RegisterJourney.id, Self.lines)
        #expect(!run.output.unicodeScalars.contains("\u{1B}"))
        #expect(!run.output.contains("┌") && !run.output.contains("│"))
    }

    @Test("< goes back to the previous question, which shows the value typed")
    func goingBack() {
        let run = PlainFixture.run(RegisterJourney.id, Self.lines)
        let lastName = "Last Name (required), now \"山田\": "
        let suffix = "Generation/Suffix, now (empty): "
        #expect(run.output.contains(suffix + "\n" + lastName + "\n" + suffix), "\(run.output)")
    }

    @Test("a wrong ZIP code gets the engine's sentence, as typing it does, and is asked again")
    func wrongValueCorrected() {
        var keyed = PlainFixture.wizard(RegisterJourney.id)
        keyed.keysToRegistrationForm()
        keyed.tab(to: .field("zip"))
        keyed.type("0221")
        keyed.press(.tab)
        let message = try! #require(keyed.state.errors["zip"])
        let run = PlainFixture.run(RegisterJourney.id, Self.lines)
        #expect(run.output.contains("Error: \(message)\nZip/Postal Code (required), now \"0221\": "), "\(run.output)")
        #expect(run.frontEnd.wizard.state.errors["zip"] == nil)
    }

    @Test("Next on an empty form lists every problem, as Ctrl-N does, then asks those fields")
    func nextCollectsAllErrors() {
        var keyed = PlainFixture.wizard(RegisterJourney.id)
        keyed.keysToRegistrationForm()
        keyed.press(.control("n"))
        let page = keyed.page
        let expected = page.visibleFields(in: keyed.state.context).compactMap { keyed.state.errors[$0.id] }
        #expect(expected.count >= 8)
        let run = PlainFixture.run(RegisterJourney.id, ["", "4", "2", "5", "!next"])
        let printed = run.output.split(separator: "\n").filter { $0.hasPrefix("Error: ") }.map { String($0.dropFirst(7)) }
        #expect(printed == expected)
        #expect(run.output.contains(keyed.state.notice!.text))
        #expect(run.output.hasSuffix("First Name (required), now (empty): "), "asks the first field with a problem")
        #expect(run.outcome == .inputEnded)
    }

    @Test("? gives the field's help, its rule in words and the page's hint")
    func help() {
        let run = PlainFixture.run(RegisterJourney.id, ["", "4", "2", "5", "", "?"])
        #expect(run.output.contains("Help for First Name (required):\nYour given name as it appears on official records."))
        #expect(run.output.contains("Rule: \(RuleChecker.summary(.personName))."))
        #expect(run.output.contains("Hint: Required fields have a red *."))
        #expect(run.output.contains("Commands: Enter alone keeps the value"))
    }

    @Test("a long list takes the start of a name; an ambiguous start asks for more")
    func listByName() {
        let run = PlainFixture.run(RegisterJourney.id, ["", "4", "2", "5", "", "", "", "", "", "", "", "", "", "", "", "new", "new y"])
        #expect(run.output.contains("\"new\" fits 4 choices: New Hampshire, New Jersey, New Mexico, New York; type more of the name."))
        #expect(run.frontEnd.wizard.state.value("state") == "NY")
    }

    @Test("a menu page offers its items as numbered choices; Enter there says what to do")
    func menuPage() {
        let run = PlainFixture.run(RegisterJourney.id, ["", ""])
        #expect(run.output.contains("Choose one:\n  1. Home (menu bar)\n"))
        #expect(run.output.contains("  4. Register for an Account (menu bar)\n"))
        #expect(run.output.contains(RegisterJourneyTexts.chooseALink))
    }

    @Test("!quit asks the engine's question; n goes on, y quits")
    func quit() {
        let run = PlainFixture.run(RegisterJourney.id, ["!quit", "n", "!quit", "y"])
        #expect(run.outcome == .quit)
        #expect(run.output.contains("Quit the rehearsal?"))
        #expect(run.output.components(separatedBy: "Quit? y to quit, n to keep going: ").count == 3)
    }

    @Test("the input ending stops the run without a value being invented")
    func inputEnds() {
        let run = PlainFixture.run(RegisterJourney.id, [""])
        #expect(run.outcome == .inputEnded)
        #expect(run.frontEnd.wizard.state.page == "register.menu")
    }

    @Test("answers from a file are prefilled: Enter keeps each, and the journey completes")
    func prefilled() throws {
        let answers = try PlainFixture.answers(try PlainFixture.exampleAnswers())
        let enters = [String](repeating: "", count: 80)
        let run = PlainFixture.run(RegisterJourney.id, ["", "4", "5"] + enters, answers: answers)
        #expect(run.outcome == .completed, "\(run.output)")
        #expect(run.output.contains("First Name (required), now \"Jose\": "))
        #expect(run.output.contains("State (required), now \"Massachusetts\"; a number or a name: "))
        #expect(run.output.contains("Password (required), now (set): "))
        #expect(!run.output.contains("Practice#2021"))
    }
}

/// Sentences of journey R's pages that tests look for.
enum RegisterJourneyTexts {
    static let chooseALink = "Choose \"Register for an Account\" on the menu bar to go on."
}
