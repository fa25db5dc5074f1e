import CNcursesw
import Glibc

extension TerminalSession {
    /// Ctrl-Z: gives the terminal back as it was before curses started (mouse and paste modes
    /// off, the normal screen, the shell's modes), stops the process the way job control expects
    /// (SIGTSTP with its default action), and once continued (`fg`, SIGCONT) takes the terminal
    /// again. The next `draw` repaints the whole screen, at the size the window has now.
    ///
    /// The process stops inside this call. Where there is no job control (no shell waiting for
    /// the job, so its process group is orphaned) the kernel ignores the stop and the screen is
    /// only redrawn.
    public func suspend() {
        guard live else { return }
        leaveScreenModes()
        stopUntilContinued()
        resume()
    }

    /// Raises SIGTSTP with the default action and returns when the process is continued. The
    /// handler in place (curses' own) is put back afterwards.
    private func stopUntilContinued() {
        var stopAction = sigaction()
        stopAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stopAction.sa_mask)
        var previous = sigaction()
        sigaction(SIGTSTP, &stopAction, &previous)
        var stopOnly = sigset_t()
        sigemptyset(&stopOnly)
        sigaddset(&stopOnly, SIGTSTP)
        var mask = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &stopOnly, &mask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        sigaction(SIGTSTP, &previous, nil)
    }

    /// Takes the terminal back: curses returns to its modes and the alternate screen with the
    /// next draw, mouse reporting and bracketed paste are asked for again, and the window's
    /// size is read afresh (it may have changed while the process was stopped).
    private func resume() {
        var size = winsize()
        if ioctl(outputFD, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0,
           Int32(size.ws_row) != getmaxy(window) || Int32(size.ws_col) != getmaxx(window) {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
        if mouseMask != 0 { mousemask(mouseMask, nil) }
        // The next draw clears and repaints; curses' update puts its own modes back first.
        drawer.invalidate()
        Self.writeAll(outputFD, Self.pasteOn)
    }
}
