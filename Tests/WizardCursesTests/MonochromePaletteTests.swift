import CNcursesw
import Testing
@testable import WizardCurses
@testable import WizardEngine

/// Without colour (NO_COLOR, --no-color, a terminal without colours) every mark that colour
/// would carry still shows through attributes alone (design §8).
@Suite struct MonochromePaletteTests {
    let palette = ColorPalette.monochrome

    func has(_ style: CellStyle, _ attribute: attr_t) -> Bool {
        palette.attributes(for: style) & attribute != 0
    }

    @Test func noRoleGetsAColour() {
        #expect(palette.isMonochrome)
        for role in ColorRole.allCases { #expect(palette.pair(for: role) == 0, "\(role)") }
    }

    @Test func requiredMarksAndErrorsAreBold() {
        #expect(has(Styles.required, pp_a_bold()))
        #expect(has(Styles.error, pp_a_bold()))
        #expect(palette.attributes(for: Styles.label) == pp_a_normal(), "a plain label stays plain, so * stands out")
    }

    @Test func theFocusIsReverseVideo() {
        for style in [Styles.focusedLabel, Styles.focusedBox, Styles.focusedButton, Styles.focusedLink,
                      Styles.focusedMenu, Styles.control] {
            #expect(has(style, pp_a_reverse()), "\(style)")
        }
    }

    @Test func theCurrentTabTheFocusedTabAndTheOthersAllDiffer() {
        let current = palette.attributes(for: Styles.currentTab)
        let focused = palette.attributes(for: Styles.focusedButton)
        let other = palette.attributes(for: Styles.tab)
        #expect(current != focused && current != other && focused != other)
        #expect(current & pp_a_reverse() != 0 && other & pp_a_reverse() == 0)
    }

    @Test func linksAreUnderlined() {
        #expect(has(Styles.link, pp_a_underline()))
    }
}
