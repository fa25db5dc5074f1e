import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import WizardEngine

/// `pacer-prep replay TRANSCRIPT`: shows a recorded session again, screen by screen at the pace it
/// was recorded, so a help-desk lead can walk new staff through a good call (or, with `--cast`,
/// turn it into an asciicast). Without a terminal the entries are printed one a line instead,
/// which is what scripts and tests read. A cut-short transcript is replayed as far as it goes.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a transcript in the terminal (or as text lines when output is not a terminal, or as an asciicast with --cast).",
        discussion: "Secret and private values were never recorded: their fields show a masked placeholder. Pauses longer than 2 s are shortened to 2 s.")

    @Argument(help: ArgumentHelp("A transcript (*.jsonl) written by a session.", valueName: "transcript"))
    var transcript: String

    @Option(name: .customLong("speed"), help: "How many times faster than recorded, e.g. 4 or 0.5 (default 1).")
    var speed: Double = 1

    @Option(name: .customLong("cast"), help: ArgumentHelp("Write the replay as an asciicast v2 file (mode 0600) instead of drawing it.", valueName: "file"))
    var cast: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also when the NO_COLOR environment variable is set).")
    var noColor = false

    func validate() throws {
        guard speed.isFinite, speed > 0 else {
            throw ValidationError("--speed must be a number above 0, e.g. 4 or 0.5.")
        }
    }

    func run() throws {
        let text: String
        do {
            text = try TextFile.read(transcript)
        } catch {
            StandardError.write("pacer-prep: \(error)\n")
            throw ExitCode(ExitStatus.badUsage)
        }
        let parsed = Transcript.parse(text)
        let useColor = !noColor && (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
        if let cast {
            try record(parsed, to: cast, useColor: useColor)
        } else if isatty(1) == 1 {
            try draw(parsed, useColor: useColor)
        } else {
            var replay = TranscriptReplay(transcript: parsed, wizard: ReplayWizard.start(parsed, size: .standard))
            while let step = replay.next() { print(step.line) }
        }
        reportStop(parsed)
    }

    /// Draws every step on the alternate screen, paced; a signal ends it with the terminal restored.
    private func draw(_ parsed: Transcript, useColor: Bool) throws {
        let screen = ReplayScreen(useColor: useColor)
        var replay = TranscriptReplay(transcript: parsed, wizard: ReplayWizard.start(parsed, size: screen.size))
        var previous = parsed.lines.first?.milliseconds ?? 0
        var count = 0
        var interrupted: Int32?
        while interrupted == nil, let step = replay.next() {
            interrupted = screen.wait(milliseconds: TranscriptReplay.pause(from: previous, to: step.milliseconds, speed: speed))
            if interrupted != nil { break }
            screen.show(step.frame)
            previous = step.milliseconds
            count += 1
        }
        // The last screen stays up a moment, so the end of the call can be read.
        if interrupted == nil { interrupted = screen.wait(milliseconds: Int(1500 / speed)) }
        screen.end()
        if let interrupted { throw ExitCode(ExitStatus.signal(interrupted)) }
        print("pacer-prep: replayed \(count) entries (\(TranscriptReplay.seconds(previous))) of \(transcript).")
    }

    /// Writes the steps as an asciicast at the replay's pace (speed and capped pauses applied).
    private func record(_ parsed: Transcript, to path: String, useColor: Bool) throws {
        let file: CastFile
        do {
            file = try CastFile(path: path, title: "pacer-prep replay: \(transcript)", size: .standard, useColor: useColor)
        } catch {
            StandardError.write("pacer-prep: \(error)\n")
            throw ExitCode(ExitStatus.badUsage)
        }
        var replay = TranscriptReplay(transcript: parsed, wizard: ReplayWizard.start(parsed, size: .standard))
        var previous = parsed.lines.first?.milliseconds ?? 0
        var elapsed = 0
        var count = 0
        while let step = replay.next() {
            elapsed += TranscriptReplay.pause(from: previous, to: step.milliseconds, speed: speed)
            previous = step.milliseconds
            file.capture(step, atMilliseconds: elapsed)
            count += 1
        }
        print("pacer-prep: wrote \(count) entries (\(TranscriptReplay.seconds(elapsed))) to \(path).")
    }

    /// A transcript that could not be read to its end says where, after what was replayed.
    private func reportStop(_ parsed: Transcript) {
        guard let problem = parsed.problem else { return }
        let place = TranscriptReplay.stoppingLine(parsed).map { "\(transcript):\($0)" } ?? transcript
        StandardError.write("pacer-prep: replay stopped at \(place): \(problem)\n")
    }
}
