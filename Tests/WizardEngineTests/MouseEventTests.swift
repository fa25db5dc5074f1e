import Testing
@testable import WizardEngine

/// Clicks and the wheel through `Wizard.send`: each click must leave the same state as the keys
/// that do the same thing, so validation and the count of wrong choices cannot differ.
@Suite struct MouseEventTests {
    typealias M = MiniJourney
    typealias F = MouseFixture

    /// Clicks the first (most specific) region of `target` and returns the effects.
    @discardableResult
    static func click(_ target: FocusTarget, _ wizard: inout Wizard, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        click(target, { _ in true }, &wizard, sourceLocation: sourceLocation)
    }

    /// Clicks `target`'s region with the given part and returns the effects.
    @discardableResult
    static func click(_ target: FocusTarget, _ part: (HitMap.Part) -> Bool, _ wizard: inout Wizard,
                      sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let region = F.region(target, part, in: wizard) else {
            Issue.record("\(target) is not on screen:\n\(wizard.frame.text)", sourceLocation: sourceLocation)
            return []
        }
        return F.clickOwnCell(region, &wizard)
    }

    // MARK: The same as the keys

    @Test(arguments: [0, 1, 2])
    func aMenuItemClickedIsAMenuItemChosenWithEnter(index: Int) {
        var clicked = M.wizard()
        let clickEffects = Self.click(.menu(index), &clicked)
        var keyed = M.wizard()
        keyed.tab(to: .menu(index))
        let keyEffects = keyed.send(.key(.enter))
        #expect(clicked.state == keyed.state)
        #expect(clickEffects == keyEffects)
    }

    @Test func aWrongLinkClickedCountsAsAWrongChoice() {
        var wizard = M.wizard()
        Self.click(.field("searchOnly"), &wizard)
        #expect(wizard.state.wrongChoices == 1)
        #expect(wizard.state.notice == Notice(M.searchOnlyMessage, .problem))
        #expect(wizard.state.focus == .field("searchOnly"))
        Self.click(.field("register"), &wizard)
        #expect(wizard.state.page == "form")
    }

    @Test func leavingAnEditedFieldByClickingChecksIt() {
        var clicked = M.wizardOnForm()
        clicked.type("Ann1")
        Self.click(.field("lastName"), \.isTextBox, &clicked)
        var keyed = M.wizardOnForm()
        keyed.type("Ann1")
        keyed.tab(to: .field("lastName"))
        #expect(clicked.state.errors["firstName"] != nil)
        #expect(clicked.state == keyed.state)
    }

    @Test func nextClickedValidatesTheWholePageAsCtrlNDoes() {
        var clicked = M.wizardOnForm()
        Self.click(.nextButton, &clicked)
        var keyed = M.wizardOnForm()
        keyed.send(.key(.control("n")))
        #expect(clicked.state.errors == keyed.state.errors)
        #expect(clicked.state.notice == keyed.state.notice)
        #expect(clicked.state.focus == keyed.state.focus)
        #expect(clicked.state.errors.count >= 5)
    }

    @Test func backClickedGoesBackKeepingEveryValue() {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        Self.click(.backButton, &wizard)
        #expect(wizard.state.page == "home")
        #expect(wizard.state.value("firstName") == "Ann")
    }

    // MARK: Controls

    @Test func aCheckBoxClickedTicksAndUnticksItsLabelOnlyFocuses() {
        var wizard = M.wizardOnForm(size: TerminalSize(columns: 100, rows: 40))
        Self.click(.field("verify"), { $0 == .label }, &wizard)
        #expect(wizard.state.focus == .field("verify"))
        #expect(wizard.state.value("verify") == "")
        Self.click(.field("verify"), { $0 == .control }, &wizard)
        #expect(wizard.state.value("verify") == Field.checkedValue)
        Self.click(.field("verify"), { $0 == .control }, &wizard)
        #expect(wizard.state.value("verify") == "")
    }

    @Test func aListClickedTakesItsNextEntryAsSpaceDoes() {
        var wizard = M.wizardOnForm()
        Self.click(.field("userType"), { $0 == .control }, &wizard)
        #expect(wizard.state.focus == .field("userType"))
        #expect(wizard.state.value("userType") == "individual")
        Self.click(.field("userType"), { $0 == .control }, &wizard)
        #expect(wizard.state.value("userType") == "attorney")
        Self.click(.field("userType"), { $0 == .label }, &wizard)
        #expect(wizard.state.value("userType") == "attorney")
    }

