import ArgumentParser
import Screens
import WizardEngine

extension ReportFormat: ExpressibleByArgument {}

/// `pacer-prep report DIR`: what a clinic's folder of transcripts says, per person and per step.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on a folder of transcripts (a clinic): per person and per step, as a table, Markdown, CSV, JSON or xAPI statements.")

    @Argument(help: "The folder of transcripts (*.jsonl).")
    var folder: String

    @Option(name: .customLong("format"), help: "table (with bar charts), markdown, csv, json or xapi (cmi5-style statements for a learning record store).")
    var format: ReportFormat = .table

    @Option(name: .customLong("activity-base"), help: ArgumentHelp("xapi: the IRI the activities are named under.", valueName: "iri"))
    var activityBase = XAPIStatements().activityBase

    @Option(name: .customLong("home-page"), help: ArgumentHelp("xapi: the home page of the people's accounts.", valueName: "url"))
    var homePage = XAPIStatements().homePage

    func run() throws {
        let names: [String]
        do {
            names = try TranscriptFolder.files(folder)
        } catch {
            StandardError.write("pacer-prep: \(error)\n")
            throw ExitCode(ExitStatus.badUsage)
        }
        var files: [(name: String, text: String)] = []
        var unreadable: [ClinicReport.Skipped] = []
        for name in names {
            do {
                files.append((name, try TextFile.read(TranscriptFolder.join(folder, name))))
            } catch {
                unreadable.append(.init(file: name, problem: "\(error)"))
            }
        }
        var report = ClinicReport(files: files, catalog: Journeys.catalog)
        report.skipped += unreadable
        for skipped in report.skipped where format != .table && format != .markdown {
            StandardError.write("pacer-prep: skipped \(skipped.file): \(skipped.problem)\n")
        }
        let text = switch format {
        case .table: ReportTable.render(report)
        case .markdown: ReportMarkdown.render(report)
        case .csv: ReportCSV.render(report)
        case .json: ReportJSON.render(report)
        case .xapi: XAPIStatements(activityBase: activityBase, homePage: homePage).render(report)
        }
        print(text, terminator: "")
    }
}
