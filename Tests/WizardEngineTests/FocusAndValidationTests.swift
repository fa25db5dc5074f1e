import Testing
@testable import WizardEngine

/// The form page: focus order, editing keys, lists, check boxes, validation on leaving a field and
/// on Next, fields that come and go, and keeping the focus in view on a page taller than the screen.
@Suite struct FocusAndValidationTests {
    typealias M = MiniJourney

    static func formState(size: TerminalSize = .standard) -> WizardState {
        ReducerTests.formState(size: size)
    }

    static let initialOrder: [FocusTarget] = [
        .field("firstName"), .field("middleName"), .field("lastName"), .field("email"),
        .field("confirmEmail"), .field("userType"), .field("state"), .field("username"),
        .field("suggest"), .field("password"), .field("verify"), .backButton, .nextButton,
    ]

    // MARK: Focus order

    @Test func tabAndDownWalkEveryStopThenWrap() {
        for key in [Key.tab, Key.down] {
            var wizard = M.wizardOnForm()
            var seen: [FocusTarget] = []
            for _ in Self.initialOrder.indices {
                seen.append(wizard.state.focus!)
                wizard.send(.key(key))
            }
            #expect(seen == Self.initialOrder, "key \(key)")
            #expect(wizard.state.focus == .field("firstName"), "key \(key) wraps to the first field")
        }
    }

    @Test func shiftTabAndUpWalkBackwardsAndWrap() {
        for key in [Key.backTab, Key.up] {
            var wizard = M.wizardOnForm()
            var seen: [FocusTarget] = []
            for _ in Self.initialOrder.indices {
                wizard.send(.key(key))
                seen.append(wizard.state.focus!)
            }
            #expect(seen == Array(Self.initialOrder.reversed()), "key \(key)")
        }
    }

