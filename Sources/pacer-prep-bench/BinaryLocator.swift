import Foundation

/// Finds the pacer-prep executable to measure. `swift run -c release pacer-prep-bench` runs the
/// bench from the products folder (`.build/release`, or `<scratch>/release`), where SwiftPM has
/// just built pacer-prep too, so the folder of /proc/self/exe is the right place whatever the
/// scratch path; `--binary` overrides it.
enum BinaryLocator {
    static let productName = "pacer-prep"

    static func pacerPrep(override: String?) throws -> String {
        if let override {
            guard FileManager.default.isExecutableFile(atPath: override) else {
                throw BenchError("--binary \(override) is not an executable file")
            }
            return override
        }
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let folder = URL(fileURLWithPath: me).deletingLastPathComponent()
        let candidate = folder.appendingPathComponent(productName).path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw BenchError("""
                no \(productName) next to this executable (\(candidate)); build it with \
                `swift build -c release` or pass --binary PATH
                """)
        }
        if !folder.path.hasSuffix("/release") {
            FileHandle.standardError.write(Data(
                "pacer-prep-bench: warning: measuring \(candidate), which is not a release build\n".utf8))
        }
        return candidate
    }

    /// The first executable called `name` on PATH, or nil.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
