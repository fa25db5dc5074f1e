import Testing
import WizardEngine
import WizardPlain
@testable import Screens

/// The README lists every answerable field id (issue 4): this keeps the list and the pages from
/// drifting apart.
@Suite struct ReadmeFieldIdsTests {
    @Test func theReadmeListsEveryAnswerableId() throws {
        var folder = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        while !folder.isEmpty, folder.last != "Tests" { folder = folder.dropLast() }
        let readme = try TextFileForTests.read((folder.dropLast() + ["README.md"]).joined(separator: "/"))
        let missing = PlainFixture.directory.entries.map(\.id.rawValue).filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "README.md does not list: \(missing)")
    }
}