    @Test func aConditionalFieldJoinsTheOrderWhenItsConditionHolds() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("userType"))
        wizard.send(.key(.left)) // from nothing, Left picks the last option: Law Firm
        #expect(wizard.state.value("userType") == "lawFirm")
        #expect(wizard.view.items.contains { if case .field(let f) = $0 { f.id == "taxID" } else { false } })
        wizard.send(.key(.tab))
        #expect(wizard.state.focus == .field("taxID"))
        wizard.send(.key(.tab))
        #expect(wizard.state.focus == .field("state"))
        wizard.send(.key(.character("m")))
        wizard.send(.key(.tab))
        #expect(wizard.state.focus == .field("county"))

        // Back to Individual: Tax ID leaves the page and the order.
        wizard.send(.key(.backTab))
        wizard.send(.key(.backTab))
        wizard.send(.key(.backTab))
        #expect(wizard.state.focus == .field("userType"))
        wizard.send(.key(.right)) // Law Firm wraps to Individual
        #expect(wizard.state.value("userType") == "individual")
        wizard.send(.key(.tab))
        #expect(wizard.state.focus == .field("state"))
    }

    // MARK: Editing a text field

    @Test func typingBackspaceAndCtrlU() {
        var wizard = M.wizardOnForm()
        wizard.type("Anm")
        var expected = Self.formState()
        expected.values = ["firstName": M.typed("Anm", "firstName")]
        expected.edited = ["firstName"]
        #expect(wizard.state == expected)

        wizard.send(.key(.backspace))
        wizard.type("n")
        expected.values["firstName"] = M.typed("Ann", "firstName")
        #expect(wizard.state == expected)

        wizard.send(.key(.left))
        wizard.send(.key(.control("u")))
        expected.values["firstName"] = EditableText("n", cursor: 0, maxLength: 40)
        #expect(wizard.state == expected)

        wizard.send(.key(.end))
        wizard.send(.key(.control("u")))
        expected.values["firstName"] = M.typed("", "firstName")
        #expect(wizard.state == expected)
    }

    @Test func leftMovesInATextFieldAndTypingInserts() {
        var wizard = M.wizardOnForm()
        wizard.type("Jon")
        wizard.send(.key(.left))
        wizard.type("h")
        #expect(wizard.state.values["firstName"] == EditableText("John", cursor: 3, maxLength: 40))
        wizard.send(.key(.home))
        wizard.send(.key(.delete))
        #expect(wizard.state.values["firstName"] == EditableText("ohn", cursor: 0, maxLength: 40))
    }

    @Test func typingPastTheLimitIsRefusedWithANotice() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("middleName"))
        wizard.type("Bartholomew")
        #expect(wizard.state.value("middleName") == "Bartholome")
        #expect(wizard.state.notice == Notice("Middle Name takes at most 10 characters.", .problem))
    }

    // MARK: Enter

    @Test func enterInATextFieldMovesToTheNextField() {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        let effects = wizard.send(.key(.enter))
        var expected = Self.formState()
        expected.focus = .field("middleName")
        expected.values = ["firstName": M.typed("Ann", "firstName")]
        #expect(effects == [])
        #expect(wizard.state == expected)
    }

    @Test func enterInTheLastFieldPressesNext() {
        var wizard = M.wizardOnForm()
        wizard.fillFormByKeys()
        #expect(wizard.state.focus == .field("verify"))
        wizard.send(.key(.enter))
        #expect(wizard.state.page == "done")
        #expect(wizard.state.history == ["home", "form"])
    }

    @Test func enterInTheLastFieldOfAnUnfinishedPageShowsItsProblems() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("verify"))
        wizard.send(.key(.enter))
        #expect(wizard.state.page == "form")
        #expect(wizard.state.notice == Notice("9 problems on this page: see the marked fields.", .problem))
        #expect(wizard.state.focus == .field("firstName"))
    }

    @Test func enterOnAButtonPressesIt() {
        var wizard = M.wizardOnForm()
        wizard.type("Ann")
        wizard.tab(to: .field("lastName"))
        wizard.type("Lee")
        wizard.tab(to: .field("suggest"))
        wizard.send(.key(.enter))
        let suggestion = Facts.suggestedUsername(first: "Ann", last: "Lee", seed: M.seed)
        #expect(suggestion.hasPrefix("alee"))
        #expect(wizard.state.value("username") == suggestion)
        #expect(wizard.state.focus == .field("suggest"))
        #expect(wizard.state.notice == Notice("Suggested username \"\(suggestion)\"; you may change it.", .info))
        #expect(RuleChecker.problem(.username, value: suggestion, field: M.form.field("username")!,
                                    context: wizard.state.context) == nil)
    }

    @Test func enterOnTheNextButtonPressesNext() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .nextButton)
        wizard.send(.key(.enter))
        #expect(wizard.state.errors.count == 9)
        #expect(wizard.state.focus == .field("firstName"))
    }

    // MARK: Check boxes and lists

    @Test func spaceTicksAndUnticksACheckBox() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("verify"))
        var expected = Self.formState()
        expected.focus = .field("verify")
        expected.scrollTop = wizard.state.scrollTop

        wizard.send(.key(.character(" ")))
        expected.values = ["verify": EditableText(Field.checkedValue)]
        expected.edited = ["verify"]
        #expect(wizard.state == expected)
        #expect(wizard.view.items.contains {
            if case .field(let f) = $0, case .checkBox(true, "I'm not a robot") = f.control { true } else { false }
        })

        wizard.send(.key(.character(" ")))
        expected.values = ["verify": EditableText("")]
        #expect(wizard.state == expected)
    }

    @Test func spaceAndArrowsChangeAListAndWrap() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("userType"))
        var values: [String] = []
        for key in [Key.character(" "), .right, .right, .right, .left, .left] {
            wizard.send(.key(key))
            values.append(wizard.state.value("userType"))
        }
        #expect(values == ["individual", "attorney", "lawFirm", "individual", "lawFirm", "attorney"])
        #expect(wizard.state.focus == .field("userType"))
        #expect(wizard.state.edited == ["userType"])
    }

    @Test func aLetterJumpsToTheNextOptionStartingWithIt() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("state"))
        var values: [String] = []
        for letter in "mmmnNz" {
            let effects = wizard.send(.key(.character(letter)))
            #expect(effects == [], "a letter in a list is never a bell")
            values.append(wizard.state.value("state"))
        }
        // m: Massachusetts, Maine, back to Massachusetts; n: New York, New Hampshire; z: no match.
        #expect(values == ["MA", "ME", "MA", "NY", "NH", "NH"])
    }

    @Test func aDependentChoiceIsIgnoredOnceItsParentChanges() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("state"))
        wizard.type("m")
        wizard.send(.key(.tab))
        wizard.type("s")
        #expect(wizard.state.value("county") == "Suffolk")
        let county = M.form.field("county")!
        #expect(M.form.effectiveValue(of: county, in: wizard.state.context) == "Suffolk")

        wizard.send(.key(.backTab))
        wizard.type("n") // New York: Suffolk is not one of its counties
        #expect(wizard.state.value("county") == "Suffolk", "the typed value is kept")
        #expect(M.form.effectiveValue(of: county, in: wizard.state.context) == "")
        let countyView = wizard.view.items.compactMap { item -> ScreenView.FieldView? in
            if case .field(let f) = item, f.id == "county" { f } else { nil }
        }.first
        #expect(countyView?.control == .dropDown(label: "Select County", isPlaceholder: true, width: 13))

        wizard.send(.key(.control("n")))
        #expect(wizard.state.errors["county"] == "Choose a County.")

        // On the county list, Right starts from the first of the new state's counties.
        wizard.tab(to: .field("county"))
        wizard.send(.key(.right))
        #expect(wizard.state.value("county") == "Albany")

        // Massachusetts again, with Suffolk chosen: it counts again.
        wizard.send(.key(.backTab))
        wizard.type("m")
        wizard.send(.key(.tab))
        wizard.type("s")
        #expect(M.form.effectiveValue(of: county, in: wizard.state.context) == "Suffolk")
    }

    // MARK: Validation

    static let allProblems: [FieldID: String] = [
        "firstName": "First Name is required.",
        "lastName": "Last Name is required.",
        "email": "Email is required.",
        "confirmEmail": "Confirm Email is required.",
        "userType": "Choose a User Type.",
        "state": "Choose a State.",
        "username": "Username is required.",
        "password": "Password is required.",
        "verify": "Tick \"Verify\" to go on.",
    ]

    @Test func nextCollectsEveryErrorOfThePageAtOnce() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("email"))
        let effects = wizard.send(.key(.control("n")))
        var expected = Self.formState()
        expected.errors = Self.allProblems
        expected.notice = Notice("9 problems on this page: see the marked fields.", .problem)
        #expect(effects == [])
        #expect(wizard.state == expected)
        #expect(wizard.frame.text.contains("✗ First Name is required."))
    }

    @Test func oneProblemIsCountedInTheSingular() {
        var wizard = M.wizardOnForm()
        wizard.fillFormByKeys()
        wizard.send(.key(.character(" "))) // untick Verify
        wizard.send(.key(.pageDown))
        #expect(wizard.state.errors == ["verify": "Tick \"Verify\" to go on."])
        #expect(wizard.state.notice == Notice("1 problem on this page: see the marked fields.", .problem))
        #expect(wizard.state.focus == .field("verify"))
        #expect(wizard.state.page == "form")
    }

    @Test func nextReportsRuleProblemsNotOnlyMissingValues() {
        var wizard = M.wizardOnForm()
        wizard.fillFormByKeys()
        wizard.tab(to: .field("password"))
        wizard.send(.key(.control("u")))
        wizard.type("annlee2021X")
        wizard.tab(to: .field("middleName"))
        wizard.type("B4")
        wizard.send(.key(.control("n")))
        #expect(wizard.state.errors == [
            "middleName": "Middle Name may use letters, spaces, hyphens, apostrophes and periods only.",
            "password": "Password must not contain the username.",
        ])
        #expect(wizard.state.focus == .field("middleName"))
    }

    @Test func anEditedFieldIsCheckedWhenLeft() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("email"))
        wizard.type("ann@")
        #expect(wizard.state.errors == [:], "no error while typing")
        wizard.send(.key(.tab))
        var expected = Self.formState()
        expected.focus = .field("confirmEmail")
        expected.values = ["email": M.typed("ann@", "email")]
        expected.errors = ["email": "Email must look like name@example.com."]
        #expect(wizard.state == expected)
    }

    @Test func anUntouchedEmptyFieldIsNotFlaggedWhenTabbedThrough() {
        var wizard = M.wizardOnForm()
        for _ in Self.initialOrder.indices { wizard.send(.key(.tab)) }
        wizard.send(.key(.backTab))
        wizard.send(.key(.backTab))
        #expect(wizard.state.errors == [:])
        #expect(wizard.state.edited == [])
    }

    @Test func anErrorGoesAsSoonAsTheFieldIsEdited() {
        var wizard = M.wizardOnForm()
        wizard.send(.key(.control("n")))
        #expect(wizard.state.errors["firstName"] != nil)
        wizard.type("A")
        #expect(wizard.state.errors["firstName"] == nil)
        #expect(wizard.state.errors.count == 8)
    }

    @Test func confirmEmailErrorDisappearsOnceEmailIsMended() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("email"))
        wizard.type("ann@example.com")
        wizard.send(.key(.tab))
        wizard.type("ann@example.org")
        wizard.send(.key(.tab))
        #expect(wizard.state.errors == ["confirmEmail": "Confirm Email does not match Email."])

        wizard.send(.key(.backTab))
        wizard.send(.key(.backTab))
        #expect(wizard.state.focus == .field("email"))
        #expect(wizard.state.errors == ["confirmEmail": "Confirm Email does not match Email."])
        wizard.send(.key(.control("u")))
        wizard.type("ann@example.org")
        wizard.send(.key(.tab))

        var expected = Self.formState()
        expected.focus = .field("confirmEmail")
        expected.values = ["email": M.typed("ann@example.org", "email"),
                           "confirmEmail": M.typed("ann@example.org", "confirmEmail")]
        #expect(wizard.state == expected)
    }

    @Test func aListIsCheckedWhenLeftAfterAChange() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("state"))
        wizard.type("m")
        wizard.send(.key(.tab))
        #expect(wizard.state.focus == .field("county"))
        wizard.send(.key(.right))
        wizard.send(.key(.tab))
        #expect(wizard.state.errors == [:])
        #expect(wizard.state.value("county") == "Barnstable")
    }

    @Test func secretValuesAreMaskedOnScreen() {
        var wizard = M.wizardOnForm()
        wizard.tab(to: .field("password"))
        wizard.type("Secret#2021")
        let text = wizard.frame.text
        #expect(!text.contains("Secret#2021"))
        #expect(text.contains(String(repeating: "•", count: 11)))
    }

    // MARK: Scrolling

    @Test func theFocusedFieldStaysVisibleOnAPageTallerThanTheScreen() {
        let size = TerminalSize.minimum
        var wizard = M.wizardOnForm(size: size)
        #expect(wizard.state.scrollTop == 0)
        #expect(wizard.frame.text.contains("more below"))
        #expect(!wizard.frame.text.contains("I'm not a robot"))

        let labels: [FieldID: String] = [
            "firstName": "First Name", "middleName": "Middle Name", "lastName": "Last Name", "email": "Email",
            "confirmEmail": "Confirm Email", "userType": "User Type", "state": "State", "username": "Username",
            "suggest": "Suggest one", "password": "Password", "verify": "Verify",
        ]
        for target in Self.initialOrder {
            wizard.tab(to: target)
            guard case .field(let id) = target else { continue }
            let text = wizard.frame.text
            #expect(text.contains(labels[id]!), "\(id) is on screen at scrollTop \(wizard.state.scrollTop)")
        }
        wizard.tab(to: .field("verify"))
        #expect(wizard.state.scrollTop > 0)
        #expect(wizard.frame.text.contains("I'm not a robot"))
        #expect(wizard.frame.text.contains("more above"))
        #expect(!wizard.frame.text.contains("more below"))

        // Next with problems puts the focus on the first field and the view at the top.
        wizard.send(.key(.control("n")))
        #expect(wizard.state.focus == .field("firstName"))
        #expect(wizard.state.scrollTop == 0)
        #expect(wizard.frame.text.contains("✗ First Name is required."))
    }

    @Test func theCursorIsOnTheFocusedFieldsRow() {
        var wizard = M.wizardOnForm(size: .minimum)
        wizard.tab(to: .field("password"))
        wizard.type("abc")
        let frame = wizard.frame
        guard let cursor = frame.cursor else {
            Issue.record("no cursor on a focused text box")
            return
        }
        #expect(frame.lineText(cursor.row).contains("Password"))
    }

    @Test func aResizeKeepsTheFocusedFieldVisible() {
        var wizard = M.wizardOnForm(size: TerminalSize(columns: 80, rows: 60))
        wizard.tab(to: .field("verify"))
        #expect(wizard.state.scrollTop == 0)
        wizard.send(.resize(.minimum))
        #expect(wizard.state.size == .minimum)
        #expect(wizard.frame.text.contains("I'm not a robot"))
    }
}
