import Screens
import WizardEngine
import WizardPlain

/// Wizards and runs over the sample world on the notice's simulated day, as the executable
/// builds them.
enum PlainFixture {
    static let today = CivilDate(year: 2021, month: 9, day: 1)!
    static let afterGoLive = CivilDate(year: 2021, month: 9, day: 27)!

    static func wizard(_ journey: JourneyID, today: CivilDate = today) -> Wizard {
        Wizard(catalog: Journeys.catalog, start: journey, size: .standard,
               world: SampleWorld.world(today: today, seed: 42))
    }

    /// Runs plain mode on `lines` and gives what it printed.
    static func run(_ journey: JourneyID, _ lines: [String], answers: AnswerSheet = .none,
                    today: CivilDate = today) -> (outcome: PlainOutcome, output: String, input: ScriptedInput, frontEnd: PlainFrontEnd) {
        let input = ScriptedInput(lines)
        let output = RecordedOutput()
        let frontEnd = PlainFrontEnd(wizard: wizard(journey, today: today), answers: answers, input: input, output: output)
        let outcome = frontEnd.run()
        return (outcome, output.text, input, frontEnd)
    }

    static let directory = FieldDirectory(catalog: Journeys.catalog)

    /// An answer file's text, checked; fails loudly when it has problems.
    static func answers(_ text: String) throws -> AnswerSheet {
        try AnswerFile.parse(text, path: "test.answers", directory: directory).get()
    }

    /// The problems of an answer file's text, as printed.
    static func problems(_ text: String, path: String = "bad.answers") -> [String] {
        switch AnswerFile.parse(text, path: path, directory: directory) {
        case .success: return []
        case .failure(let problems): return problems.all.map(\.description)
        }
    }

    /// The example answer file the README shows, read from the package.
    static func exampleAnswers() throws -> String {
        var folder = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        while !folder.isEmpty, folder.last != "Tests" { folder = folder.dropLast() }
        let path = (folder.dropLast() + ["Screens", "Examples", "register.answers"]).joined(separator: "/")
        return try TextFileForTests.read(path)
    }
}
