import CNcursesw
import Testing
@testable import WizardCurses

/// getmouse results to `TerminalInput`, without a terminal.
@Suite struct MouseDecoderTests {
    @Test func aLeftPressOrClickIsAClickOnItsCell() {
        #expect(MouseDecoder.decode(buttons: pp_button1_pressed(), row: 21, column: 72) == .click(row: 21, column: 72))
        #expect(MouseDecoder.decode(buttons: pp_button1_clicked(), row: 0, column: 0) == .click(row: 0, column: 0))
    }

    @Test func theWheelIsButtonsFourAndFive() {
        #expect(MouseDecoder.decode(buttons: pp_button4_pressed(), row: 5, column: 5) == .wheel(up: true))
        #expect(MouseDecoder.decode(buttons: pp_button5_pressed(), row: 5, column: 5) == .wheel(up: false))
    }

    @Test func releasesAndPositionsOffTheScreenAreDropped() {
        #expect(MouseDecoder.decode(buttons: pp_button1_released(), row: 3, column: 3) == nil)
        #expect(MouseDecoder.decode(buttons: 0, row: 3, column: 3) == nil)
        #expect(MouseDecoder.decode(buttons: pp_button1_pressed(), row: -1, column: 3) == nil)
    }

    @Test func theMaskAsksForTheLeftButtonAndTheWheelOnly() {
        let mask = MouseDecoder.mask
        #expect(mask & pp_button1_pressed() != 0 && mask & pp_button4_pressed() != 0 && mask & pp_button5_pressed() != 0)
        #expect(mask & pp_a_normal() == 0)
    }
}
