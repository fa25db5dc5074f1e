import Foundation

/// Finds the `pacer-prep-bench` executable of the build that is running these tests.
///
/// The test target depends on both executables, so SwiftPM builds them into the products folder
/// that holds the test bundle (`.build/debug`, `.build-h5/debug`, …), next to `pacer-prep`, which
/// the bench then measures. That folder is tried first; `PACER_PREP_BENCH_BINARY` overrides it and
/// the package's `.build/debug` is the last resort.
enum BenchLocator {
    static let productName = "pacer-prep-bench"

    /// The path of the bench; throws, naming the places looked at, when none exists.
    static func bench(filePath: String = #filePath) throws -> String {
        let candidates = candidates(filePath: filePath)
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return found
        }
        throw NotBuilt(lookedAt: candidates)
    }

    static func candidates(filePath: String) -> [String] {
        var paths: [String] = []
        if let override = ProcessInfo.processInfo.environment["PACER_PREP_BENCH_BINARY"], !override.isEmpty {
            paths.append(override)
        }
        // On Linux the test bundle is an executable in the products folder; on macOS a folder in it.
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe))
        }
        if let exe = Bundle.main.executableURL { starts.append(exe) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            starts.append(bundle.bundleURL)
        }
        for start in starts {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                paths.append(folder.appendingPathComponent(productName).path)
                folder = folder.deletingLastPathComponent()
            }
        }
        var root = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while root.path != "/" {
            if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
                paths.append(root.appendingPathComponent(".build/debug/\(productName)").path)
                break
            }
            root = root.deletingLastPathComponent()
        }
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var lookedAt: [String]
        var description: String {
            "pacer-prep-bench was not built; run `swift build --build-tests` first. Looked at:\n  "
                + lookedAt.joined(separator: "\n  ")
        }
    }
}
