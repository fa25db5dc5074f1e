#if canImport(Glibc)
import Glibc
#endif
import WizardEngine

/// `--cast FILE`: writes the full-screen session as an asciicast v2 recording.
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
    init(path: String, wizard: Wizard, useColor: Bool) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw OpenError(description: "--cast \(path): cannot create: \(String(cString: strerror(errno)))")
        }
        // An existing file keeps its mode through O_CREAT: tighten it as for a new one.
        fchmod(descriptor, 0o600)
        self.descriptor = descriptor
        recording = CastRecording(useColor: useColor)
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        write(CastRecording.header(size: wizard.state.size, timestamp: time(nil), term: term,
                                   title: "pacer-prep: \(wizard.journey.title)"))
    }

    deinit { close(descriptor) }

    /// Records the wizard's screen as it is now (call after each draw).
    func capture(_ wizard: Wizard) {
        let microseconds = (MonotonicClock.now() - started) / 1_000
        for line in recording.capture(wizard, atMicroseconds: microseconds) { write(line) }
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