    @Test func aButtonInThePageClickedDoesItsAction() {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        wizard.tab(to: .field("lastName"))
        wizard.type("Lee")
        Self.click(.field("suggest"), { $0 == .control }, &wizard)
        #expect(!wizard.state.value("username").isEmpty)
        #expect(wizard.state.focus == .field("suggest"))
    }

    @Test func aPageTabClickedOpensItsPage() {
        var wizard = F.wizard(on: "upgrade.person")
        guard let address = wizard.view.tabs.firstIndex(where: { $0.title == "Address" }) else {
            Issue.record("no Address tab")
            return
        }
        var keyed = wizard
        Self.click(.tab(address), &wizard)
        #expect(wizard.state.page == "upgrade.address")
        keyed.tab(to: .tab(address))
        keyed.send(.key(.enter))
        #expect(wizard.state == keyed.state)
    }

    @Test func aTabInsideThePageClickedShowsThatTab() {
        var wizard = F.wizard(on: "paa.maintenance")
        guard let strip = wizard.page.fields.first(where: { if case .tabStrip = $0.kind { true } else { false } }),
              case .tabStrip(let titles) = strip.kind else {
            Issue.record("no tab strip")
            return
        }
        Self.click(.field(strip.id), { $0 == .tabTitle(titles[1]) }, &wizard)
        #expect(wizard.state.value(strip.id) == titles[1])
        #expect(wizard.state.focus == .field(strip.id))
        Self.click(.field(strip.id), { $0 == .tabTitle(titles[0]) }, &wizard)
        #expect(wizard.state.value(strip.id) == titles[0])
    }

    @Test func anInactiveMenuIsOnlyText() {
        var wizard = M.wizardOnForm()
        let before = wizard.state
        wizard.send(.click(row: 2, column: 4))  // "Home" on the form page's passive bar
        #expect(wizard.state == before)
    }

    // MARK: The text cursor

    @Test func aClickInATextBoxPutsTheCursorThere() {
        var wizard = M.wizardOnForm()
        wizard.type("Jose Yamada")
        wizard.tab(to: .field("lastName"))
        guard let region = F.region(.field("firstName"), \.isTextBox, in: wizard),
              case .textBox(let first, _) = region.part else { return }
        wizard.send(.click(row: region.row, column: first + 2))
        #expect(wizard.state.focus == .field("firstName"))
        #expect(wizard.state.values["firstName"]?.cursor == 2)
        #expect(wizard.frame.cursor == Frame.Position(row: region.row, column: first + 2))
        wizard.send(.click(row: region.row, column: first + 25))  // past the text: its end
        #expect(wizard.state.values["firstName"]?.cursor == 11)
        wizard.type("!")
        #expect(wizard.state.value("firstName") == "Jose Yamada!")
    }

    @Test func aClickOnTheRightHalfOfAWideCharacterPutsTheCursorBeforeIt() {
        var wizard = M.wizardOnForm()
        wizard.type("山田太郎")
        guard let region = F.region(.field("firstName"), \.isTextBox, in: wizard),
              case .textBox(let first, _) = region.part else { return }
        wizard.send(.click(row: region.row, column: first + 3))
        #expect(wizard.state.values["firstName"]?.cursor == 1)
        wizard.send(.click(row: region.row, column: first + 4))
        #expect(wizard.state.values["firstName"]?.cursor == 2)
    }

    @Test func aClickInAScrolledFieldCountsFromWhatItShows() {
        var wizard = M.wizardOnForm()
        wizard.type(String(repeating: "a", count: 35) + "XYZ")  // 38 in a 30-cell box: scrolled
        guard let region = F.region(.field("firstName"), \.isTextBox, in: wizard),
              case .textBox(let first, let width) = region.part else { return }
        let window = wizard.state.values["firstName"]!.window(width: width)
        #expect(window.clippedLeft)
        let x = DisplayWidth.of(String(window.visible.prefix { $0 != "X" }))
        wizard.send(.click(row: region.row, column: first + x))
        let cursor = wizard.state.values["firstName"]!.cursor
        #expect(Array(wizard.state.value("firstName"))[cursor] == "X", "the click was on the X")
    }

