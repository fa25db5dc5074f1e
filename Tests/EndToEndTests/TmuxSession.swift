import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for one test: a tmux server on a socket of its own with one pane that runs
/// pacer-prep inside a small shell wrapper. Once the program ends the wrapper prints its exit
/// status and `stty -a`, then waits, so the test can read how the program left the terminal.
///
/// Waiting is always polling the pane for an expected state until a deadline; never a fixed sleep.
/// The server is killed when the session is released.
final class TmuxSession {
    /// How the program ended, read from the pane after it did.
    struct Ending {
        /// The exit status the wrapper's `$?` reported.
        var status: Int32
        /// The words of `stty -a` after the program ended, e.g. "icanon" or "-icanon".
        var terminalModes: Set<String>
        /// The non-empty rows the program left on the normal screen (wrapped rows joined).
        var output: [String]
        /// tmux's `#{alternate_on}` after the program ended.
        var alternateScreen: Bool
        /// tmux's `#{cursor_flag}` after the program ended.
        var cursorVisible: Bool
    }

    /// A wait that ran out, with what the pane showed last.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: PaneScreen
        var description: String { "timed out waiting for \(waitingFor); the pane shows:\(screen)" }
    }

    struct TmuxFailed: Error, CustomStringConvertible {
        var arguments: [String]
        var result: CommandRunner.Result
        var description: String { "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.error)" }
    }

    static let pollInterval: Duration = .milliseconds(25)
    static let defaultTimeout: Duration = .seconds(15)
    static let exitMarker = "EXIT="
    static let endMarker = "STTY-END"

    let socket: String
    let target = "e2e"
    private let tmux: String
    private let clientEnvironment: [String: String]
    /// The server's socket file, which tmux leaves behind when killed.
    private var socketPath = ""
    /// Where the pane's raw output is recorded (`recordOutput`), or nil.
    private(set) var outputLog: String?

    /// Starts `binary` (pacer-prep of this build by default) with `arguments` in a pane of
    /// `columns` x `rows`, with LANG=C.UTF-8, TERM=`term` and `environment` on top of the
    /// inherited environment, in `directory` when given.
    init(arguments: [String] = [], columns: Int = 80, rows: Int = 24, term: String = "tmux-256color",
         environment: [String: String] = [:], directory: String? = nil, binary: String? = nil,
         recordOutput: Bool = false) throws {
        tmux = try CommandRunner.resolve("tmux")
        socket = "pacer-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var client = ProcessInfo.processInfo.environment
        client["TMUX"] = nil
        client["LANG"] = "C.UTF-8"
        client["LC_ALL"] = nil
        clientEnvironment = client

        let program = try binary ?? BinaryLocator.binary()
        // When the output is recorded, the wrapper waits for a line (an Enter sent once the
        // recording runs) so that not one byte of the program's output is missed.
        let script = (recordOutput ? "read -r go; " : "")
            + ([program] + arguments).map(Self.shellQuoted).joined(separator: " ")
            + "; echo \"\(Self.exitMarker)$?\"; stty -a; echo \(Self.endMarker); exec sleep 600"
        var command = ["env", "-u", "LINES", "-u", "COLUMNS", "-u", "LC_ALL", "-u", "LC_CTYPE",
                       "LANG=C.UTF-8", "TERM=\(term)"]
        // Transcripts are on by default: a test that gives no folders of its own keeps them
        // out of the real home.
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil {
            environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).state").path
        }
        command += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        command += ["sh", "-c", script]
        var newSession = ["new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)"]
        if let directory { newSession += ["-c", directory] }
        // The new server must not inherit pipes: it would keep them open for its whole life.
        let started = try CommandRunner.run(tmux, ["-L", socket, "-f", "/dev/null"] + newSession + command,
                                            environment: clientEnvironment, collectOutput: false)
        guard started.status == 0 else { throw TmuxFailed(arguments: newSession + command, result: started) }
        socketPath = try display("#{socket_path}")
        if recordOutput {
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).output").path
            outputLog = log
            try tmuxCommand(["pipe-pane", "-t", target, "cat >> \(Self.shellQuoted(log))"])
            try sendKeys("Enter")
        }
    }

    /// Every byte the pane received since recording began: escape sequences included.
    func recordedOutput() -> [UInt8] {
        guard let outputLog, let data = FileManager.default.contents(atPath: outputLog) else { return [] }
        return [UInt8](data)
    }

    deinit {
        _ = try? CommandRunner.run(tmux, ["-L", socket, "kill-server"], environment: clientEnvironment)
        if !socketPath.isEmpty { unlink(socketPath) }
        if let outputLog { unlink(outputLog) }
    }

    // MARK: Driving the pane

    /// Sends tmux key names: "Tab", "BTab", "Enter", "Escape", "Space", "BSpace", "C-n", "C-c", "F1", "Right"…
    func sendKeys(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", target] + keys)
    }

    /// Sends `text` literally, as typed (UTF-8).
    func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Pastes `text` the way a terminal does, in bracketed-paste markers when the program
    /// asked for them.
    func paste(_ text: String) throws {
        try tmuxCommand(["set-buffer", "-b", "e2e", "--", text])
        try tmuxCommand(["paste-buffer", "-p", "-d", "-b", "e2e", "-t", target])
    }

    func resize(columns: Int, rows: Int) throws {
        try tmuxCommand(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The visible pane as plain text.
    func capture() throws -> PaneScreen {
        PaneScreen(try tmuxCommand(["capture-pane", "-p", "-t", target]))
    }

    /// The visible pane with its colours and attributes as escape sequences.
    func captureStyled() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-e", "-t", target])
    }

    /// The normal screen and its history, wrapped rows joined.
    func captureHistory() throws -> PaneScreen {
        PaneScreen(try tmuxCommand(["capture-pane", "-p", "-J", "-S", "-", "-t", target]))
    }

    /// A tmux format evaluated for the pane, e.g. "#{alternate_on}".
    func display(_ format: String) throws -> String {
        try tmuxCommand(["display-message", "-p", "-t", target, format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of pacer-prep: the child of the pane's shell.
    func programPID() async throws -> pid_t {
        let shell = try display("#{pane_pid}")
        var found: pid_t?
        try await poll("the pacer-prep process under pane pid \(shell)", capture: { () -> pid_t? in
            Self.children(of: pid_t(shell) ?? -1).first { Self.command(of: $0) == BinaryLocator.productName }
        }, until: { pid in
            found = pid
            return pid != nil
        })
        return found!
    }

    // MARK: Waiting

    /// Polls the plain pane until `condition` holds and the screen has settled (the same twice in
    /// a row), and returns it; throws `Timeout` with the last screen when `timeout` passes.
    @discardableResult
    func waitFor(_ waitingFor: String, timeout: Duration = defaultTimeout,
                 until condition: (PaneScreen) -> Bool) async throws -> PaneScreen {
        try await poll(waitingFor, timeout: timeout, capture: { try self.capture() }, until: condition)
    }

    /// Waits until `text` is on the screen.
    @discardableResult
    func waitFor(text: String, timeout: Duration = defaultTimeout) async throws -> PaneScreen {
        try await waitFor("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Presses one key and waits until the screen, attributes included, has changed and settled.
    func press(_ key: String) async throws {
        let before = try captureStyled()
        try sendKeys(key)
        try await poll("the screen to change after \(key)", capture: { try self.captureStyled() }, until: { $0 != before })
    }

    /// Waits for the wrapper's report after the program ended, and reads it.
    func waitForExit(timeout: Duration = defaultTimeout) async throws -> Ending {
        let history = try await poll("the program to end (\(Self.endMarker))", timeout: timeout,
                                     capture: { try self.captureHistory() },
                                     until: { $0.lines.contains(Self.endMarker) })
        let rows = history.lines
        guard let exitRow = rows.lastIndex(where: { $0.hasPrefix(Self.exitMarker) }),
              let status = Int32(rows[exitRow].dropFirst(Self.exitMarker.count)),
              let endRow = rows.lastIndex(of: Self.endMarker), endRow > exitRow
        else { throw Timeout(waitingFor: "a readable exit report", screen: history) }
        let modes = rows[(exitRow + 1)..<endRow].joined(separator: " ")
            .split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
        return Ending(
            status: status,
            terminalModes: Set(modes),
            output: rows[..<exitRow].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
            alternateScreen: try display("#{alternate_on}") == "1",
            cursorVisible: try display("#{cursor_flag}") == "1"
        )
    }

    /// The general poll: captures until `condition` holds for two equal captures in a row.
    @discardableResult
    func poll<T: Equatable>(_ waitingFor: String, timeout: Duration = defaultTimeout,
                            capture: () throws -> T, until condition: (T) -> Bool) async throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var value = try capture()
        while true {
            if condition(value) {
                try await Task.sleep(for: Self.pollInterval)
                let again = try capture()
                if again == value { return value }
                value = again
                continue
            }
            if clock.now >= deadline {
                throw Timeout(waitingFor: waitingFor, screen: (try? self.capture()) ?? PaneScreen(""))
            }
            try await Task.sleep(for: Self.pollInterval)
            value = try capture()
        }
    }

    // MARK: Helpers

    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> String {
        let all = ["-L", socket, "-f", "/dev/null"] + arguments
        let result = try CommandRunner.run(tmux, all, environment: clientEnvironment)
        guard result.status == 0 else { throw TmuxFailed(arguments: arguments, result: result) }
        return result.output
    }

    /// `text` in single quotes for sh.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The pids whose parent is `parent`, from /proc.
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")")
            else { return nil }
            // After "pid (comm) ": state, then ppid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, pid_t(fields[1]) == parent else { return nil }
            return pid
        }
    }

    /// The command name of `pid` (/proc/pid/comm).
    static func command(of pid: pid_t) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
