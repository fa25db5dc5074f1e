import WizardCurses

/// The one line that says plain mode is used instead of the curses screen, and why.
enum PlainFallback {
    static func announce(_ reason: any Error) {
        StandardError.write("pacer-prep: plain line mode, because \(because(reason)).\n")
    }

    static func because(_ reason: any Error) -> String {
        switch reason as? TerminalError {
        case .notATerminal(let detail)?: detail
        case let other?: other.description
        case nil: "\(reason)"
        }
    }
}
