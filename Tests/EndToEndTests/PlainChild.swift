import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `pacer-prep` with its standard input on a pipe or on a pseudo-terminal (and its
/// output on pipes), so plain mode can be typed at, line by line, as a person or a script would.
///
/// `CommandRunner` runs a program with /dev/null as input; plain mode needs input, and the
/// terminal case needs to wait for each prompt before typing (typed-ahead text would be echoed
/// before the program turns echo off). Like `CommandRunner`, it spawns with posix_spawn, with no
/// signal blocked and default dispositions, and every descriptor it opens is close-on-exec
/// from the start, so no other test's program inherits one. (`CommandRunner` still serves the
/// runs that need no input.)
final class PlainChild {
    enum Input {
        /// A pipe: not a terminal, so plain mode is chosen with a one-line notice.
        case pipe
        /// A pseudo-terminal (the output stays on pipes).
        case terminal
    }

    let pid: pid_t
    /// The pipe's write end or the terminal's master; -1 once closed.
    private var input: Int32
    private let terminal: Int32?
    private var outputFD: Int32
    private var errorFD: Int32
    private var output: [UInt8] = []
    private var error: [UInt8] = []
    private var echo: [UInt8] = []
    /// Where the output not yet answered starts: `answer` waits for a prompt printed after it.
    private var mark = 0
    private var status: Int32?

    /// How a run ended: its status as a shell reports it, and everything it printed.
    struct Ending: CustomStringConvertible {
        var status: Int32
        var output: [UInt8]
        var error: [UInt8]
        var printed: String { String(decoding: output, as: UTF8.self) }
        var errors: String { String(decoding: error, as: UTF8.self) }
        var description: String { "status \(status), stdout \(printed.debugDescription), stderr \(errors.debugDescription)" }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The environment of a plain run: a real TERM (so only what a test changes is wrong), a
    /// UTF-8 locale, no PACER_PREP_PLAIN.
    static func environment(term: String? = "xterm-256color", plain: String? = nil) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = term
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["PACER_PREP_PLAIN"] = plain
        // Transcripts of test runs go to a scratch folder, never into the tester's home.
        environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory
            .appendingPathComponent("pacer-prep-test-state").path
        return environment
    }

    init(_ arguments: [String], environment: [String: String] = environment(), input kind: Input = .pipe) throws {
        let path = try BinaryLocator.binary()
        guard let out = PlainLibc.pipe(), let err = PlainLibc.pipe() else { throw Self.failure("pipe2") }
        let childInput: Int32
        switch kind {
        case .pipe:
            guard let fds = PlainLibc.pipe() else { throw Self.failure("pipe2") }
            childInput = fds[0]
            input = fds[1]
            terminal = nil
        case .terminal:
            guard let pair = PlainLibc.pseudoTerminal() else { throw Self.failure("posix_openpt") }
            childInput = pair.slave
            input = pair.master
            terminal = pair.slave
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childInput, 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigemptyset(&all)
        for number: Int32 in 1..<32 where number != SIGKILL && number != SIGSTOP { sigaddset(&all, number) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(out[1])
        close(err[1])
        if kind == .pipe { close(childInput) }
        guard spawned == 0 else { throw Self.failure("posix_spawn \(path)", code: spawned) }
        self.pid = pid
        outputFD = out[0]
        errorFD = err[0]
    }

    deinit {
        if status == nil { kill(pid, SIGKILL); reap(blocking: true) }
        for fd in [input, outputFD, errorFD, terminal ?? -1] where fd >= 0 { close(fd) }
    }

    static func failure(_ what: String, code: Int32 = errno) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(code)))")
    }

    /// Everything printed on standard output so far.
    var printed: String { String(decoding: output, as: UTF8.self) }
    /// What the terminal echoed of the typing (terminal input only).
    var echoed: String { String(decoding: echo, as: UTF8.self) }

    /// Types text (a line needs its "\n").
    func type(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { write(input, $0.baseAddress! + offset, $0.count - offset) }
            if count > 0 { offset += count } else if errno != EINTR { return }
        }
    }

    /// Ends the input (a pipe's end of file).
    func closeInput() {
        guard terminal == nil, input >= 0 else { return }
        close(input)
        input = -1
    }

    /// Reads what is ready on the output pipes and the terminal, waiting at most `milliseconds`.
    private func pump(milliseconds: Int32) {
        var watched = [outputFD, errorFD].filter { $0 >= 0 }
        if terminal != nil, input >= 0 { watched.append(input) }
        guard !watched.isEmpty else { usleep(UInt32(milliseconds) * 1000); return }
        var fds = watched.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        for entry in fds where entry.revents != 0 {
            let count = read(entry.fd, &buffer, buffer.count)
            if count > 0 {
                if entry.fd == outputFD { output += buffer[..<count] }
                else if entry.fd == errorFD { error += buffer[..<count] }
                else { echo += buffer[..<count] }
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                if entry.fd == outputFD { close(outputFD); outputFD = -1 }
                if entry.fd == errorFD { close(errorFD); errorFD = -1 }
            }
        }
    }

    /// Waits until standard output, since the last answer, contains `text`; throws, with what
    /// was printed, when the program ends or the time is up first.
    func waitFor(_ text: String, timeout: Double = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !String(decoding: output[mark...], as: UTF8.self).contains(text) {
            if Date() > deadline || (reap(blocking: false) != nil && outputFD < 0) {
                throw Failure(description: "never printed \(text.debugDescription); printed:\n\(printed)")
            }
            pump(milliseconds: 20)
        }
    }

    /// Types a line once `prompt` has been printed since the last line typed.
    func answer(_ prompt: String, _ line: String, timeout: Double = 15) throws {
        try waitFor(prompt, timeout: timeout)
        mark = output.count
        type(line + "\n")
    }

    /// Waits for the program to end and gives its status and all it printed.
    func finish(timeout: Double = 30) throws -> Ending {
        let deadline = Date().addingTimeInterval(timeout)
        while status == nil || outputFD >= 0 || errorFD >= 0 {
            pump(milliseconds: 20)
            reap(blocking: false)
            if Date() > deadline {
                kill(pid, SIGKILL)
                reap(blocking: true)
                throw Failure(description: "still running after \(timeout) s; printed:\n\(printed)")
            }
        }
        return Ending(status: status!, output: output, error: error)
    }

    /// The terminal's modes now (terminal input only), to check what the program left behind.
    func terminalModes() -> termios? {
        guard let terminal else { return nil }
        var modes = termios()
        return tcgetattr(terminal, &modes) == 0 ? modes : nil
    }

    /// The exit status once the program has ended, as a shell reports it (128+N for signal N).
    @discardableResult
    private func reap(blocking: Bool) -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        let reaped = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
        guard reaped == pid else { return nil }
        status = (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
        return status
    }
}
