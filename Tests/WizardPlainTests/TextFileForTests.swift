import Foundation

/// Reads a file in a test (tests may use Foundation; the modules under test do not).
enum TextFileForTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
