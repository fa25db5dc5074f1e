#if canImport(Glibc)
import Glibc
#endif

/// The transcript files of a folder (names ending `.jsonl`), sorted by name, read without
/// Foundation.
enum TranscriptFolder {
    struct ListError: Error, CustomStringConvertible {
        let description: String
    }

    static func files(_ folder: String) throws -> [String] {
        guard let directory = opendir(folder) else {
            throw ListError(description: "\(folder): cannot open the folder: \(String(cString: strerror(errno)))")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".jsonl"), !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    /// Seconds since the epoch of the file's last change, for "the last session".
    static func modified(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec) : 0
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
