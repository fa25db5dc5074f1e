import Foundation
import Testing
import WizardEngine
@testable import Screens

/// The world file format: the shipped example reads back as the built-in world, and every kind
/// of mistake is reported with its line.
@Suite struct WorldFileTests {
    static let examplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Screens/Examples/practice.world").path

    @Test func theExampleFileIsTheBuiltInWorld() throws {
        let text = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        let contents = try WorldFile.parse(text, path: "practice.world").get()
        #expect(contents.court == CourtProfile.massachusetts)
        #expect(contents.today == CivilDate(year: 2021, month: 9, day: 1))
        #expect(contents.accounts == SampleWorld.accounts)
        #expect(contents.cmecfAccounts == SampleWorld.cmecfAccounts)
    }

    func problems(_ text: String) -> [String] {
        switch WorldFile.parse(text, path: "w.world") {
        case .success: []
        case .failure(let problems): problems.all.map(\.description)
        }
    }

    @Test func mistakesAreReportedWithFileAndLine() {
        let found = problems("""
            [court]
            name = Test Court
            go-live = 2021-02-30
            [acount]
            [account]
            number = 12
            username = ab1234
            password = x
            first-name = A
            last-name = B
            created = 2016-01-01
            colour = blue
            just words
            """)
        #expect(found == [
            "w.world:3: go-live must be a real date written YYYY-MM-DD, e.g. 2021-09-20 (found \"2021-02-30\")",
            "w.world:4: unknown section [acount]; expected one of [court], [simulation], [account], [cmecf]",
            "w.world:6: an account number is 7 digits, e.g. 2718281",
            "w.world:7: an upgraded account's username has at least 8 characters",
            "w.world:12: unknown key \"colour\" in [account]; it takes number, username, password, first-name, last-name, created, date-of-birth, email, street, city, state, zip, user-type, kind, case-search, administrative, member-of, locked",
            "w.world:13: expected key = value",
        ])
    }

    @Test func missingKeysAndBrokenReferencesAreReported() {
        let found = problems("""
            [account]
            number = 1234567
            username = someone99
            password = Secret-99
            first-name = A
            last-name = B
            created = 2016-01-01
            member-of = 7654321
            [account]
            number = 1234567
            username = someone98
            [cmecf]
            username = x
            password = y
            name = Z
            linked-to = 9999999
            """)
        #expect(found.contains("w.world:1: member-of = 7654321 names no [account] with administrative = yes"))
        #expect(found.contains("w.world:9: [account] needs \"password = …\""))
        #expect(found.contains("w.world:12: linked-to = 9999999 names no [account] in this file"))
    }

    @Test func aLegacyAccountMustPredateTheCutoff() {
        let found = problems("""
            [account]
            number = 1234567
            username = ab1234
            password = x
            first-name = A
            last-name = B
            created = 2015-01-01
            kind = legacy
            """)
        #expect(found == ["w.world:8: a legacy account was created before 2014-08-11 (this one: 2015-01-01)"])
    }
}
