import CNcursesw
import Glibc
import Testing
import WizardEngine
@testable import WizardCurses

/// Layer 3: curses in-process on a pseudo-terminal, read back with mvwin_wch / mvwinnwstr.
/// Curses state is process-global, so this suite runs one test at a time.
@Suite(.serialized)
struct TerminalSessionTests {
    private static let term = "xterm-256color"

    /// Runs `body` with a session on a fresh 80x24 pty and ends it afterwards.
    private func withSession(useColor: Bool = true, _ body: (TerminalSession, PseudoTerminal) throws -> Void) throws {
        let pty = try PseudoTerminal()
        let session = try TerminalSession.start(inputFD: pty.slave, outputFD: pty.slave, term: Self.term,
                                                options: TerminalOptions(useColor: useColor))
        defer { session.end() }
        try body(session, pty)
    }

    /// The frame of the layer-3 check: ASCII, a combining accent, CJK and styled cells.
    private static func sampleFrame() -> Frame {
        var frame = Frame(size: .standard)
        for (index, character) in "Hello, PACER".enumerated() { frame[0, index] = .init(String(character)) }
        for (index, text) in ["J", "o", "s", "e\u{301}"].enumerated() { frame[1, 2 + index] = .init(text) }
        for (index, text) in ["山", "田", "太", "郎"].enumerated() {
            frame[2, 2 * index] = .init(text)
            frame[2, 2 * index + 1] = .init("")
        }
        frame[2, 8] = .init("!")
        frame[3, 0] = .init("*", CellStyle(.required, [.bold]))
        frame[3, 1] = .init("F", CellStyle(.focus))
        frame[3, 2] = .init("u", CellStyle(.link, [.underline]))
        frame[23, 79] = .init("Z")
        frame.cursor = .init(row: 5, column: 7)
        return frame
    }

    // MARK: - Reading back what curses holds

    private func cell(_ row: Int32, _ column: Int32) -> (text: [UInt32], attributes: attr_t, pair: Int16) {
        var stored = cchar_t()
        mvwin_wch(pp_stdscr(), row, column, &stored)
        return contents(of: stored)
    }

    private func text(of stored: cchar_t) -> [UInt32] { contents(of: stored).text }

