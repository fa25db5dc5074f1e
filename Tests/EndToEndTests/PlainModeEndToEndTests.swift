import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Plain line mode through the built binary: chosen by itself when there is no usable terminal
/// (one line on standard error says why), typed at through a pipe or a pseudo-terminal, with
/// not one escape byte in anything it prints.
@Suite("Plain mode of the built binary")
struct PlainModeEndToEndTests {
    static let password = "Practice-2021"

    /// Journey R, line by line: going back once, a wrong ZIP code corrected.
    static let registerLines: [String] = [
        "", "2", "4", "2", "5",
        "", "José", "", "山田", "<", "", "", "04/17/1980", "", "", "1 Courthouse Way", "", "Boston",
        "mass", "Suffolk", "0221", "02210", "", "617-555-0142", "", "", "jose@example.com", "jose@example.com",
        "Attorney", "n", "y", "",
        "jose.yamada", password, password, "1", "Rex", "2", "Lowell", "",
        "", "", "", "", "", "", "",
        "y", "",
        "", "",
    ]

    static func expectNoEscape(_ ending: PlainChild.Ending, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!ending.output.contains(0x1B), "escape on stdout", sourceLocation: sourceLocation)
        #expect(!ending.error.contains(0x1B), "escape on stderr", sourceLocation: sourceLocation)
    }

    /// Runs with all of `lines` on a pipe, then end of file.
    static func piped(_ arguments: [String], _ lines: [String],
                      environment: [String: String] = PlainChild.environment()) throws -> PlainChild.Ending {
        let child = try PlainChild(arguments, environment: environment)
        child.type(lines.map { $0 + "\n" }.joined())
        child.closeInput()
        return try child.finish()
    }

    @Test("input from a pipe: one line says why, then journey R completes with status 0")
    func pipedJourney() throws {
        let sandbox = try Sandbox()
        let ending = try Self.piped(["register", "--today", "2021-09-01"], Self.registerLines,
                                    environment: PlainChild.environment().merging(sandbox.environment) { $1 })
        #expect(ending.status == 0, "\(ending)")
        #expect(ending.errors == "pacer-prep: plain line mode, because standard input is not a TTY.\n")
        #expect(ending.printed.contains("Step 9 of 9: Questions: call PACER"))
        #expect(ending.printed.contains("Error: Zip/Postal Code must be a U.S. ZIP code: 5 digits, or 5+4 like 02210-3002.\n"))
        let last = ending.printed.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("pacer-prep: Register for a PACER account: completed (practice account "), "\(last)")
        #expect(!ending.printed.contains(Self.password) && !ending.errors.contains(Self.password))
        #expect(!ending.printed.contains("04/17/1980"))
        Self.expectNoEscape(ending)
        // The one file written is the transcript, and it holds no secret.
        let written = sandbox.entries().filter { !$0.hasPrefix("state/pacer-prep") }
        #expect(written.isEmpty, "wrote \(written)")
        #expect(sandbox.entries().filter { $0.hasSuffix(".jsonl") }.count == 1, "\(sandbox.entries())")
        #expect(sandbox.entries(containingAnyOf: [Self.password, "04/17/1980"]).isEmpty)
    }

    @Test("TERM=dumb: one line naming TERM, plain mode, no escapes")
    func dumbTerminal() throws {
        let ending = try Self.piped(["register"], [""], environment: PlainChild.environment(term: "dumb"))
        #expect(ending.errors == "pacer-prep: plain line mode, because TERM=dumb cannot move the cursor.\n")
        #expect(ending.status == 1)
        #expect(ending.printed.contains("Step 1 of 9: Open the PACER website\n"))
        #expect(ending.printed.hasSuffix("pacer-prep: the input ended on step 2 of 9; pacer-prep --resume continues it.\n"), "\(ending)")
        Self.expectNoEscape(ending)
    }

    @Test("TERM unset: one line saying so")
    func noTerm() throws {
        let ending = try Self.piped([], [], environment: PlainChild.environment(term: nil))
        #expect(ending.errors == "pacer-prep: plain line mode, because TERM is not set, so pacer-prep cannot move the cursor.\n")
        #expect(ending.printed.contains("Get ready for NextGen CM/ECF\n"))
        Self.expectNoEscape(ending)
    }

    @Test("--plain and PACER_PREP_PLAIN=1 choose plain mode without a notice")
    func forced() throws {
        let flag = try Self.piped(["register", "--plain"], [])
        #expect(flag.errors.isEmpty, "\(flag)")
        #expect(flag.printed.contains("Step 1 of 9"))
        let variable = try Self.piped(["register"], [], environment: PlainChild.environment(plain: "1"))
        #expect(variable.errors.isEmpty, "\(variable)")
        #expect(variable.status == 1)
    }

    @Test("input on a terminal, output redirected: the notice names standard output; passwords are not echoed")
    func outputRedirected() throws {
        let child = try PlainChild(["upgrade", "--today", "2021-09-01"], input: .terminal)
        try child.answer("Enter for Next", "")
        try child.answer("A number to choose", "5")
        try child.answer("A number to choose", "1")
        try child.answer("Username (required), now (empty): ", "lp1234")
        try child.answer("Password (required), now (empty): ", "sunny2012")
        try child.answer("Client Code (optional), now (empty): ", "")
        try child.answer("Enter for Login", "")
        try child.answer("Account tools", "!quit")
        try child.answer("Quit? y to quit, n to keep going: ", "y")
        let ending = try child.finish()
        #expect(ending.status == 1, "\(ending)")
        #expect(ending.errors == "pacer-prep: plain line mode, because standard output is not a TTY.\n")
        #expect(ending.printed.contains("Account Type: Legacy PACER Account"))
        #expect(ending.printed.hasSuffix("pacer-prep: quit on step 3 of 6; pacer-prep --resume continues it.\n"), "\(ending)")
        #expect(child.echoed.contains("lp1234"), "the terminal echoes ordinary answers: \(child.echoed.debugDescription)")
        #expect(!child.echoed.contains("sunny2012"), "the password was echoed: \(child.echoed.debugDescription)")
        #expect(!ending.printed.contains("sunny2012"))
        Self.expectNoEscape(ending)
        let modes = try #require(child.terminalModes())
        #expect(modes.c_lflag & tcflag_t(ECHO) != 0, "echo left off")
    }

    @Test("a signal while a password is asked for: status 128+N, and echo is back on")
    func signalDuringPassword() throws {
        for (number, status) in [(SIGINT, Int32(130)), (SIGTERM, 143), (SIGHUP, 129)] {
            let child = try PlainChild(["upgrade"], input: .terminal)
            try child.answer("Enter for Next", "")
            try child.answer("A number to choose", "5")
            try child.answer("A number to choose", "1")
            try child.answer("Username (required), now (empty): ", "lp1234")
            try child.waitFor("Password (required), now (empty): ")
            // The read has begun once echo is off; only then is the signal a mid-password one.
            let deadline = Date().addingTimeInterval(10)
            while let modes = child.terminalModes(), modes.c_lflag & tcflag_t(ECHO) != 0, Date() < deadline { usleep(5_000) }
            kill(child.pid, number)
            let ending = try child.finish()
            #expect(ending.status == status, "signal \(number): \(ending)")
            let modes = try #require(child.terminalModes())
            #expect(modes.c_lflag & tcflag_t(ECHO) != 0, "signal \(number) left echo off")
        }
    }

    @Test("an answer file prefills plain mode: Enter keeps each answer and journey R completes")
    func prefilledFromFile() throws {
        let example = try PlainFiles.example()
        let ending = try Self.piped(["register", "--answers", example, "--plain"], ["", "4", "5"] + Array(repeating: "", count: 80))
        #expect(ending.status == 0, "\(ending)")
        #expect(ending.printed.contains("First Name (required), now \"Jose\": "))
        #expect(!ending.printed.contains("Practice#2021"))
        Self.expectNoEscape(ending)
    }
}