    @Test func aClickInAPasswordCountsItsDots() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("password"))
        wizard.type("Secret#2021")
        wizard.tab(to: .field("username"))
        guard let region = F.region(.field("password"), \.isTextBox, in: wizard),
              case .textBox(let first, _) = region.part else { return }
        wizard.send(.click(row: region.row, column: first + 4))
        #expect(wizard.state.focus == .field("password"))
        #expect(wizard.state.values["password"]?.cursor == 4)
        #expect(!wizard.frame.text.contains("Secret"))
    }

    // MARK: Boxes, blanks and small screens

    @Test func aClickClosesHelpButNeverAnswersTheQuitQuestion() {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.function(1)))
        wizard.send(.click(row: 5, column: 5))
        #expect(wizard.state.overlay == nil)
        wizard.send(.key(.control("c")))
        let effects = wizard.send(.click(row: 12, column: 40))
        #expect(wizard.state.overlay == .quitConfirmation)
        #expect(effects.isEmpty)
    }

    @Test(arguments: [(0, 0), (23, 79), (-1, -1), (500, 500), (10, 78)])
    func aClickOnNothingChangesNothing(row: Int, column: Int) {
        var wizard = M.wizardOnForm()
        let before = wizard.state
        #expect(wizard.send(.click(row: row, column: column)).isEmpty)
        #expect(wizard.state == before)
    }

    @Test func clicksAndTheWheelDoNothingOnATooSmallScreen() {
        var wizard = M.wizardOnForm(size: TerminalSize(columns: 40, rows: 10))
        let before = wizard.state
        wizard.send(.click(row: 3, column: 10))
        wizard.send(.wheel(up: false))
        #expect(wizard.state == before)
    }

    // MARK: The wheel

    @Test func theWheelScrollsATallPageWithoutMovingTheFocus() {
        var wizard = F.wizard(on: "register.form")
        let focus = wizard.state.focus
        #expect(wizard.state.scrollTop == 0)
        wizard.send(.wheel(up: false))
        #expect(wizard.state.scrollTop == Reducer.wheelLines)
        wizard.send(.wheel(up: false))
        #expect(wizard.state.scrollTop == 2 * Reducer.wheelLines)
        #expect(wizard.state.focus == focus)
        wizard.send(.wheel(up: true))
        #expect(wizard.state.scrollTop == Reducer.wheelLines)
        for _ in 0..<5 { wizard.send(.wheel(up: true)) }
        #expect(wizard.state.scrollTop == 0)
        for _ in 0..<100 { wizard.send(.wheel(up: false)) }
        let bottom = wizard.state.scrollTop
        #expect(bottom > 10)
        #expect(wizard.frame.text.contains("User Verification"))
        wizard.send(.wheel(up: false))
        #expect(wizard.state.scrollTop == bottom, "no further than the end")
    }

    @Test func typingAfterTheWheelBringsTheFocusedFieldBack() {
        var wizard = F.wizard(on: "register.form")
        wizard.tab(to: .field("firstName"))
        for _ in 0..<6 { wizard.send(.wheel(up: false)) }
        #expect(!wizard.frame.text.contains("First Name"))
        #expect(wizard.frame.cursor == nil, "no cursor while its field is out of view")
        wizard.type("A")
        #expect(wizard.frame.text.contains("First Name"))
        #expect(wizard.state.value("firstName") == "A")
    }

    @Test func theWheelDoesNothingOnAPageThatFits() {
        var wizard = M.wizard()
        let before = wizard.state
        wizard.send(.wheel(up: false))
        #expect(wizard.state == before)
    }

    @Test func theMoreBelowMarkScrollsAScreenful() {
        var wizard = F.wizard(on: "register.form")
        guard let mark = wizard.hitMap.regions.first(where: { $0.part == .moreBelow }) else {
            Issue.record("no more-below mark:\n\(wizard.frame.text)")
            return
        }
        let rows = wizard.screen.geometry.bodyRows
        F.click(mark, &wizard)
        #expect(wizard.state.scrollTop == rows - 2)
        guard let above = wizard.hitMap.regions.first(where: { $0.part == .moreAbove }) else {
            Issue.record("no more-above mark")
            return
        }
        F.click(above, &wizard)
        #expect(wizard.state.scrollTop == 0)
    }

    // MARK: Ctrl-Z

    @Test func controlZAsksToSuspendAndChangesNothing() {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        let before = wizard.state
        #expect(wizard.send(.key(.control("z"))) == [.suspend])
        #expect(wizard.state == before)
    }
}
