import Foundation
import Testing

/// Transcripts and `--resume` through the built binary in tmux: a session killed with SIGKILL in
/// the middle of journey R continues on the same page with its ordinary values, and the date of
/// birth (private) is asked again.
@Suite(.serialized) struct RecordsEndToEndTests {
    static let arguments = ["register", "--today", "2021-09-01", "--seed", "42", "--name", "ana"]

    @Test("kill -9 mid-journey R, then --resume: the same page, the ordinary values back, the private one asked again")
    func resumeAfterSigkill() async throws {
        let sandbox = try Sandbox()
        let first = try TmuxSession(arguments: Self.arguments, environment: sandbox.environment, directory: sandbox.work.path)
        let answers = RegisterAnswers()
        try await first.walkToRegistrationForm()
        try await first.fill("Last Name", with: "Kowalczyk")
        try await first.fill("Date of Birth", with: answers.dateOfBirth)
        try await first.fill("City", with: "Worcester")
        try first.sendKeys("Tab")  // the focus leaves City, so its value is recorded
        try await Task.sleep(for: .milliseconds(300))
        let pid = try await first.programPID()
        #expect(kill(pid, SIGKILL) == 0)
        // The terminal is left as it was (nothing runs after SIGKILL): wait for the process only.
        for _ in 0..<50 where kill(pid, 0) == 0 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(kill(pid, 0) != 0, "the program is gone")

        let folder = sandbox.root.appendingPathComponent("state/pacer-prep/transcripts").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1 && files[0].hasPrefix("ana-"), "\(files)")
        #expect(sandbox.entries(containingAnyOf: [answers.dateOfBirth]).isEmpty, "the date of birth reached a file")

        let second = try TmuxSession(arguments: ["--resume", "--name", "ana"], columns: 160, rows: 60, environment: sandbox.environment,
                                     directory: sandbox.work.path)
        let screen = try await second.waitFor(text: "Resumed where you left off")
        let text = screen.text
        #expect(text.contains("Step 4 of 9"), "\(screen)")
        #expect(text.contains("Kowalczyk"))
        #expect(text.contains("Worcester"))
        #expect(!text.contains(answers.dateOfBirth))
        #expect(text.contains("never saved"))
        try second.sendKeys("C-c")
        try second.sendKeys("y")
        _ = try await second.waitForExit()
        let after = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(after.count == 2, "the resumed session has a transcript of its own: \(after)")
    }
}
