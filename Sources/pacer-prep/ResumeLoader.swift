import ArgumentParser
import WizardEngine

/// `--resume`: finds this person's last unfinished transcript and the run options it was
/// started with, so the same journey, scenario and world are rebuilt, then the engine's
/// `ResumePoint` puts the run back on its page.
struct ResumeLoader {
    let options: RunOptions

    struct Resume {
        var options: RunOptions
        var point: ResumePoint
        var journey: JourneyID
        var path: String
    }

    /// Nil without `--resume`; exit status 2, said in one line, when there is nothing to resume.
    func load() throws -> Resume? {
        guard options.resume else { return nil }
        guard let folder = RecordLocation.folder(options) else {
            return try fail("no transcript folder: HOME is not set; give --record DIR")
        }
        let name = RecordLocation.personName(options)
        var best: (path: String, transcript: Transcript, time: Int)?
        for file in (try? TranscriptFolder.files(folder)) ?? [] {
            let path = TranscriptFolder.join(folder, file)
            guard let text = try? TextFile.read(path) else { continue }
            let transcript = Transcript.parse(text)
            guard transcript.canResume, transcript.session?.name == name else { continue }
            let time = TranscriptFolder.modified(path)
            if best.map({ time > $0.time }) ?? true { best = (path, transcript, time) }
        }
        guard let best, let session = best.transcript.session, let point = ResumePoint(best.transcript) else {
            return try fail("no unfinished session of \(name) to resume in \(folder)")
        }
        var resumed = options
        let settings = session.settings
        resumed.scenario = settings["scenario"]
        resumed.mode = settings["mode"].flatMap(TrainingMode.init(rawValue:)) ?? .practice
        resumed.today = settings["today"]
        resumed.world = settings["world"]
        resumed.court = settings["court"]
        resumed.seed = settings["seed"].flatMap(UInt64.init)
        // The old transcript is closed as resumed, so the next --resume does not pick it again.
        if let writer = try? TranscriptFileWriter(appendingTo: best.path) {
            writer.write(TranscriptEntry.outcome("resumed").line(milliseconds: best.transcript.milliseconds).text)
        }
        return Resume(options: resumed, point: point, journey: JourneyID(settings["journey"] ?? "start"), path: best.path)
    }

    private func fail(_ message: String) throws -> Resume? {
        StandardError.write("pacer-prep: \(message)\n")
        throw ExitCode(ExitStatus.badUsage)
    }
}
