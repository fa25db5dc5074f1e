#if canImport(Glibc)
import Glibc
#endif
import WizardEngine

/// `--cast FILE`: writes a full-screen session, or a replayed transcript, as an asciicast v2
/// recording.
///
/// The file is created (or emptied) with mode 0600 before the first frame and every event is
/// written straight through with write(2) as it happens, unbuffered: a session that ends by a
/// signal, a crash or `kill -9` still leaves a recording that plays up to that moment. Times come
/// from the monotonic clock, counted from the first frame.
final class CastFile {
    struct OpenError: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    private var recording: CastRecording
    private let started = MonotonicClock.now()

    /// Opens `path` and writes the header for a recording of `wizard` at its current size.
    convenience init(path: String, wizard: Wizard, useColor: Bool) throws {
        try self.init(path: path, title: "pacer-prep: \(wizard.journey.title)", size: wizard.state.size, useColor: useColor)
    }

    /// Opens `path` and writes the header of a recording of this size.
    init(path: String, title: String, size: TerminalSize, useColor: Bool) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw OpenError(description: "--cast \(path): cannot create: \(String(cString: strerror(errno)))")
        }
        // An existing file keeps its mode through O_CREAT: tighten it as for a new one.
        fchmod(descriptor, 0o600)
        self.descriptor = descriptor
        recording = CastRecording(useColor: useColor)
        let term = getenv("TERM").map { String(cString: $0) } ?? "xterm-256color"
        write(CastRecording.header(size: size, timestamp: time(nil), term: term, title: title))
    }

    deinit { close(descriptor) }

    /// Records the wizard's screen as it is now (call after each draw).
    func capture(_ wizard: Wizard) {
        let microseconds = (MonotonicClock.now() - started) / 1_000
        for line in recording.capture(wizard, atMicroseconds: microseconds) { write(line) }
    }

    /// Records a replayed step at the transcript's time rather than the clock's.
    func capture(_ step: TranscriptReplay.Step, atMilliseconds time: Int) {
        for line in recording.capture(step.frame, page: step.page, journey: step.journey, atMicroseconds: time * 1000) {
            write(line)
        }
    }

    /// Writes one line whole, retrying short writes; a full disk stops the recording, not the run.
    private func write(_ line: String) {
        var bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
