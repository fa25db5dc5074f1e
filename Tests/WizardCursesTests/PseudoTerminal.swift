import CNcursesw
import Foundation
import Synchronization

/// A pseudo-terminal for in-process curses tests: curses runs on the slave side, a thread drains
/// the master (so curses never blocks on a full buffer) and keeps what it read.
final class PseudoTerminal: Sendable {
    let master: Int32
    let slave: Int32
    private let received = Mutex<[UInt8]>([])
    private let stopRequested = Atomic<Bool>(false)
    private let drained = Atomic<Bool>(false)

    init(columns: Int = 80, rows: Int = 24) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        self.master = master
        self.slave = slave
        let thread = Thread { [self] in drain() }
        thread.start()
    }

    deinit {
        closeMaster()
        close(slave)
    }

    /// Everything curses has written so far, as text.
    var output: String {
        received.withLock { String(decoding: $0, as: UTF8.self) }
    }

    /// Waits (up to a second) until the output contains `text`.
    func waitForOutput(containing text: String) -> Bool {
        for _ in 0..<100 {
            if output.contains(text) { return true }
            usleep(10_000)
        }
        return false
    }

    /// Types bytes as if from the keyboard.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Sets a new window size on the pty (the caller raises SIGWINCH).
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Stops the drain thread and closes the master: the slave side sees a hang-up.
    func closeMaster() {
        guard !stopRequested.exchange(true, ordering: .sequentiallyConsistent) else { return }
        while !drained.load(ordering: .sequentiallyConsistent) { usleep(1_000) }
        close(master)
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !stopRequested.load(ordering: .sequentiallyConsistent) {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 10) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                received.withLock { $0.append(contentsOf: buffer[0..<count]) }
            } else {
                usleep(1_000)
            }
        }
        drained.store(true, ordering: .sequentiallyConsistent)
    }
}
