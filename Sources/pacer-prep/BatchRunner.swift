import WizardEngine
import WizardPlain

/// Runs `--answers FILE --batch`: no questions, one line on success (status 0), or every
/// missing or refused answer on standard error (status 3). Values are never printed.
struct BatchRunner {
    let catalog: Catalog
    let start: JourneyID
    let world: World
    let options: RunOptions
    let answers: AnswerSheet

    func run() -> Int32 {
        var batch = BatchRun(wizard: Wizard(catalog: catalog, start: start, size: .standard, world: world), answers: answers)
        switch batch.run() {
        case .completed:
            return WizardRunner(catalog: catalog, start: start, world: world, options: options).finish(.completed, batch.wizard)
        case .incomplete(let report):
            // The first line names the program; the problems under it are indented.
            StandardError.write("pacer-prep: " + report.lines.map { $0 + "\n" }.joined())
            return ExitStatus.batchIncomplete
        }
    }
}
