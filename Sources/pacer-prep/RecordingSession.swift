#if canImport(Glibc)
import Glibc
#endif
import WizardEngine

/// The transcript of one run: the engine's entries (already redacted) with the milliseconds
/// since the start, one JSON line each. Both front ends call `observe` after every event.
final class RecordingSession {
    private let writer: TranscriptFileWriter
    private var recorder: TranscriptRecorder
    private var clock = MonotonicClock()
    private var elapsed = 0
    private var ended = false

    var path: String { writer.path }

    private init(writer: TranscriptFileWriter, recorder: TranscriptRecorder) {
        self.writer = writer
        self.recorder = recorder
    }

    /// Starts a transcript for this run unless `--no-record`; nil (said on standard error) when
    /// the folder cannot be written, so a read-only home never stops a rehearsal.
    static func start(options: RunOptions, catalog: Catalog, scenario: Scenario?, wizard: Wizard,
                      resumedFrom: String? = nil) -> RecordingSession? {
        guard !options.noRecord, let folder = RecordLocation.folder(options) else { return nil }
        let name = RecordLocation.personName(options)
        let now = Int(time(nil))
        let stamp = ISOTime.format(seconds: now).filter { $0 != "-" && $0 != ":" }
        let file = "\(RecordLocation.fileSafe(name))-\(stamp)-\(getpid()).jsonl"
        let writer: TranscriptFileWriter
        do {
            writer = try TranscriptFileWriter(folder: folder, name: file)
        } catch {
            StandardError.write("pacer-prep: no transcript: \(error)\n")
            return nil
        }
        var settings = ["journey": wizard.state.journey.rawValue, "seed": String(wizard.state.world.seed)]
        settings["scenario"] = options.scenario
        if options.scenario != nil { settings["mode"] = options.mode.rawValue }
        settings["today"] = options.today
        settings["world"] = options.world
        settings["court"] = options.court
        settings["resumedFrom"] = resumedFrom
        let session = RecordingSession(writer: writer, recorder: TranscriptRecorder(catalog: catalog, scenario: scenario))
        session.write([.session(.init(name: name, started: ISOTime.format(seconds: now), settings: settings))])
        session.write(session.recorder.start(wizard.state))
        return session
    }

    /// Records what one event changed.
    func observe(_ before: WizardState, _ wizard: Wizard, _ effects: [Effect]) {
        write(recorder.observe(before: before, after: wizard.state, effects: effects))
    }

    /// Records an end the engine did not see: a signal, the input ending.
    func end(_ outcome: String) {
        guard !ended else { return }
        write([.outcome(outcome)])
    }

    private func write(_ entries: [TranscriptEntry]) {
        guard !entries.isEmpty else { return }
        elapsed += clock.millisecondsSinceLastCall()
        for entry in entries {
            if case .outcome = entry { ended = true }
            writer.write(entry.line(milliseconds: elapsed).text)
        }
    }
}
