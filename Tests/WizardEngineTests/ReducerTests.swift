import Testing
@testable import WizardEngine

/// Event-by-event tests of `Reducer` through `Wizard`: each sends keys and states the whole
/// expected `WizardState` (or the part that matters), as the Composable Architecture's tests do.
@Suite struct ReducerTests {
    typealias M = MiniJourney

    /// The form page as reached from the home page, built by hand.
    static func formState(size: TerminalSize = .standard) -> WizardState {
        var state = WizardState(journey: "mini", page: "form", size: size, today: M.today, seed: M.seed)
        state.history = ["home"]
        state.focus = .field("firstName")
        state.visited = ["home", "form"]
        return state
    }

    // MARK: Start and the link-only page

    @Test func startsOnTheFirstPageWithTheFirstMenuItemFocused() {
        let wizard = M.wizard()
        #expect(wizard.state == M.initialState())
        #expect(wizard.page.id == "home")
    }

    @Test func tabWalksMenuThenLinksAndWrapsAround() {
        var wizard = M.wizard()
        var seen: [FocusTarget?] = [wizard.state.focus]
        for _ in 0..<5 {
            wizard.send(.key(.tab))
            seen.append(wizard.state.focus)
        }
        #expect(seen == [.menu(0), .menu(1), .menu(2), .field("searchOnly"), .field("register"), .menu(0)])
        // Tabbing around a page changes nothing but the focus.
        #expect(wizard.state == M.initialState())
    }

    @Test func shiftTabAndUpGoBackwardsAndWrapToTheLastStop() {
        var wizard = M.wizard()
        wizard.send(.key(.backTab))
        #expect(wizard.state.focus == .field("register"))
        wizard.send(.key(.up))
        #expect(wizard.state.focus == .field("searchOnly"))
        wizard.send(.key(.down))
        #expect(wizard.state.focus == .field("register"))
        wizard.send(.key(.down))
        #expect(wizard.state.focus == .menu(0))
        wizard.send(.key(.up))
        #expect(wizard.state.focus == .field("register"))
    }

    @Test func enterOnAWrongMenuItemCountsItAndSaysWhatItIsFor() {
        var wizard = M.wizard()
        let effects = wizard.send(.key(.enter))
        var expected = M.initialState()
        expected.wrongChoices = 1
        expected.notice = Notice(M.homeMessage, .problem)
        #expect(effects == [])
        #expect(wizard.state == expected)

        wizard.send(.key(.tab))
        wizard.send(.key(.enter))
        expected.focus = .menu(1)
        expected.wrongChoices = 2
        expected.notice = Notice(M.findACaseMessage, .problem)
        #expect(wizard.state == expected)
    }

    @Test func enterAndSpaceOnAWrongLinkCountWrongChoices() {
        var wizard = M.wizard()
        wizard.tab(to: .field("searchOnly"))
        wizard.send(.key(.enter))
        var expected = M.initialState()
        expected.focus = .field("searchOnly")
        expected.wrongChoices = 1
        expected.notice = Notice(M.searchOnlyMessage, .problem)
        #expect(wizard.state == expected)

        wizard.send(.key(.character(" ")))
        expected.wrongChoices = 2
        #expect(wizard.state == expected)
    }

    @Test func enterOnTheRightMenuItemOpensTheForm() {
        var wizard = M.wizard()
        wizard.tab(to: .menu(2))
        let effects = wizard.send(.key(.enter))
        #expect(effects == [])
        #expect(wizard.state == Self.formState())
    }

    @Test func enterOnTheRightLinkOpensTheForm() {
        var wizard = M.wizard()
        wizard.tab(to: .field("register"))
        wizard.send(.key(.enter))
        #expect(wizard.state == Self.formState())
    }

    @Test(arguments: [Key.control("n"), Key.pageDown])
    func nextOnALinkOnlyPageAsksForALink(key: Key) {
        var wizard = M.wizard()
        let effects = wizard.send(.key(key))
        var expected = M.initialState()
        expected.notice = Notice(M.chooseALink, .problem)
        #expect(effects == [])
        #expect(wizard.state == expected)
    }

    @Test(arguments: [Key.escape, Key.pageUp])
    func backOnTheFirstPageSaysSo(key: Key) {
        var wizard = M.wizard()
        wizard.send(.key(key))
        var expected = M.initialState()
        expected.notice = Notice("This is the first page: there is nothing to go back to.", .info)
        #expect(wizard.state == expected)
    }

