import Foundation
import Testing

/// Answer files for the end-to-end tests: the README's example, and files written for a test.
enum PlainFiles {
    /// The path of `Screens/Examples/register.answers`.
    static func example() throws -> String {
        let root = try #require(BinaryLocator.packageRoot())
        return root.appendingPathComponent("Screens/Examples/register.answers").path
    }

    /// A file holding `text`, removed when the returned value is released.
    final class Temporary {
        let path: String
        init(_ text: String, name: String = "test.answers") throws {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("pacer-plain-\(getpid())-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    }
}
