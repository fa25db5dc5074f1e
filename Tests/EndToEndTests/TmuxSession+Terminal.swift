import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal-craft tests need beyond keys: the pane's modes as tmux sees them, mouse
/// reports written to the pane as a terminal would send them, and where text is on screen.
extension TmuxSession {
    /// The mouse modes the program asked the pane for (tmux's `mouse_*_flag` formats).
    struct MouseModes: Equatable, CustomStringConvertible {
        var any: Bool
        var standard: Bool
        var sgr: Bool
        var isOn: Bool { any || standard || sgr }
        var description: String { "mouse any=\(any) standard=\(standard) sgr=\(sgr)" }
    }

    func mouseModes() throws -> MouseModes {
        let flags = try display("#{mouse_any_flag} #{mouse_standard_flag} #{mouse_sgr_flag}").split(separator: " ")
        return MouseModes(any: flags.first == "1", standard: flags.dropFirst().first == "1", sgr: flags.last == "1")
    }

    /// Presses and releases the left button on a cell (0-based), in the encoding the program
    /// asked for: SGR (`ESC [ < 0 ; x ; y M`, then `m`) when it turned mode 1006 on, else the
    /// classic X10 report (`ESC [ M` and three bytes, each value plus 32). tmux cannot click by
    /// itself, so the report is written to the pane as input, as a terminal would write it.
    func click(row: Int, column: Int) throws {
        try mouseReport(button: 0, row: row, column: column)
    }

    /// One notch of the wheel (buttons 4 and 5 are reported as 64 and 65).
    func wheel(up: Bool, row: Int = 10, column: Int = 10) throws {
        try mouseReport(button: up ? 64 : 65, row: row, column: column, release: false)
    }

    private func mouseReport(button: Int, row: Int, column: Int, release: Bool = true) throws {
        if try mouseModes().sgr {
            try type("\u{1B}[<\(button);\(column + 1);\(row + 1)M")
            if release { try type("\u{1B}[<\(button);\(column + 1);\(row + 1)m") }
        } else {
            func byte(_ value: Int) -> String { String(UnicodeScalar(UInt8(32 + value))) }
            try type("\u{1B}[M" + byte(button) + byte(column + 1) + byte(row + 1))
            if release { try type("\u{1B}[M" + byte(3) + byte(column + 1) + byte(row + 1)) }
        }
    }

    /// Clicks the middle of the first occurrence of `text` on screen (or `offset` cells into it).
    func click(on text: String, offset: Int? = nil) throws {
        let screen = try capture()
        guard let row = screen.lines.firstIndex(where: { $0.contains(text) }),
              let column = PaneScreen.displayColumn(of: text, in: screen.lines[row]) else {
            throw Timeout(waitingFor: "\"\(text)\" on screen to click it", screen: screen)
        }
        try click(row: row, column: column + (offset ?? PaneScreen.displayWidth(text) / 2))
    }

    /// Runs a tmux command on this session's server, for what the session itself does not offer.
    @discardableResult
    func tmuxRun(_ arguments: [String]) throws -> CommandRunner.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        return try CommandRunner.run("tmux", ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
    }

    /// Every escape sequence's SGR parameters in a styled capture (`capture-pane -e`).
    static func sgrParameters(in styled: String) -> [[Int]] {
        var result: [[Int]] = []
        var rest = styled[...]
        while let start = rest.range(of: "\u{1B}[") {
            let body = rest[start.upperBound...].prefix { $0.isNumber || $0 == ";" }
            let after = rest[start.upperBound...].dropFirst(body.count)
            if after.first == "m" {
                result.append(body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 })
            }
            rest = after
        }
        return result
    }

    /// Whether some SGR parameter list sets a colour (30–37, 38, 40–47, 48, 90–97, 100–107);
    /// 39 and 49, the terminal's own colours, do not count.
    static func setsColour(_ parameters: [[Int]]) -> Bool {
        parameters.contains { list in
            list.contains { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
        }
    }
}
