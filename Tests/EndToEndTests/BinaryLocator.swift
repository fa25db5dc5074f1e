import Foundation

/// Finds the `pacer-prep` executable of the build that is running these tests.
///
/// The test target depends on the executable target, so `swift build --build-tests` puts
/// `pacer-prep` in the same products folder as the test bundle, whatever the scratch path
/// (`.build/debug`, `.build-h4/debug`, …). That folder is tried first; the package's default
/// `.build/debug` (found from this file's path) is the fallback. `PACER_PREP_BINARY` overrides both.
enum BinaryLocator {
    static let productName = "pacer-prep"

    /// The path of the binary to test; throws, naming the places looked at, when none exists.
    static func binary(filePath: String = #filePath) throws -> String {
        _ = scratchState
        let candidates = self.candidates(filePath: filePath)
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return found
        }
        throw NotBuilt(lookedAt: candidates)
    }

    /// Every program these tests start writes its transcripts into one scratch folder of this
    /// test process, never into the tester's home: set once, before the first program starts,
    /// and inherited by each (a test that needs its own folder still passes XDG_STATE_HOME).
    static let scratchState: Void = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacer-prep-tests-\(getpid())-state").path
        setenv("XDG_STATE_HOME", folder, 1)
    }()

    /// Where the binary may be, most likely first.
    static func candidates(filePath: String = #filePath) -> [String] {
        var paths: [String] = []
        if let override = ProcessInfo.processInfo.environment["PACER_PREP_BINARY"], !override.isEmpty {
            paths.append(override)
        }
        // The products folder of the running test bundle: on Linux the bundle is an executable
        // (`<products>/<Package>PackageTests.xctest`); on macOS it is a folder inside it.
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe))
        }
        if let exe = Bundle.main.executableURL { starts.append(exe) }
        starts.append(Bundle.main.bundleURL)
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
        if let root = packageRoot(filePath: filePath) {
            paths.append(root.appendingPathComponent(".build/debug/\(productName)").path)
        }
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// The folder holding Package.swift, found by walking up from this source file.
    static func packageRoot(filePath: String = #filePath) -> URL? {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var lookedAt: [String]
        var description: String {
            "pacer-prep was not built; run `swift build --build-tests` first. Looked at:\n  "
                + lookedAt.joined(separator: "\n  ")
        }
    }
}
