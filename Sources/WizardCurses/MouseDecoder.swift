import CNcursesw

/// Translates what `getmouse` reported into a `TerminalInput`: a left press (or a click, should
/// curses ever combine one) becomes `.click`, buttons 4 and 5 (the wheel) `.wheel`. Releases,
/// drags and other buttons are dropped. Pure, so it is tested without a terminal.
enum MouseDecoder {
    /// The events asked of curses: the left button and the wheel. Releases are asked for too so
    /// that curses consumes them rather than handing them on as stray keys.
    static var mask: mmask_t {
        pp_button1_pressed() | pp_button1_released() | pp_button1_clicked()
            | pp_button4_pressed() | pp_button5_pressed()
    }

    static func decode(buttons: mmask_t, row: Int32, column: Int32) -> TerminalInput? {
        if buttons & pp_button4_pressed() != 0 { return .wheel(up: true) }
        if buttons & pp_button5_pressed() != 0 { return .wheel(up: false) }
        if buttons & (pp_button1_pressed() | pp_button1_clicked()) != 0, row >= 0, column >= 0 {
            return .click(row: Int(row), column: Int(column))
        }
        return nil
    }
}