    private func contents(of stored: cchar_t) -> (text: [UInt32], attributes: attr_t, pair: Int16) {
        var stored = stored
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&stored, &characters, &attributes, &pair, nil)
        let text = characters.prefix { $0 != 0 }.map { UInt32(bitPattern: $0) }
        return (text, attributes, pair)
    }

    private func rowText(_ row: Int32) -> String {
        var buffer = [wchar_t](repeating: 0, count: 200)
        let count = mvwinnwstr(pp_stdscr(), row, 0, &buffer, 199)
        let scalars = buffer.prefix(Int(max(count, 0))).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        var text = String(String.UnicodeScalarView(scalars))
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The handler of a sigaction, comparable (nil for SIG_DFL).
    private func handlerAddress(_ action: sigaction) -> UnsafeRawPointer? {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: UnsafeRawPointer?.self)
    }

    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    // MARK: - Tests

    @Test func drawsTextWideCharactersAndCombiningMarksInTheirCells() throws {
        try withSession { session, _ in
            #expect(session.size == .standard)
            session.draw(Self.sampleFrame())
            // The cursor is where the frame put it (read first: reading cells moves it).
            #expect(getcury(pp_stdscr()) == 5)
            #expect(getcurx(pp_stdscr()) == 7)
            #expect(rowText(0) == "Hello, PACER")
            #expect(rowText(1) == "  Jose\u{301}")
            #expect(rowText(2) == "山田太郎!")
            // The combining acute shares the cell of its base; the next cell is blank.
            #expect(cell(1, 5).text == scalars("e\u{301}"))
            #expect(cell(1, 6).text == scalars(" "))
            // Each CJK character takes two cells: the next one starts two columns on.
            #expect(cell(2, 0).text == scalars("山"))
            #expect(cell(2, 2).text == scalars("田"))
            #expect(cell(2, 6).text == scalars("郎"))
            #expect(cell(2, 8).text == scalars("!"))
            // Its second cell holds the same character (curses marks it a continuation) ...
            #expect(cell(2, 1).text == scalars("山"))
            // ... and mvwin_wchnstr leaves continuations out: 9 columns give 5 characters.
            var row = [cchar_t](repeating: cchar_t(), count: 12)
            #expect(mvwin_wchnstr(pp_stdscr(), 2, 0, &row, 9) != ERR)
            #expect(Array(row.map(text(of:)).prefix(6)) == ["山", "田", "太", "郎", "!", ""].map(scalars))
            // The bottom-right corner is drawn too, and the cursor is where the frame put it.
            #expect(cell(23, 79).text == scalars("Z"))
        }
    }

    @Test func appliesAttributesAndColourPairs() throws {
        try withSession { session, _ in
            session.draw(Self.sampleFrame())
            let required = cell(3, 0)
            #expect(required.attributes & pp_a_bold() != 0)
            #expect(required.pair != 0)
            var foreground: Int16 = 0
            var background: Int16 = 0
            pair_content(required.pair, &foreground, &background)
            #expect(foreground == 160)  // red, in the 256-colour theme
            #expect(background == -1)   // the terminal's own background
            let focus = cell(3, 1)
            #expect(focus.attributes & pp_a_reverse() != 0)
            #expect(focus.pair != 0)
            let link = cell(3, 2)
            #expect(link.attributes & pp_a_underline() != 0)
            #expect(cell(0, 0).pair == 0)
            #expect(cell(0, 0).attributes & (pp_a_bold() | pp_a_reverse()) == 0)
        }
    }

    @Test func withoutColourKeepsAttributesButNoPairs() throws {
        try withSession(useColor: false) { session, _ in
            session.draw(Self.sampleFrame())
            #expect(cell(3, 0).pair == 0)
            #expect(cell(3, 0).attributes & pp_a_bold() != 0)
            #expect(cell(3, 1).pair == 0)
            #expect(cell(3, 1).attributes & pp_a_reverse() != 0)
        }
    }

    @Test func redrawsOnlyChangedRowsUntilInvalidated() throws {
        try withSession { session, _ in
            var frame = Self.sampleFrame()
            session.draw(frame)
            // Scribble on row 5 behind the drawer's back.
            mvwaddstr(pp_stdscr(), 5, 0, "scribble")
            frame[0, 0] = .init("J")
            session.draw(frame)
            #expect(rowText(0) == "Jello, PACER")
            #expect(rowText(5) == "scribble")  // unchanged in the frame: not redrawn
            session.invalidate()
            session.draw(frame)
            #expect(rowText(5) == "")
        }
    }

    @Test func redrawsWideCharactersWholeWhenHalfOfOneChanges() throws {
        try withSession { session, _ in
            var frame = Self.sampleFrame()
            session.draw(frame)
            frame.put("ab", row: 2, column: 0)  // over 山
            session.draw(frame)
            #expect(rowText(2) == "ab田太郎!")
            frame.put("x", row: 2, column: 3)  // over the second half of 田: its first half is blanked
            session.draw(frame)
            #expect(rowText(2) == "ab x太郎!")
            #expect(cell(2, 4).text == scalars("太"))
            frame.put("山", row: 2, column: 1)  // over "b" and the blank
            session.draw(frame)
            #expect(rowText(2) == "a山x太郎!")
            #expect(cell(2, 3).text == scalars("x"))
        }
    }

    @Test func drawsStyledBlanksAndTextAcrossWideGapsAfterAClear() throws {
        try withSession { session, _ in
            var frame = Frame(size: .standard)
            frame.put("left", row: 4, column: 0)
            frame.put("   ", row: 4, column: 20, style: CellStyle(.focus))
            frame.put("right", row: 4, column: 75)
            frame.put("a  b", row: 5, column: 0, style: CellStyle(.link, [.underline]))
            session.draw(frame)
            #expect(rowText(4) == "left" + String(repeating: " ", count: 71) + "right")
            #expect(cell(4, 21).attributes & pp_a_reverse() != 0)
            #expect(cell(4, 21).pair != 0)
            #expect(cell(4, 10).attributes & pp_a_reverse() == 0)
            #expect(cell(4, 79).text == scalars("t"))
            #expect(rowText(5) == "a  b")
            #expect(cell(5, 1).attributes & pp_a_underline() != 0)  // a blank inside the run keeps its style
        }
    }

    @Test func decodesTypedKeysAndPastes() throws {
        try withSession { session, pty in
            #expect(session.nextInput(timeoutMilliseconds: 30) == nil)
            pty.send("\u{1b}OA")
            #expect(session.nextInput(timeoutMilliseconds: 1000) == .key(.up))
            pty.send("é")
            #expect(session.nextInput(timeoutMilliseconds: 1000) == .key(.character("é")))
            pty.send("\r")
            #expect(session.nextInput(timeoutMilliseconds: 1000) == .key(.enter))
            pty.send("\u{3}")
            #expect(session.nextInput(timeoutMilliseconds: 1000) == .key(.control("c")))
            pty.send("\u{1b}")
            #expect(session.nextInput(timeoutMilliseconds: 1000) == .key(.escape))
            pty.send("\u{1b}[200~ab\rc山\u{1b}[201~x")
            #expect(session.nextInput(timeoutMilliseconds: 1000) == .paste("ab\nc山"))
            #expect(session.nextInput(timeoutMilliseconds: 1000) == .key(.character("x")))
        }
    }

    @Test func reportsResize() throws {
        try withSession { session, pty in
            pty.resize(columns: 100, rows: 30)
            kill(getpid(), SIGWINCH)
            usleep(50_000)  // let another thread of the test process run curses' handler
            let expected = TerminalSize(columns: 100, rows: 30)
            let clock = ContinuousClock()
            let start = clock.now
            #expect(session.nextInput(timeoutMilliseconds: 2000) == .resize(expected))
            // Reported at once, although the signal came before the wait began.
            #expect(clock.now - start < .milliseconds(1000))
            #expect(session.size == expected)
        }
    }

    @Test func trapsTerminationSignalsAndRestoresHandlers() throws {
        var before = sigaction()
        sigaction(SIGTERM, nil, &before)
        try withSession { session, _ in
            var during = sigaction()
            sigaction(SIGTERM, nil, &during)
            let trapped = handlerAddress(during) != nil && handlerAddress(during) != handlerAddress(before)
            #expect(trapped)
            #expect(during.sa_flags & Int32(SA_RESTART) == 0)
            guard trapped else { return }  // raising an untrapped SIGTERM would end the test run
            // To the process, not this thread: test threads may block SIGTERM, and raise() would
            // leave it pending on this thread for ever.
            kill(getpid(), SIGTERM)
            usleep(50_000)  // let the handler run on whichever thread the kernel picked
            let clock = ContinuousClock()
            let start = clock.now
            #expect(session.nextInput(timeoutMilliseconds: 2000) == .signal(SIGTERM))
            #expect(clock.now - start < .milliseconds(1000))  // pending before the wait: no wait
            #expect(session.nextInput(timeoutMilliseconds: 10) == nil)
        }
        var after = sigaction()
        sigaction(SIGTERM, nil, &after)
        #expect(handlerAddress(after) == handlerAddress(before))
    }

    @Test func reportsEndOfInputWhenTheTerminalGoesAway() throws {
        try withSession { session, pty in
            pty.closeMaster()
            let clock = ContinuousClock()
            let start = clock.now
            #expect(session.nextInput(timeoutMilliseconds: 2000) == .endOfInput)
            #expect(clock.now - start < .milliseconds(1500))
            #expect(session.nextInput(timeoutMilliseconds: 2000) == .endOfInput)
        }
    }

    @Test func endRestoresTheTerminal() throws {
        let pty = try PseudoTerminal()
        var before = termios()
        tcgetattr(pty.slave, &before)
        let session = try TerminalSession.start(inputFD: pty.slave, outputFD: pty.slave, term: Self.term,
                                                options: TerminalOptions())
        var during = termios()
        tcgetattr(pty.slave, &during)
        #expect(during.c_lflag & tcflag_t(ECHO | ICANON | ISIG) == 0)  // raw, no echo
        #expect(pty.waitForOutput(containing: "\u{1b}[?2004h"))
        session.draw(Self.sampleFrame())
        session.bell()
        #expect(pty.waitForOutput(containing: "\u{7}"))
        session.end()
        session.end()  // idempotent
        var after = termios()
        tcgetattr(pty.slave, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
        #expect(pty.waitForOutput(containing: "\u{1b}[?2004l"))
        #expect(pty.waitForOutput(containing: "\u{1b}[?1049l"))
        #expect(pty.waitForOutput(containing: "\u{1b}[?25h"))
        #expect(session.nextInput(timeoutMilliseconds: 10) == .endOfInput)
    }

    @Test func crashGuardRestoresModesAndLeavesTheAlternateScreen() throws {
        let pty = try PseudoTerminal()
        var before = termios()
        tcgetattr(pty.slave, &before)
        let session = try TerminalSession.start(inputFD: pty.slave, outputFD: pty.slave, term: Self.term,
                                                options: TerminalOptions())
        defer { session.end() }
        var handler = sigaction()
        sigaction(SIGILL, nil, &handler)
        #expect(handler.__sigaction_handler.sa_handler != nil)  // a Swift trap is SIGILL
        let leave = String(decoding: CrashGuard.leaveSequence(), as: UTF8.self)
        #expect(leave.contains("\u{1b}[?1049l"))
        #expect(leave.contains("\u{1b}[?2004l"))
        CrashGuard.restoreTerminal()  // what the handler does before passing the signal on
        var after = termios()
        tcgetattr(pty.slave, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(pty.waitForOutput(containing: "\u{1b}[?2004l"))
        #expect(pty.waitForOutput(containing: "\u{1b}[?1049l"))
    }

    @Test func refusesATerminalThatCannotMoveTheCursor() throws {
        let pty = try PseudoTerminal()
        #expect(throws: TerminalError.dumbTerminal("dumb")) {
            try TerminalSession.start(inputFD: pty.slave, outputFD: pty.slave, term: "dumb", options: TerminalOptions())
        }
        #expect(throws: TerminalError.cannotStart("no-such-terminal")) {
            try TerminalSession.start(inputFD: pty.slave, outputFD: pty.slave, term: "no-such-terminal",
                                      options: TerminalOptions())
        }
        // A failed start leaves no session behind: the next one starts.
        let session = try TerminalSession.start(inputFD: pty.slave, outputFD: pty.slave, term: Self.term,
                                                options: TerminalOptions())
        session.end()
    }

    @Test func errorsDescribeTheProblemInOneLine() {
        #expect(TerminalError.notATerminal("standard input is not a TTY").description
            == "pacer-prep needs a terminal: standard input is not a TTY")
        #expect(TerminalError.dumbTerminal("dumb").description == "TERM=dumb cannot move the cursor")
        #expect(TerminalError.cannotStart("xyz").description == "curses could not start for TERM=xyz")
        #expect(!TerminalError.dumbTerminal("").description.contains("\n"))
    }
}
