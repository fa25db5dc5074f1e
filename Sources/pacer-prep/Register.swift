import ArgumentParser
import Screens

/// `pacer-prep register`: journey R, the nine steps of registering a PACER account.
struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Register a PACER account (journey R, steps 1 to 9 of the court notice)."
    )

    @OptionGroup var options: RunOptions

    func run() throws {
        throw ExitCode(WizardRunner(journey: RegisterJourney.journey, options: options).run())
    }
}
