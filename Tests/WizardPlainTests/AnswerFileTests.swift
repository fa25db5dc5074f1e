import Screens
import Testing
import WizardEngine
@testable import WizardPlain

/// Answer files: the world files' conventions, every problem at once with file and line, values
/// checked against what each id takes, and never a value repeated in a message.
@Suite("Answer files")
struct AnswerFileTests {
    @Test("the README's example for journey R is read whole, lists stored by their values")
    func example() throws {
        let answers = try PlainFixture.answers(try PlainFixture.exampleAnswers())
        #expect(answers.values["accountKind"] == "attorney")
        #expect(answers.values["state"] == "MA")
        #expect(answers.values["userVerification"] == Field.checkedValue)
        #expect(answers.values["password"] == "Practice#2021", "quoted values keep #")
        #expect(answers.values["securityQuestion1"] == "What was the name of your first pet?")
        #expect(answers.links.isEmpty)
    }

    @Test("comments, blank lines, spaces, labels for list values, yes and no")
    func conventions() throws {
        let answers = try PlainFixture.answers("""
            # a comment
               firstName   =   Jose    # trailing comment
            middleName =
            state = massachusetts
            userType = Government Accounts › Federal Agency
            cjaPanel = no
            suffix = " Jr. "
            upgrade.manage.tab = maintenance
            link.utilities.efile = yes

            """)
        #expect(answers.values["firstName"] == "Jose")
        #expect(answers.values["middleName"] == "")
        #expect(answers.values["state"] == "MA")
        #expect(answers.values["userType"] == "Federal Government Agency")
        #expect(answers.values["cjaPanel"] == "")
        #expect(answers.values["suffix"] == " Jr. ")
        #expect(answers.values["upgrade.manage.tab"] == "Maintenance")
        #expect(answers.links == ["link.utilities.efile"])
    }

    @Test("a syntax error, an unknown id and a wrong type, each with file and line, all at once")
    func problems() {
        let problems = PlainFixture.problems("""
            [register]
            firstname = Jose
            state = Massachusets
            userVerification = maybe
            password Secret-123
            accountKind = lawyer
            """)
        #expect(problems == [
            "bad.answers:2: unknown field id \"firstname\" (did you mean firstName?); `pacer-prep fields` lists every journey's ids",
            "bad.answers:3: state: \"Massachusets\" is not one of the choices; `pacer-prep fields register` lists its 56 entries",
            "bad.answers:4: userVerification: User Verification is a check box: write yes or no",
            "bad.answers:5: expected id = value (a field id, =, then the value; `pacer-prep fields` lists the ids)",
            "bad.answers:6: accountKind: \"lawyer\" is not one of the choices: search, attorney, nonAttorney, paa",
        ])
        #expect(!problems.joined().contains("Secret-123"), "a malformed line is never repeated: it may hold a secret")
    }

    @Test("sections, repeats, quotes and lengths")
    func moreProblems() {
        let problems = PlainFixture.problems("""
            [upgrade]
            lastName = Yamada
            [nowhere]
            zip = 02210
            zip = 02211
            firstName = "unterminated
            middleName = "ok" trailing
            password = \(String(repeating: "x", count: 46))
            [register
            """)
        #expect(problems == [
            "bad.answers:2: lastName is a field of journey register, not of [upgrade]",
            "bad.answers:3: unknown journey [nowhere]; expected one of [start], [register], [upgrade], [link], [paa]",
            "bad.answers:5: zip is given twice (first on line 4)",
            "bad.answers:6: a value that starts with \" must end with \"",
            "bad.answers:7: only a # comment may follow the closing \"",
            "bad.answers:8: password: Password takes at most 45 characters (this value has 46)",
            "bad.answers:9: a section header must end with ], e.g. [register]",
        ])
    }

    @Test("County is checked against the State given in the same file")
    func dependentList() {
        #expect(PlainFixture.problems("state = MA\ncounty = Suffolk\n").isEmpty)
        #expect(PlainFixture.problems("state = MA\ncounty = Travis\n") == [
            "bad.answers:2: county: \"Travis\" is not one of the choices for state MA: Barnstable, Berkshire, Bristol, Dukes, Essex, Franklin, Hampden, Hampshire, Middlesex, Nantucket, Norfolk, Plymouth, Suffolk, Worcester",
        ])
        #expect(PlainFixture.problems("state = TX\ncounty = Travis\n") == [
            "bad.answers:2: county: state TX has no County list in the practice version; leave county out",
        ])
    }

    @Test("a link takes yes or no")
    func links() {
        #expect(PlainFixture.problems("start.menuUpgrade = please\n") == [
            "bad.answers:1: start.menuUpgrade: U · Upgrade a legacy PACER account is a link or button: yes makes a batch run press it, no leaves it",
        ])
    }
}
