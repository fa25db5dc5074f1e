#if canImport(Glibc)
import Glibc
#endif

/// Plain mode's input from a file descriptor (standard input in the executable).
///
/// Reads with `read(2)` rather than Foundation, keeps what arrives after a line break for the
/// next read, and returns soon after a signal arrives (the handlers are installed without
/// SA_RESTART, and the wait is a poll with a timeout), so Ctrl-C ends the run in normal code
/// with the terminal's modes put back.
public final class StandardInput: LineInput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false
    /// Whether the descriptor is a terminal, whose echo can be turned off for secrets.
    public let isTerminal: Bool

    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
        isTerminal = isatty(descriptor) == 1
    }

    public var echoesTyping: Bool { isTerminal }

    /// How long a wait for input lasts before pending signals are looked at again.
    static let pollMilliseconds: Int32 = 100

    public func readLine(hidden: Bool, prompt: () -> Void) -> LineRead {
        if let number = PlainSignals.takePending() { return .signal(number) }
        let saved = hidden && isTerminal ? EchoSwitch.turnOff(descriptor) : nil
        defer { if let saved { EchoSwitch.restore(saved, descriptor) } }
        prompt()
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Self.decode(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if atEnd {
                guard !buffer.isEmpty else { return .end }
                defer { buffer = [] }
                return .line(Self.decode(buffer[...]))
            }
            // Waiting in poll with a timeout, not in read: a signal that lands just before the
            // wait (while the prompt is written) is still noticed within a moment.
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, Self.pollMilliseconds)
            if let number = PlainSignals.takePending() { return .signal(number) }
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 {
                buffer += chunk[0..<count]
            } else if count < 0, errno == EINTR {
                if let number = PlainSignals.takePending() { return .signal(number) }
            } else {
                // End of file, or EIO when the terminal went away.
                atEnd = true
            }
        }
    }

    /// The line as text, without a carriage return left by a Windows-edited file.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
