import Foundation
import Testing

/// `--cast FILE` on the built binary in a real terminal (tmux): the file is asciicast v2 that
/// parses line by line, has a marker per step, is mode 0600 and holds no secret typed.
@Suite("Recordings end to end, under tmux")
struct CastRecordingEndToEndTests {
    @Test("journey R to step 6 with --cast: a valid, private recording without the password")
    func recordRegistration() async throws {
        let sandbox = try Sandbox()
        let cast = sandbox.work.appendingPathComponent("session.cast").path
        let tmux = try TmuxSession(
            arguments: ["register", "--today", "2021-09-01", "--seed", "42", "--cast", cast],
            environment: sandbox.environment, directory: sandbox.work.path)
        let answers = RegisterAnswers()
        try await tmux.walkToRegistrationForm()
        try await tmux.fill("First Name", with: answers.firstName)
        try await tmux.fill("Last Name", with: answers.lastName)
        try await tmux.fillRestOfRegistrationForm(answers)
        try tmux.sendKeys("C-n")
        try await tmux.waitForStep(5)
        try await tmux.fillSecurityPage(answers)
        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1)

        let text = try String(contentsOfFile: cast, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 80 && header["height"] as? Int == 24)
        #expect((header["timestamp"] as? Int ?? 0) > 1_600_000_000)
        #expect((header["env"] as? [String: Any])?["TERM"] as? String == "tmux-256color")
        var markers: [String] = []
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]) as? [Any],
                                     "\(line)")
            #expect(event.count == 3 && event[0] is Double && event[2] is String, "\(line)")
            #expect(["o", "m", "r"].contains(event[1] as? String), "\(line)")
            if event[1] as? String == "m", let label = event[2] as? String { markers.append(label) }
        }
        #expect(markers.first == "Step 1: Open the PACER website")
        #expect(markers.contains { $0.hasPrefix("Step 6:") }, "\(markers)")
        #expect(sandbox.entries(containingAnyOf: [answers.password, answers.answer1, answers.answer2, answers.dateOfBirth]).isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: cast)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("--cast with --plain is refused in one line with status 2")
    func castNeedsTheFullScreen() throws {
        let result = try CommandRunner.run(try BinaryLocator.binary(), ["register", "--plain", "--cast", "/dev/null"],
                                           environment: CommandLineTests.environment())
        #expect(result.status == 2)
        #expect(result.error.contains("--cast"), "\(result.error)")
    }

    @Test("pacer-prep flow prints every journey in each format")
    func flowCommand() throws {
        for format in ["text", "mermaid", "dot"] {
            let result = try CommandRunner.run(try BinaryLocator.binary(), ["flow", "--format", format],
                                               environment: CommandLineTests.environment())
            #expect(result.status == 0, "\(result)")
            for page in ["start.home", "register.kinds", "register.duplicate"] {
                let name = format == "mermaid" ? "p_" + page.replacingOccurrences(of: ".", with: "_") : page
                #expect(result.output.contains(name), "\(format) names \(page)")
            }
        }
        let unknown = try CommandRunner.run(try BinaryLocator.binary(), ["flow", "nowhere"],
                                            environment: CommandLineTests.environment())
        #expect(unknown.status == 2)
    }
}
