import CNcursesw
import Glibc
import WizardEngine

extension TerminalSession {
    /// Waits up to the timeout (negative: no limit) for input. A trapped signal is reported as
    /// soon as it is pending, KEY_RESIZE as the new size, a bracketed paste as one `.paste`, a
    /// mouse press or wheel notch as `.click` or `.wheel`, and a terminal that went away as
    /// `.endOfInput` (then on every call); nil on timeout.
    public func nextInput(timeoutMilliseconds: Int32) -> TerminalInput? {
        guard live, !atEnd else { return .endOfInput }
        if let number = SignalTrap.takePending() { return .signal(number) }
        if !queued.isEmpty { return queued.removeFirst() }

        var code: wint_t = 0
        var status = ERR
        if terminalSizeChanged() {
            // curses notices a SIGWINCH that came before it began to wait only when the wait
            // ends: look without waiting first.
            wtimeout(window, 0)
            status = wget_wch(window, &code)
        }
        if status == ERR {
            wtimeout(window, timeoutMilliseconds)
            status = wget_wch(window, &code)
        }
        let input: TerminalInput?
        if status == ERR {
            input = inputAfterFailedRead()
        } else {
            failedReads = 0
            input = decode(status: status, code: code)
        }
        if let number = SignalTrap.takePending() {
            if let input { queued.append(input) }
            return .signal(number)
        }
        return input
    }

    /// Whether the terminal's size differs from the size curses has.
    private func terminalSizeChanged() -> Bool {
        var size = winsize()
        guard ioctl(outputFD, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return false }
        return Int32(size.ws_row) != getmaxy(window) || Int32(size.ws_col) != getmaxx(window)
    }

    private func decode(status: Int32, code: wint_t) -> TerminalInput? {
        if status == KEY_CODE_YES {
            if code == KeyDecoder.pasteBegin { return readPaste() }
            if code == KeyDecoder.pasteEnd { return nil }
            if code == KEY_MOUSE { return readMouse() }
        }
        let input = KeyDecoder.decode(status: status, code: code, size: size)
        if case .resize = input {
            // Terminals rearrange their contents on resize: repaint everything.
            drawer.invalidate()
        }
        return input
    }

    /// The mouse event curses decoded (from the X10 or SGR report its terminfo asked for).
    private func readMouse() -> TerminalInput? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return MouseDecoder.decode(buttons: event.bstate, row: event.y, column: event.x)
    }

    /// After wget_wch gave ERR: a timeout, an interrupted wait, or input that is gone. A hang-up
    /// shows as POLLHUP; EOF or EIO as input that polls readable yet cannot be read, again and
    /// again.
    private func inputAfterFailedRead() -> TerminalInput? {
        var descriptor = pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, 0)
        if ready < 0, errno != EINTR { return markEnd() }
        guard ready > 0 else { failedReads = 0; return nil }
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return markEnd() }
        failedReads += 1
        return failedReads >= 3 ? markEnd() : nil
    }

    private func markEnd() -> TerminalInput {
        atEnd = true
        return .endOfInput
    }

    /// Reads the rest of a bracketed paste, up to its end marker (or a second of silence).
    /// Carriage returns, which terminals send for newlines, become "\n"; other keys are dropped,
    /// but a resize is kept for after the paste.
    private func readPaste() -> TerminalInput {
        let limit = 1 << 20
        var text = String.UnicodeScalarView()
        var lastWasReturn = false
        var silentReads = 0
        wtimeout(window, 100)
        while silentReads < 10 {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR {
                silentReads += 1
                continue
            }
            silentReads = 0
            if status == KEY_CODE_YES {
                if code == KeyDecoder.pasteEnd { break }
                if code == KEY_ENTER { text.append("\n") }
                // curses has taken the new size already: report it after the paste, or it is lost.
                if code == KEY_RESIZE, let resize = decode(status: status, code: code) { queued.append(resize) }
                lastWasReturn = false
                continue
            }
            switch code {
            case 13: text.append("\n")
            case 10: if !lastWasReturn { text.append("\n") }
            default:
                if text.count < limit, let scalar = Unicode.Scalar(code) { text.append(scalar) }
            }
            lastWasReturn = code == 13
        }
        return .paste(String(text))
    }
}
