#if canImport(Glibc)
import Glibc
#endif
import WizardEngine

/// Appends transcript lines to one file: created new with mode 0600 in a folder created 0700,
/// each line handed to the kernel whole with its line break by one `write`, nothing buffered.
///
/// Append-only rather than temp + rename (the rule for files written whole): a transcript grows
/// while the session runs, and after a closed terminal or `kill -9` every line written so far
/// must already be on disk for `--resume`; a reader stops at a line cut short.
final class TranscriptFileWriter {
    let path: String
    private var descriptor: Int32

    struct OpenError: Error, CustomStringConvertible {
        let description: String
    }

    /// Creates `folder` (and its parents) with mode 0700 and a new file `name` in it.
    init(folder: String, name: String) throws {
        try Self.makeFolders(folder)
        path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw OpenError(description: "\(path): cannot create: \(String(cString: strerror(errno)))")
        }
    }

    /// Opens an existing transcript to add its last line (a resumed session's "resumed").
    init(appendingTo path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OpenError(description: "\(path): cannot open: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close() }

    /// Writes one line; a failure stops further writing rather than the session.
    func write(_ line: String) {
        guard descriptor >= 0 else { return }
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                close()
                return
            }
            offset += written
        }
    }

    func close() {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        descriptor = -1
    }

    /// `mkdir -p` with mode 0700 for every folder it creates.
    static func makeFolders(_ folder: String) throws {
        var path = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                throw OpenError(description: "\(path): cannot create the folder: \(String(cString: strerror(errno)))")
            }
        }
    }
}
