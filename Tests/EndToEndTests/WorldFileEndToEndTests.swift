import Foundation
import Testing

/// A trainer's world or court file with mistakes is refused before the terminal is touched:
/// every problem with file and line on standard error, status 2, nothing on standard output.
@Suite("World and court files, through the binary")
struct WorldFileEndToEndTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("pacer-prep-\(UUID().uuidString).world").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a malformed world file: each problem with file and line, status 2, no escape sequences")
    func malformedWorld() throws {
        let path = try write("[court]\nname = Test Court\ngo-live = 2021-13-01\n[acount]\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CommandRunner.run(BinaryLocator.binary(), ["upgrade", "--world", path])
        #expect(result.status == 2)
        #expect(result.error.contains("\(path):3: go-live must be a real date written YYYY-MM-DD"), "\(result)")
        #expect(result.error.contains("\(path):4: unknown section [acount]"), "\(result)")
        #expect(!result.standardOutput.contains(0x1B) && !result.standardError.contains(0x1B))
    }

    @Test("a court file without a [court] section, and a missing file: one line each, status 2")
    func badCourtFiles() throws {
        let path = try write("[simulation]\ntoday = 2021-09-01\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let noCourt = try CommandRunner.run(BinaryLocator.binary(), ["link", "--court", path])
        #expect(noCourt.status == 2)
        #expect(noCourt.error == "pacer-prep: \(path): no [court] section: a court file needs name and go-live\n")
        let missing = try CommandRunner.run(BinaryLocator.binary(), ["--court", "/nonexistent/court.world"])
        #expect(missing.status == 2)
        #expect(missing.error == "pacer-prep: /nonexistent/court.world: cannot open: No such file or directory\n")
    }
}
