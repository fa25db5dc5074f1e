import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `pacer-prep replay` through the built binary: a transcript of part of journey R (as a
/// session writes one) is replayed as plain lines into a pipe, a cut-short copy as far as it
/// goes, a missing file in one line with status 2, `--cast` as an asciicast, and in tmux on the
/// full screen at `--speed 50`, leaving the terminal as it found it.
@Suite(.serialized) struct ReplayEndToEndTests {
    /// Steps 1 to 5 of journey R with a problem on the way; the date of birth and the password
    /// are recorded as changed without their values, as a session records them.
    static let transcript = [
        #"{"ms":0,"event":"session","version":1,"name":"ana","started":"2025-03-04T09:00:00Z","journey":"register","seed":"5","today":"2021-09-01"}"#,
        #"{"ms":0,"event":"entered","page":"register.home","step":1,"depth":0}"#,
        #"{"ms":2100,"event":"left","page":"register.home"}"#,
        #"{"ms":2100,"event":"entered","page":"register.menu","step":2,"depth":1}"#,
        #"{"ms":5400,"event":"error","message":"Choose \"Register for an Account\" on the menu bar to go on."}"#,
        #"{"ms":9000,"event":"left","page":"register.menu"}"#,
        #"{"ms":9000,"event":"entered","page":"register.kinds","step":3,"depth":2}"#,
        #"{"ms":11800,"event":"changed","field":"accountKind","value":"attorney"}"#,
        #"{"ms":11800,"event":"left","page":"register.kinds"}"#,
        #"{"ms":11800,"event":"entered","page":"register.form","step":4,"depth":3}"#,
        #"{"ms":15200,"event":"changed","field":"firstName","value":"Jose"}"#,
        #"{"ms":18900,"event":"changed","field":"lastName","value":"Yamada"}"#,
        #"{"ms":24000,"event":"changed","field":"dateOfBirth","redacted":true}"#,
        #"{"ms":31000,"event":"error","field":"city","message":"City is required."}"#,
        #"{"ms":36000,"event":"changed","field":"city","value":"Boston"}"#,
        #"{"ms":40000,"event":"left","page":"register.form"}"#,
        #"{"ms":40000,"event":"entered","page":"register.security","step":5,"depth":4}"#,
        #"{"ms":52000,"event":"changed","field":"password","redacted":true}"#,
        #"{"ms":60000,"event":"outcome","outcome":"quit"}"#,
    ].map { $0 + "\n" }.joined()

    /// A sandbox with the transcript written in it.
    static func recordedTranscript() throws -> (sandbox: Sandbox, path: String) {
        let sandbox = try Sandbox()
        let path = sandbox.root.appendingPathComponent("ana.jsonl").path
        try transcript.write(toFile: path, atomically: true, encoding: .utf8)
        return (sandbox, path)
    }

    static func replay(_ arguments: [String], _ sandbox: Sandbox) throws -> CommandRunner.Result {
        try CommandRunner.run(try BinaryLocator.binary(), ["replay"] + arguments, environment: sandbox.environment)
    }

    @Test("into a pipe: one plain line per entry with its time, no secret, status 0")
    func plainLines() throws {
        let (sandbox, path) = try Self.recordedTranscript()
        let entries = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
        let result = try Self.replay([path], sandbox)
        #expect(result.status == 0, "\(result)")
        #expect(result.error.isEmpty, "\(result)")
        #expect(!result.output.contains("\u{1B}"), "escape sequences in a pipe")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == entries)
        #expect(lines.allSatisfy { $0.range(of: #"^\d+\.\d s · "#, options: .regularExpression) != nil }, "\(lines)")
        #expect(lines.first?.contains("session of ana") == true, "\(lines)")
        #expect(lines.contains("18.9 s · field changed: Last Name = “Yamada”"), "\(lines)")
        #expect(lines.contains("31.0 s · problem shown under City: City is required."), "\(lines)")
        #expect(lines.filter { $0.contains("(not recorded)") }.count == 2, "\(lines)")
        #expect(lines.filter { $0.contains("never recorded") }.count == 1, "said once: \(lines)")
        #expect(lines.last == "60.0 s · outcome: quit", "\(lines)")
    }

    @Test("a cut-short transcript: what is whole is replayed, then file:line, status 0")
    func cutShort() throws {
        let (sandbox, path) = try Self.recordedTranscript()
        let whole = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(5)
        let cut = sandbox.root.appendingPathComponent("cut.jsonl").path
        try (whole.joined(separator: "\n") + "\n{\"ms\":12,\"event\":\"cha").write(toFile: cut, atomically: true, encoding: .utf8)
        let result = try Self.replay([cut], sandbox)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.split(separator: "\n").count == 5, "\(result)")
        #expect(result.error.contains("stopped at \(cut):6"), "\(result)")
        #expect(result.error.split(separator: "\n").count == 1, "\(result)")
    }

    @Test("a missing file: one line, status 2")
    func missingFile() throws {
        let sandbox = try Sandbox()
        let result = try Self.replay([sandbox.root.appendingPathComponent("nowhere.jsonl").path], sandbox)
        #expect(result.status == 2, "\(result)")
        #expect(result.output.isEmpty)
        #expect(result.error.split(separator: "\n").count == 1, "\(result)")
        #expect(result.error.contains("nowhere.jsonl"), "\(result)")
    }

    @Test("--cast writes an asciicast, mode 0600, with a marker per step")
    func cast() throws {
        let (sandbox, path) = try Self.recordedTranscript()
        let cast = sandbox.root.appendingPathComponent("call.cast").path
        let result = try Self.replay([path, "--cast", cast, "--speed", "4"], sandbox)
        #expect(result.status == 0, "\(result)")
        let text = try String(contentsOfFile: cast, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("{\"version\": 2, \"width\": 80, \"height\": 24") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("[") && $0.hasSuffix("]") })
        #expect(lines.contains { $0.contains(", \"m\", \"Step 4:") }, "a marker for step 4")
        let mode = try FileManager.default.attributesOfItem(atPath: cast)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("in tmux at --speed 50: drawn on the alternate screen, then the terminal restored, status 0")
    func fullScreen() async throws {
        let (sandbox, path) = try Self.recordedTranscript()
        let tmux = try TmuxSession(arguments: ["replay", path, "--speed", "50"], environment: sandbox.environment,
                                   recordOutput: true)
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 0, "\(ending)")
        #expect(ending.output.contains { $0.contains("pacer-prep: replayed") }, "\(ending.output)")
        expectRestored(ending)
        let raw = try await tmux.poll("the recorded output to end", capture: { tmux.recordedOutput() },
                                      until: { String(decoding: $0, as: UTF8.self).contains(TmuxSession.endMarker) })
        let drawn = String(decoding: raw, as: UTF8.self)
        #expect(drawn.contains("\u{1B}[?1049h"), "the alternate screen was entered")
        #expect(drawn.contains("outcome: quit"), "the last caption was drawn")
        #expect(drawn.contains("Last Name = “Yamada”"), "a caption was drawn")
    }

    /// The signal goes to the program alone: Ctrl-C in tmux would reach the test's wrapper
    /// shell too, which then exits before it can report how the terminal was left.
    @Test("SIGINT or SIGTERM in the middle of a replay: status 128+N and the terminal restored", arguments: [SIGINT, SIGTERM])
    func interrupted(_ number: Int32) async throws {
        let (sandbox, path) = try Self.recordedTranscript()
        let tmux = try TmuxSession(arguments: ["replay", path], environment: sandbox.environment)
        try await tmux.waitFor(text: "Choose Register for an Account")
        #expect(kill(try await tmux.programPID(), number) == 0)
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 128 + number, "\(ending)")
        expectRestored(ending)
    }
}
