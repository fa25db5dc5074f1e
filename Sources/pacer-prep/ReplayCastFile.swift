#if canImport(Glibc)
import Glibc
#endif
import WizardEngine

/// `replay --cast FILE`: the replayed steps as an asciicast v2 file, through the same
/// `CastRecording` a live `--cast` uses (a marker at every step), but with the transcript's
/// times instead of the clock's. Created 0600 like every file pacer-prep writes about a session.
final class ReplayCastFile {
    struct OpenError: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    private var recording: CastRecording

    init(path: String, title: String, useColor: Bool, size: TerminalSize = .standard) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw OpenError(description: "--cast \(path): cannot create: \(String(cString: strerror(errno)))")
        }
        fchmod(descriptor, 0o600)
        self.descriptor = descriptor
        recording = CastRecording(useColor: useColor)
        let term = getenv("TERM").map { String(cString: $0) } ?? "xterm-256color"
        write(CastRecording.header(size: size, timestamp: time(nil), term: term, title: title))
    }

    deinit { close(descriptor) }

    func capture(_ step: TranscriptReplay.Step, atMilliseconds time: Int) {
        for line in recording.capture(step.frame, page: step.page, journey: step.journey, atMicroseconds: time * 1000) {
            write(line)
        }
    }

    /// Writes one line whole, retrying short writes.
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
