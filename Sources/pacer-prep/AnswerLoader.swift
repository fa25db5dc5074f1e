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
        let directory = FieldDirectory(catalog: Journeys.catalog)
        return try DataFileLoader.load(path) { AnswerFile.parse($0, path: $1, directory: directory) }
    }
}
