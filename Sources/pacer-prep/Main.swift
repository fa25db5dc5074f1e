import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Parses the command line by hand so that a bad flag gives one line and exit status 2 (the
/// library's default is a usage screen and 64).
@main
enum Main {
    static func main() {
        do {
            var command = try PacerPrep.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Glibc.exit(exit.rawValue)
        } catch {
            if PacerPrep.exitCode(for: error) == .success {
                print(PacerPrep.fullMessage(for: error))
                Glibc.exit(ExitStatus.completed)
            }
            let message = PacerPrep.message(for: error)
                .split(separator: "\n").first.map(String.init) ?? "bad usage"
            StandardError.write("pacer-prep: \(message) (see pacer-prep --help)\n")
            Glibc.exit(ExitStatus.badUsage)
        }
    }
}