    @Test func aNoticeLastsUntilTheNextCommand() {
        var wizard = M.wizard()
        wizard.send(.key(.enter)) // "Home": wrong choice
        #expect(wizard.state.notice != nil)
        wizard.send(.key(.tab))
        #expect(wizard.state.notice == nil)
        #expect(wizard.state.wrongChoices == 1)
    }

    // MARK: Back and forward

    @Test func backIsNeverBlockedAndKeepsEveryValue() {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        wizard.send(.key(.control("n"))) // the page has problems: Next refuses
        #expect(wizard.state.page == "form")
        #expect(!wizard.state.errors.isEmpty)
        let values = wizard.state.values

        wizard.send(.key(.escape))
        #expect(wizard.state.page == "home")
        #expect(wizard.state.history == [])
        #expect(wizard.state.focus == .menu(0))
        #expect(wizard.state.values == values)

        wizard.tab(to: .field("register"))
        wizard.send(.key(.enter))
        #expect(wizard.state.page == "form")
        #expect(wizard.state.values == values)
        #expect(wizard.state.value("firstName") == "Ann")
    }

    @Test func forwardBackForwardGivesTheSameState() {
        var wizard = M.wizardOnForm()
        wizard.fillFormByKeys()
        #expect(wizard.state.values == M.validAnswers)
        wizard.send(.key(.control("n")))

        var done = WizardState(journey: "mini", page: "done", size: .standard, today: M.today, seed: M.seed)
        done.history = ["home", "form"]
        done.focus = wizard.state.focus // which button: see aPageWithoutFieldsFocusesItsNextButton
        done.values = M.validAnswers
        done.visited = ["home", "form", "done"]
        #expect(wizard.state == done)
        #expect(done.focus == .backButton || done.focus == .nextButton)

        wizard.send(.key(.escape))
        var form = Self.formState()
        form.values = M.validAnswers
        form.visited.insert("done")
        #expect(wizard.state == form)

        wizard.send(.key(.control("n")))
        #expect(wizard.state == done)
    }

    @Test func theBackButtonGoesBack() {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        wizard.tab(to: .backButton)
        wizard.send(.key(.enter))
        var expected = M.initialState()
        expected.values = ["firstName": M.typed("Ann", "firstName")]
        expected.visited.insert("form")
        #expect(wizard.state == expected)
    }

    // MARK: Finishing and quitting

    @Test func finishingTheLastPageQuitsAsCompleted() {
        var wizard = M.wizardOnForm()
        wizard.fillFormByKeys()
        wizard.send(.key(.control("n")))
        #expect(wizard.state.page == "done")
        wizard.tab(to: .nextButton)
        let effects = wizard.send(.key(.enter))
        #expect(effects == [.quit(.completed)])
        #expect(wizard.state.isFinished)
    }

    @Test func aPageWithoutFieldsFocusesItsNextButton() {
        var wizard = M.wizardOnForm()
        wizard.fillFormByKeys()
        wizard.send(.key(.control("n")))
        #expect(wizard.state.page == "done")
        // Enter on arrival must go on (Journey R's Account Created page says "press Next"), not undo
        // the step just taken: the first stop of a page without fields is its Next button, not Back.
        #expect(wizard.state.focus == .nextButton)
        let effects = wizard.send(.key(.enter))
        #expect(effects == [.quit(.completed)])
        #expect(wizard.state.page == "done")
    }

    @Test func ctrlCThenNKeepsGoing() {
        var wizard = M.wizard()
        var effects = wizard.send(.key(.control("c")))
        var expected = M.initialState()
        expected.overlay = .quitConfirmation
        #expect(effects == [])
        #expect(wizard.state == expected)

        effects = wizard.send(.key(.character("n")))
        #expect(effects == [])
        #expect(wizard.state == M.initialState())
    }

    @Test(arguments: [Key.control("c"), Key.function(10)])
    func quitKeyThenYQuitsByUser(key: Key) {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        wizard.send(.key(key))
        #expect(wizard.state.overlay == .quitConfirmation)
        #expect(wizard.state.value("firstName") == "Ann")
        let effects = wizard.send(.key(.character("y")))
        #expect(effects == [.quit(.quitByUser)])
        #expect(!wizard.state.isFinished)
    }

    @Test func ctrlCTwiceQuits() {
        var wizard = M.wizard()
        wizard.send(.key(.control("c")))
        #expect(wizard.send(.key(.control("c"))) == [.quit(.quitByUser)])
    }

