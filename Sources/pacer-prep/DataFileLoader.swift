import ArgumentParser
import WizardEngine

/// Reads a file a person wrote (world, court, answer or scenario file) and parses it; a file that
/// cannot be read, or any problem in it, is said on standard error (every problem as
/// `file:line: message`) and the run ends with status 2 before anything else happens.
enum DataFileLoader {
    static func load<Value>(_ path: String, parse: (_ text: String, _ path: String) -> Result<Value, DataFileProblems>) throws -> Value {
        let text: String
        do {
            text = try TextFile.read(path)
        } catch {
            StandardError.write("pacer-prep: \(error)\n")
            throw ExitCode(ExitStatus.badUsage)
        }
        switch parse(text, path) {
        case .success(let value):
            return value
        case .failure(let problems):
            StandardError.write(problems.all.map { "pacer-prep: \($0)\n" }.joined())
            throw ExitCode(ExitStatus.badUsage)
        }
    }
}
