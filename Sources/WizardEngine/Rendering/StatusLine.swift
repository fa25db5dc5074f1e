/// The status line's text and the room the buttons leave for it.
enum StatusLine {
    static func text(_ notice: Notice, glyphs: Glyphs = .unicode) -> String {
        switch notice.tone {
        case .problem: "\(glyphs.error) \(notice.text)"
        case .info, .success: notice.text
        }
    }

    static func style(_ notice: Notice) -> CellStyle {
        switch notice.tone {
        case .problem: Styles.error
        case .info: .plain
        case .success: Styles.success
        }
    }

    /// "[ Back ]  [ Next ]": each button's label in brackets, two spaces apart.
    static func buttonsWidth(_ buttons: [ScreenView.ButtonView]) -> Int {
        buttons.reduce(0) { $0 + DisplayWidth.of($1.label) + 4 } + max(0, buttons.count - 1) * 2
    }
}