    @Test(arguments: [Key.escape, Key.enter, Key.character("N")])
    func theQuitQuestionIsAnsweredNoByEscEnterOrN(key: Key) {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.function(10)))
        let effects = wizard.send(.key(key))
        #expect(effects == [])
        #expect(wizard.state == Self.formState())
    }

    @Test func otherKeysWaitForAnAnswerAndTypeNothing() {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.control("c")))
        wizard.send(.key(.character("x")))
        wizard.send(.key(.tab))
        wizard.send(.paste("pasted"))
        var expected = Self.formState()
        expected.overlay = .quitConfirmation
        #expect(wizard.state == expected)
    }

    // MARK: Help

    @Test(arguments: [Key.function(1), Key.character("?")])
    func helpOpensOutsideATextFieldAndAnyKeyClosesIt(key: Key) {
        var wizard = M.wizard()
        wizard.send(.key(key))
        var expected = M.initialState()
        expected.overlay = .help
        #expect(wizard.state == expected)
        if case .help(let title, _)? = wizard.view.overlay {
            #expect(title.contains("Step 1"))
            #expect(title.contains("Open the site"))
        } else {
            Issue.record("no help overlay in the view")
        }
        // The key that closes help does nothing else: Tab does not move the focus.
        wizard.send(.key(.tab))
        #expect(wizard.state == M.initialState())
    }

    @Test func f1InATextFieldShowsTheFieldsHelp() {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.function(1)))
        #expect(wizard.state.overlay == .help)
        guard case .help(_, let lines)? = wizard.view.overlay else {
            Issue.record("no help overlay in the view")
            return
        }
        #expect(lines.contains("First Name (required)"))
        #expect(lines.contains("As on your ID."))
        #expect(lines.contains("Rule: letters, spaces, hyphens, apostrophes, periods."))
    }

    @Test func questionMarkInATextFieldIsTyped() {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.character("?")))
        var expected = Self.formState()
        expected.values = ["firstName": M.typed("?", "firstName")]
        expected.edited = ["firstName"]
        #expect(wizard.state == expected)
    }

    @Test func quitFromHelpAsksFirst() {
        var wizard = M.wizard()
        wizard.send(.key(.function(1)))
        wizard.send(.key(.control("c")))
        #expect(wizard.state.overlay == .quitConfirmation)
    }

    // MARK: Other events

    @Test func resizeChangesTheSize() {
        var wizard = M.wizard()
        let size = TerminalSize(columns: 132, rows: 43)
        let effects = wizard.send(.resize(size))
        #expect(effects == [])
        #expect(wizard.state == M.initialState(size: size))
        #expect(wizard.frame.size == size)
    }

    @Test func ctrlLAsksForARedrawAndAnUnboundKeyRingsTheBell() {
        var wizard = M.wizard()
        #expect(wizard.send(.key(.control("l"))) == [.redraw])
        #expect(wizard.send(.key(.character("x"))) == [.bell])
        #expect(wizard.send(.key(.control("u"))) == [.bell])
        #expect(wizard.state == M.initialState())
    }

    @Test func aPasteIsCleanedOfLineBreaksAndControlCharacters() {
        var wizard = M.wizardOnForm()
        wizard.send(.paste("Ann\r\nMarie\u{1B}\tLee\u{7}"))
        var expected = Self.formState()
        expected.values = ["firstName": M.typed("Ann Marie Lee", "firstName")]
        expected.edited = ["firstName"]
        #expect(wizard.state == expected)
    }

    @Test func aPasteOfAnEscapeSequenceLeavesNoEscape() {
        var wizard = M.wizardOnForm()
        wizard.send(.paste("\u{1B}[31mAnn\u{1B}[0m"))
        #expect(!wizard.state.value("firstName").unicodeScalars.contains("\u{1B}"))
        #expect(wizard.state.value("firstName") == "Ann")
    }

    @Test func aPasteTooLongIsCutAndSaysSo() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("middleName"))
        wizard.send(.paste("Bartholomew Jr"))
        #expect(wizard.state.value("middleName") == "Bartholomew".prefix(10).description)
        #expect(wizard.state.notice == Notice("The paste was cut: Middle Name takes at most 10 characters.", .problem))
    }

    @Test func aPasteOutsideATextFieldIsIgnored() {
        var wizard = M.wizard()
        wizard.send(.paste("hello"))
        #expect(wizard.state == M.initialState())
    }
}
