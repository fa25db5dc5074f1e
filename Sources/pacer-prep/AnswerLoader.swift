import ArgumentParser
import Screens
import WizardEngine
import WizardPlain

/// Reads and checks `--answers FILE` before anything else happens: every problem is reported
/// at once as `file:line: message` and the run ends with status 2, before a world file is read
/// or the terminal is touched.
struct AnswerLoader {
    let options: RunOptions

    func answers() throws -> AnswerSheet {
        guard let path = options.answers else { return .none }
        let text: String
        do {
            text = try TextFile.read(path)
        } catch {
            StandardError.write("pacer-prep: \(error)\n")
            throw ExitCode(ExitStatus.badUsage)
        }
        switch AnswerFile.parse(text, path: path, directory: FieldDirectory(catalog: Journeys.catalog)) {
        case .success(let answers):
            return answers
        case .failure(let problems):
            StandardError.write(problems.all.map { "pacer-prep: \($0)\n" }.joined())
            throw ExitCode(ExitStatus.badUsage)
        }
    }
}
