import Foundation
import Testing

/// Answer files and batch runs through the built binary: a run that completes, one that stops
/// with the engine's reasons, malformed files refused before anything happens, and the
/// `fields` listing.
@Suite("Answer files and batch runs of the built binary")
struct PlainBatchEndToEndTests {
    static func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(try BinaryLocator.binary(), arguments, environment: PlainChild.environment())
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    static func expectNoEscape(_ result: CommandRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.standardOutput.contains(0x1B), sourceLocation: sourceLocation)
        #expect(!result.standardError.contains(0x1B), sourceLocation: sourceLocation)
    }

    @Test("the README's example walks journey R: status 0 and one line")
    func completes() throws {
        let result = try Self.run(["register", "--answers", try PlainFiles.example(), "--batch", "--today", "2021-09-01"])
        #expect(result.status == 0, "\(result)")
        #expect(result.error.isEmpty, "\(result)")
        let lines = Self.lines(result.output)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("pacer-prep: Register for a PACER account: completed (practice account ") == true, "\(lines)")
        #expect(!result.output.contains("Practice#2021"))
        Self.expectNoEscape(result)
    }

    @Test("missing and invalid answers: status 3, each with the engine's reason")
    func incomplete() throws {
        let example = try String(contentsOfFile: try PlainFiles.example(), encoding: .utf8)
        let file = try PlainFiles.Temporary(example
            .replacingOccurrences(of: "lastName = Yamada\n", with: "")
            .replacingOccurrences(of: "zip = 02210", with: "zip = 0221")
            .replacingOccurrences(of: "password = \"Practice#2021\"", with: "password = short"))
        let result = try Self.run(["register", "--answers", file.path, "--batch"])
        #expect(result.status == 3, "\(result)")
        #expect(result.output.isEmpty)
        #expect(Self.lines(result.error) == [
            "pacer-prep: batch run incomplete: stopped on step 4 of 9 (PACER Registration: Account Information): 2 problems on this page: see the marked fields.",
            "  lastName: Last Name is required.",
            "  zip: Zip/Postal Code must be a U.S. ZIP code: 5 digits, or 5+4 like 02210-3002.",
            "  password (step 5): Password must have 8 to 45 characters (it has 5).",
            "  confirmPassword (step 5): Confirm Password does not match Password.",
        ])
        #expect(!result.error.contains("short"))
        Self.expectNoEscape(result)
    }

    @Test("a refused login stops journey U with the back end's sentence")
    func refusedLogin() throws {
        let file = try PlainFiles.Temporary("[upgrade]\nupgrade.login.username = lp1234\nupgrade.login.password = wrong-Pass1\n")
        let result = try Self.run(["upgrade", "--answers", file.path, "--batch"])
        #expect(result.status == 3, "\(result)")
        #expect(Self.lines(result.error).first == "pacer-prep: batch run incomplete: stopped on step 2 of 6 (Manage My Account Login): Invalid username or password (1 of 5 attempts; then the account locks, a simulated rule).")
        #expect(!result.error.contains("wrong-Pass1"))
    }

    @Test("a malformed answer file: every problem with file and line, status 2, nothing run")
    func malformed() throws {
        let file = try PlainFiles.Temporary("""
            # practice answers
            [register]
            firstname = Jose
            state = Massachusets
            userVerification = maybe
            password Secret-123
            """)
        let result = try Self.run(["register", "--answers", file.path, "--batch"])
        #expect(result.status == 2, "\(result)")
        #expect(result.output.isEmpty, "\(result)")
        #expect(Self.lines(result.error) == [
            "pacer-prep: \(file.path):3: unknown field id \"firstname\" (did you mean firstName?); `pacer-prep fields` lists every journey's ids",
            "pacer-prep: \(file.path):4: state: \"Massachusets\" is not one of the choices; `pacer-prep fields register` lists its 56 entries",
            "pacer-prep: \(file.path):5: userVerification: User Verification is a check box: write yes or no",
            "pacer-prep: \(file.path):6: expected id = value (a field id, =, then the value; `pacer-prep fields` lists the ids)",
        ])
        #expect(!result.error.contains("Secret-123"))
        Self.expectNoEscape(result)
    }

    @Test("a bad answer file is refused before plain or curses mode starts")
    func malformedInteractive() throws {
        let file = try PlainFiles.Temporary("zip = 1\nzip = 2\n")
        let result = try Self.run(["register", "--answers", file.path])
        #expect(result.status == 2)
        #expect(result.error == "pacer-prep: \(file.path):2: zip is given twice (first on line 1)\n")
        #expect(result.output.isEmpty)
    }

    @Test("a missing answer file, and --batch without --answers: one line, status 2")
    func badUsage() throws {
        let missing = try Self.run(["register", "--answers", "/nonexistent/x.answers", "--batch"])
        #expect(missing.status == 2)
        #expect(missing.error == "pacer-prep: /nonexistent/x.answers: cannot open: No such file or directory\n")
        let alone = try Self.run(["register", "--batch"])
        #expect(alone.status == 2)
        #expect(Self.lines(alone.error).count == 1)
        #expect(alone.error.contains("--batch needs --answers FILE"), "\(alone)")
    }

    @Test("fields lists every journey's ids; fields register lists journey R's; an unknown journey is bad usage")
    func fields() throws {
        let all = try Self.run(["fields"])
        #expect(all.status == 0)
        for journey in ["start", "register", "upgrade", "link", "paa"] {
            #expect(all.output.contains("[\(journey)]  # "), "\(journey)")
        }
        let register = try Self.run(["fields", "register"])
        #expect(register.output.hasPrefix("[register]  # Register for a PACER account\naccountKind  # step 3, required: "))
        #expect(register.output.contains("\nstate  # step 4, required: State · one of AL (Alabama) | "))
        #expect(!register.output.contains("[upgrade]"))
        let unknown = try Self.run(["fields", "nowhere"])
        #expect(unknown.status == 2)
        #expect(Self.lines(unknown.error).count == 1)
    }

    @Test("--help states the exit statuses and plain mode")
    func help() throws {
        let result = try Self.run(["--help"])
        let text = result.output.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("3 a --batch run incomplete"), "\(result.output)")
        #expect(text.contains("plain line mode"))
        #expect(text.contains("128+N ended by signal N"))
    }
}
