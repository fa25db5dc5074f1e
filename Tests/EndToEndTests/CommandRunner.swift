import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end and collects what it printed: for `tmux` commands and for the
/// command-line tests that need no terminal.
///
/// Built on posix_spawn and waitpid rather than Foundation's `Process`, to control what a child
/// inherits: pipes are close-on-exec (a tmux server started by one test never holds another
/// test's pipe open), no signal is blocked and every disposition is the default (the test
/// runner's threads block most signals, which left tmux unable to reap its panes and would
/// hide SIGTERM from pacer-prep).
enum CommandRunner {
    /// What a finished program left behind.
    struct Result: CustomStringConvertible {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]

        var output: String { String(decoding: standardOutput, as: UTF8.self) }
        var error: String { String(decoding: standardError, as: UTF8.self) }
        var description: String { "status \(status), stdout \(output.debugDescription), stderr \(error.debugDescription)" }
    }

    private static let spawnLock = Mutex(())

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` (a path, or a name looked up in PATH) with `arguments`, standard input
    /// from /dev/null. `environment` replaces the inherited one when given. With `collectOutput`
    /// off, output goes to /dev/null (for tmux new-session, whose server lives on). A program
    /// still running after `timeout` seconds is killed (status 128+9).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    timeout: Double = 30, collectOutput: Bool = true) throws -> Result {
        let path = try resolve(executable)
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if !collectOutput {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

        // The test runner's threads block most signals and ignore SIGPIPE; a child inherits
        // both. tmux (and pacer-prep under it) must start with no signal blocked and default
        // dispositions, or the server never sees SIGCHLD and the program never sees SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&allSignals)
        for number: Int32 in 1..<32 where number != SIGKILL && number != SIGSTOP { sigaddset(&allSignals, number) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        // Pipes are made close-on-exec and the program spawned under one lock, so no program
        // started by another test in between inherits them.
        let spawned = try spawnLock.withLock { _ -> Int32 in
            if collectOutput {
                guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
                    throw Failure(description: "pipe: \(String(cString: strerror(errno)))")
                }
                for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
                posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
                posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            }
            return posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        }
        if collectOutput {
            close(outPipe[1])
            close(errPipe[1])
        }
        guard spawned == 0 else {
            if collectOutput { close(outPipe[0]); close(errPipe[0]) }
            throw Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
        }

        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        var output: [UInt8] = [], error: [UInt8] = []
        if collectOutput {
            var open = [outPipe[0], errPipe[0]]
            var buffer = [UInt8](repeating: 0, count: 65536)
            while !open.isEmpty {
                let remaining = deadline - ContinuousClock.now
                if remaining <= .zero { kill(pid, SIGKILL); break }
                var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
                let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining.components.seconds * 1000 + 1, 1000)))
                if ready < 0 && errno != EINTR { break }
                for entry in fds where entry.revents != 0 {
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count > 0 {
                        if entry.fd == outPipe[0] { output += buffer[..<count] } else { error += buffer[..<count] }
                    } else if count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN) {
                        open.removeAll { $0 == entry.fd }
                    }
                }
            }
            close(outPipe[0])
            close(errPipe[0])
        }

        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR {
                throw Failure(description: "waitpid \(pid): \(String(cString: strerror(errno)))")
            }
            if ContinuousClock.now >= deadline { kill(pid, SIGKILL) }
            usleep(2_000)
        }
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, standardOutput: output, standardError: error)
    }

    /// The full path of `name`, searched in PATH when it has no slash.
    static func resolve(_ name: String) throws -> String {
        if name.contains("/") { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Failure(description: "\(name) is not installed (not found in PATH=\(path)); the end-to-end tests need it.")
    }
}
