import Glibc

/// A program running on its own pseudo-terminal, driven from the master side the way a terminal
/// emulator would: what it writes is read (and counted) here, what is typed is written here.
///
/// The child is started with posix_spawn rather than fork, because forking a process that runs
/// the Swift runtime (and possibly Foundation's threads) is unsafe; POSIX_SPAWN_SETSID plus
/// opening the slave by name makes the pty the child's controlling terminal, as in a real login.
final class PtyProcess {
    let pid: pid_t
    let master: Int32
    /// CLOCK_MONOTONIC just before posix_spawn: the start of the first-frame measurement.
    let spawnedAt: UInt64
    /// Every byte the program has written so far.
    private(set) var totalBytes = 0
    /// What is visible in the output since the last `forgetVisible()`.
    private(set) var visible = VisibleText()
    private var exitStatus: Int32?
    private var buffer = [UInt8](repeating: 0, count: 65_536)

    /// glibc's POSIX_SPAWN_SETSID (2.26 and later), which Swift's Glibc module does not export.
    private static let spawnSetSID: Int32 = 0x80

    /// Starts `arguments[0]` on a new `columns`x`rows` pty with exactly `environment`.
    init(arguments: [String], environment: [String], columns: UInt16 = 80, rows: UInt16 = 24) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw BenchError("openpty failed: \(Self.describe(errno))")
        }
        // Set the size again with TIOCSWINSZ, as a terminal emulator does.
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0 else {
            close(master)
            close(slave)
            throw BenchError("ttyname_r failed on the pty's slave")
        }
        let slaveName = Self.string(name)
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let started = MonotonicClock.now()
        let result = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        close(slave)
        guard result == 0 else {
            close(master)
            throw BenchError("cannot start \(arguments[0]): \(Self.describe(result))")
        }
        self.pid = child
        self.master = master
        self.spawnedAt = started
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = reap(blocking: true)
        }
        close(master)
    }

    /// Reads whatever arrives within `timeoutMilliseconds`; returns the number of bytes read
    /// (0 on timeout, nil once the program has closed the terminal).
    @discardableResult
    func read(timeoutMilliseconds: Int32) -> Int? {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeoutMilliseconds)
        if ready < 0 { return errno == EINTR ? 0 : nil }
        if ready == 0 { return 0 }
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? 0 : nil }  // EIO: slave closed
        if count == 0 { return nil }
        totalBytes += count
        visible.append(buffer[0..<count])
        return count
    }

    /// Reads until `text` (spaces ignored) is visible; returns the CLOCK_MONOTONIC time of the
    /// read that completed it.
    func waitUntilVisible(_ text: String, timeoutSeconds: Double) throws -> UInt64 {
        let deadline = MonotonicClock.now() + UInt64(timeoutSeconds * 1e9)
        while !visible.contains(text) {
            let now = MonotonicClock.now()
            guard now < deadline else {
                throw BenchError("\"\(text)\" did not appear within \(timeoutSeconds) s")
            }
            let wait = Int32(min((deadline - now) / 1_000_000 + 1, 1_000))
            guard read(timeoutMilliseconds: wait) != nil else {
                throw BenchError("the program ended before \"\(text)\" appeared")
            }
        }
        return MonotonicClock.now()
    }

    /// Reads until nothing has arrived for `quietMilliseconds`, or `limitMilliseconds` passed;
    /// returns the bytes read.
    @discardableResult
    func drainUntilQuiet(quietMilliseconds: Int32, limitMilliseconds: Int32 = 3_000) -> Int {
        let before = totalBytes
        let deadline = MonotonicClock.now() + UInt64(limitMilliseconds) * 1_000_000
        while MonotonicClock.now() < deadline {
            guard let count = read(timeoutMilliseconds: quietMilliseconds), count > 0 else { break }
        }
        return totalBytes - before
    }

    /// Types `bytes`, then waits for the answer: the first output (up to `responseMilliseconds`),
    /// then quiet for `quietMilliseconds`. Returns the bytes the program wrote meanwhile.
    @discardableResult
    func type(_ bytes: [UInt8], responseMilliseconds: Int32 = 500, quietMilliseconds: Int32 = 50) -> Int {
        let before = totalBytes
        write(bytes)
        if let first = read(timeoutMilliseconds: responseMilliseconds), first > 0 {
            drainUntilQuiet(quietMilliseconds: quietMilliseconds)
        }
        return totalBytes - before
    }

    func write(_ bytes: [UInt8]) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            rest = rest.dropFirst(written)
        }
    }

    func forgetVisible() {
        visible.reset()
    }

    /// VmHWM (peak resident set) of the program in KiB, from /proc/PID/status.
    func peakResidentKiB() -> Int? {
        guard let file = fopen("/proc/\(pid)/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = Self.string(line)
            guard text.hasPrefix("VmHWM:") else { continue }
            return Int(text.dropFirst(6).filter(\.isNumber))
        }
        return nil
    }

    /// Ends the program politely with `quitKeys` (each followed by a short wait for its answer),
    /// then with SIGKILL after `graceSeconds`; always reaps it. Returns true if the keys ended it.
    @discardableResult
    func quit(with quitKeys: [[UInt8]], graceSeconds: Double = 3) -> Bool {
        for keys in quitKeys where exitStatus == nil {
            write(keys)
            drainUntilQuiet(quietMilliseconds: 30, limitMilliseconds: 500)
            _ = reap(blocking: false)
        }
        let deadline = MonotonicClock.now() + UInt64(graceSeconds * 1e9)
        while exitStatus == nil && MonotonicClock.now() < deadline {
            if read(timeoutMilliseconds: 20) == nil {
                _ = reap(blocking: true)
                break
            }
            _ = reap(blocking: false)
        }
        if exitStatus != nil { return true }
        kill(pid, SIGKILL)
        _ = reap(blocking: true)
        return false
    }

    private func reap(blocking: Bool) -> Bool {
        guard exitStatus == nil else { return true }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid {
                exitStatus = status
                return true
            }
            if result < 0 && errno == EINTR { continue }
            if result < 0 {
                exitStatus = -1  // not our child any more
                return true
            }
            return false
        }
    }

    private static func string(_ characters: [CChar]) -> String {
        String(decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func describe(_ code: Int32) -> String {
        strerror(code).map { String(validatingCString: $0) ?? "error \(code)" } ?? "error \(code)"
    }
}
