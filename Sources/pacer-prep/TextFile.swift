#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole text file without Foundation (which would cost megabytes of memory and
/// milliseconds at start-up for one read).
enum TextFile {
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String) throws -> String {
        guard let file = fopen(path, "rb") else {
            throw ReadError(description: "\(path): cannot open: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
            if bytes.count > 4 << 20 { throw ReadError(description: "\(path): larger than 4 MiB; is it the right file?") }
        }
        if ferror(file) != 0 { throw ReadError(description: "\(path): cannot read: \(String(cString: strerror(errno)))") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReadError(description: "\(path): not UTF-8 text")
        }
        return text
    }
}
