import Foundation
import Testing

/// Journey R on the built binary in a real terminal (tmux), driven only with the keys of the
/// footer. Each test has a tmux server of its own, so they run in parallel.
@Suite("Journey R end to end, under tmux")
struct RegisterJourneyEndToEndTests {
    static let arguments = ["register", "--today", "2021-09-01", "--seed", "42"]

    @Test("the whole journey at 80x24: accents, CJK, a corrected error, a resize, no card, Finish")
    func wholeJourneyAt80x24() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments, columns: 80, rows: 24)
        let answers = RegisterAnswers()
        try await tmux.walkToRegistrationForm()

        // "José" typed with a combining accent, in two parts around a resize to 100x30 and back;
        // the second part is sent while the window changes size. Nothing may be lost.
        try await tmux.focus(on: "First Name")
        try tmux.type("Jo")
        try await tmux.waitForFocusedField(showing: "Jo")
        try tmux.resize(columns: 100, rows: 30)
        try tmux.type("se\u{301}")
        try await tmux.waitFor("a 100x30 frame with First Name \"José\"") { screen in
            screen.frameSize.map { $0 == (100, 30) } == true
                && screen.focusedLabel?.hasPrefix("First Name") == true
                && screen.focusedLine?.precomposedStringWithCanonicalMapping.contains("[José") == true
        }
        try tmux.resize(columns: 80, rows: 24)
        try await tmux.waitFor("an 80x24 frame with First Name \"José\"") { screen in
            screen.frameSize.map { $0 == (80, 24) } == true
                && screen.focusedLine?.precomposedStringWithCanonicalMapping.contains("[José ") == true
        }

        // F1 explains the focused field; Esc closes the help and leaves the page as it was.
        try tmux.sendKeys("F1")
        try await tmux.waitFor(text: "Your given name")
        try tmux.sendKeys("Escape")
        try await tmux.waitFor("the help closed, still on step 4 with José") { screen in
            !screen.contains("Your given name") && screen.contains("Step 4 of 9")
                && screen.focusedLine?.precomposedStringWithCanonicalMapping.contains("[José") == true
        }

        // "山田": two wide characters, drawn two cells each, so the field keeps its width.
        try await tmux.fill("Last Name", with: answers.lastName)
        let names = try tmux.capture()
        let first = try #require(names.line(containing: "First Name *"), "\(names)")
        let last = try #require(names.line(containing: "Last Name *"), "\(names)")
        #expect(first.precomposedStringWithCanonicalMapping.contains("[José "), "\(names)")
        #expect(last.contains("[山田 "), "\(names)")
        #expect(PaneScreen.displayWidth(first) == 80, "\(first)")
        #expect(PaneScreen.displayWidth(last) == 80, "\(last)")
        #expect(PaneScreen.displayColumn(of: "]", in: last) == PaneScreen.displayColumn(of: "]", in: first),
                "the Last Name field with 山田 must end in the same column as First Name:\n\(first)\n\(last)")

        // A ZIP code of letters: Ctrl-N stays on step 4 and says under the field which rule failed.
        try await tmux.fillRestOfRegistrationForm(answers, zip: "ABC")
        try tmux.sendKeys("C-n")
        // Refused: the focus goes back up to the field in error (it was on User Verification).
        let refused = try await tmux.waitFor("Ctrl-N refused, the focus on the ZIP code in error") {
            $0.focusedLabel?.hasPrefix("Zip/Postal Code") == true && $0.contains("must be a U.S. ZIP code")
        }
        #expect(refused.contains("Step 4 of 9"), "\(refused)")
        let zipRow = try #require(refused.lines.firstIndex { $0.contains("Zip/Postal Code *") }, "\(refused)")
        #expect(refused.lines[zipRow].contains("[ABC "), "\(refused)")
        #expect(zipRow + 1 < refused.lines.count
                    && refused.lines[zipRow + 1].contains("✗ Zip/Postal Code must be a U.S. ZIP code: 5 digits"),
                "the error belongs right under the field:\(refused)")

        try await tmux.focus(on: "Zip/Postal Code")
        try tmux.sendKeys("BSpace", "BSpace", "BSpace")
        try tmux.type(answers.zip)
        try await tmux.waitForFocusedField(showing: answers.zip + " ")
        try await tmux.waitFor("the ZIP error gone once corrected") { !$0.contains("must be a U.S. ZIP code") }
        try tmux.sendKeys("C-n")
        try await tmux.waitForStep(5)

        try await tmux.fillSecurityPage(answers)

        // Step 6, payment, left empty: the page says when the activation letter comes.
        let payment = try tmux.capture()
        #expect(payment.contains("Step 6 of 9"))
        #expect(payment.prose.contains("Monday, September 13, 2021 and Thursday, September 16, 2021"), "\(payment)")
        try tmux.sendKeys("C-n")
        try await tmux.waitForStep(7)

        try await tmux.acknowledgePolicies()

        // Step 8: the account number, and the letter window for 2021-09-01 (no card given).
        let created = try await tmux.waitFor(text: "Account number:")
        #expect(created.prose.contains(
            "Expect the letter between Monday, September 13, 2021 and Thursday, September 16, 2021"), "\(created)")
        let accountRow = try #require(created.line(containing: "Account number:"))
        let account = String(accountRow.split(separator: "Account number:")[1]
            .drop(while: { $0 == " " }).prefix(while: \.isNumber))
        #expect(account.count == 7, "\(accountRow)")

        try tmux.sendKeys("C-n")
        try await tmux.waitForStep(9)
        let ending = try await tmux.finish()

        #expect(ending.status == 0, "\(ending)")
        #expect(ending.output.contains { $0.contains("completed") && $0.contains(account) },
                "the completion line with account \(account): \(ending.output)")
        expectRestored(ending)
    }

    @Test("a password, its confirmation and a card number are never on screen in clear")
    func secretsAreMasked() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        var answers = RegisterAnswers()
        answers.password = "Zq7vWx!Kp92"
        try await tmux.walkToRegistrationForm()
        try await tmux.fillRegistrationForm(answers)
        try await tmux.suggestUsername()

        for label in ["Password", "Confirm Password"] {
            try await tmux.focus(on: label)
            var typed = ""
            for character in answers.password {
                try tmux.type(String(character))
                typed.append(character)
                let early = try tmux.capture()  // whatever is drawn at once, before the wait
                let settled = try await tmux.waitFor("\(typed.count) mask glyphs in \(label)") {
                    $0.focusedLine?.contains("[" + String(repeating: "•", count: typed.count) + " ") == true
                }
                for screen in [early, settled] {
                    #expect(Self.clearFragments(of: answers.password, in: screen).isEmpty,
                            "\(label) shows \(Self.clearFragments(of: answers.password, in: screen)) in clear:\(screen)")
                }
            }
            let row = try #require(try tmux.capture().focusedLine)
            #expect(Self.fieldContent(row).allSatisfy { $0 == "•" || $0 == " " }, "only mask glyphs: \(row)")
        }

        // Finish the page; then the card number on step 6.
        try await tmux.choose("Security Question 1", "What was the name of your first pet?")
        try await tmux.fill("Answer 1", with: answers.answer1)
        try await tmux.choose("Security Question 2", "In what city were you born?")
        try await tmux.fill("Answer 2", with: answers.answer2)
        try tmux.sendKeys("C-n")
        try await tmux.waitForStep(6)

        let card = "5555555555554444"
        try await tmux.focus(on: "Card Number")
        for (count, digit) in card.enumerated() {
            try tmux.type(String(digit))
            let screen = try await tmux.waitFor("\(count + 1) card characters masked") { screen in
                Self.fieldContent(screen.focusedLine ?? "").filter { $0 != " " }.count == count + 1
            }
            let shown = Self.fieldContent(screen.focusedLine ?? "")
            #expect(!shown.contains { $0.isNumber }, "the card number is shown while typed: \(shown)")
            #expect(!screen.prose.filter { $0.isNumber }.contains(card), "\(screen)")
        }
        try await tmux.press("Tab")
        let left = try tmux.capture()
        let cardRow = try #require(left.line(containing: "Card Number"), "\(left)")
        let digits = Self.fieldContent(cardRow).filter(\.isNumber)
        #expect(digits.isEmpty || digits == "4444", "at most the last four digits once the field is left: \(cardRow)")

        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1)
        #expect(!ending.output.joined().contains(answers.password))
        #expect(!ending.output.joined().contains(card))
    }

    @Test("no secret typed reaches disk: the only file written is the transcript under XDG_STATE_HOME, without any secret")
    func nothingIsWritten() async throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession(arguments: Self.arguments, environment: sandbox.environment,
                                   directory: sandbox.work.path)
        let answers = RegisterAnswers()
        try await tmux.walkToRegistrationForm()
        try await tmux.fillRegistrationForm(answers)
        try await tmux.fillSecurityPage(answers)

        // A card this time, so its number and security code are typed too.
        let card = "5555555555554444", securityCode = "737"
        try await tmux.fill("Name on Card", with: "Jose Yamada")
        try await tmux.focus(on: "Card Number")
        try tmux.type(card)
        try await tmux.waitFor("the card number typed") {
            Self.fieldContent($0.focusedLine ?? "").filter { $0 != " " }.count == card.count
        }
        try await tmux.fill("Expiration Date", with: "12/29")
        try await tmux.fillSecret("Security Code", with: securityCode)
        try await tmux.fill("Billing Zip Code", with: "02210")
        try await tmux.focus(on: "Authorization")
        try tmux.sendKeys("Space")
        try await tmux.waitFor(text: "[x] I authorize")
        try tmux.sendKeys("C-n")
        try await tmux.waitForStep(7)
        try await tmux.acknowledgePolicies()
        try await tmux.waitFor(text: "You gave a card")
        try tmux.sendKeys("C-n")
        try await tmux.waitForStep(9)
        let ending = try await tmux.finish()
        #expect(ending.status == 0, "\(ending)")

        let secrets = [answers.password, answers.answer1, answers.answer2, answers.dateOfBirth, card,
                       "5555 5555 5555 4444", "19800417", "1980-04-17"]
        // Transcripts are on by default: one file, 0600, in a 0700 folder, under the XDG state
        // folder; nothing else is written, and no file holds any secret's bytes.
        let written = sandbox.entries().filter { !$0.hasSuffix("/") }
        let files = written.filter { $0.hasSuffix(".jsonl") }
        #expect(files.count == 1 && files[0].hasPrefix("state/pacer-prep/transcripts/"), "the program wrote: \(written)")
        #expect(Set(written) == Set(files + ["state/pacer-prep", "state/pacer-prep/transcripts"]), "the program wrote: \(written)")
        for file in files {
            let path = sandbox.root.appendingPathComponent(file).path
            let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
            #expect(mode == 0o600, "\(file) has mode \(String(mode, radix: 8))")
        }
        let folder = sandbox.root.appendingPathComponent("state/pacer-prep/transcripts").path
        #expect((try? FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int) == 0o700)
        #expect(sandbox.entries(containingAnyOf: secrets).isEmpty, "a secret is in \(sandbox.entries(containingAnyOf: secrets))")
        #expect(!ending.output.joined().contains(answers.password))
    }

    @Test("a paste arrives whole in the focused field, accents and CJK included, and moves nothing")
    func pasteIntoAField() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.walkToRegistrationForm()
        try await tmux.focus(on: "Address")
        try tmux.paste("1 Rue de l'Église 山田ビル")
        let pasted = try await tmux.waitFor("the pasted address") {
            $0.focusedLine?.precomposedStringWithCanonicalMapping.contains("[1 Rue de l'Église 山田ビル") == true
        }
        #expect(pasted.focusedLabel?.hasPrefix("Address") == true, "the focus stays in the field:\(pasted)")
        #expect(pasted.contains("Step 4 of 9"))
    }

    @Test("a value as wide as its field (04/17/1980) shows whole once the field is left")
    func fullWidthValueShowsWholeAfterLeavingTheField() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.walkToRegistrationForm()
        try await tmux.focus(on: "Date of Birth")
        try tmux.type("04/17/1980")
        try await tmux.waitFor("the date typed") { $0.focusedLine?.contains("1980") == true }
        try await tmux.press("Tab")
        let left = try tmux.capture()
        let row = try #require(left.line(containing: "Date of Birth"), "\(left)")
        #expect(row.contains("[04/17/1980]"), "the unfocused field must show the value from its start:\(left)")
    }

    @Test("on the policies page at 80x24 the focused acknowledgment box is on screen, and Tab leaves it")
    func focusedCheckBoxOnPoliciesPageIsOnScreen() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        let answers = RegisterAnswers()
        try await tmux.walkToRegistrationForm()
        try await tmux.fillRegistrationForm(answers)
        try await tmux.fillSecurityPage(answers)
        try tmux.sendKeys("C-n")
        let arrived = try await tmux.waitForStep(7)
        // The focus starts on the box, the page's only field (Space ticks it, F1 names it).
        #expect(arrived.focusedLabel?.hasPrefix("Acknowledgment") == true,
                "the focused check box must be on screen on arrival:\(arrived)")
        // Tab goes on from the box to Back (scrolling as needed).
        try tmux.sendKeys("Tab")
        let reachedBack = try? await tmux.poll("Tab from the box to reach [ Back ]", timeout: .seconds(3),
                                               capture: { try tmux.isHighlighted("[ Back ]") }, until: { $0 })
        let afterTab = try tmux.capture()
        #expect(reachedBack == true, "Tab must move the focus from the box to Back:\(afterTab)")
    }

    // MARK: Helpers

    static func fieldContent(_ row: String) -> String { TmuxSession.fieldContent(row) }

    /// The pieces of `secret` (three characters or more) found anywhere on `screen`.
    static func clearFragments(of secret: String, in screen: PaneScreen) -> [String] {
        let characters = Array(secret)
        var found: [String] = []
        for start in 0..<characters.count where start + 3 <= characters.count {
            let piece = String(characters[start..<(start + 3)])
            if screen.contains(piece) { found.append(piece) }
        }
        return found
    }
}

/// The terminal as the shell needs it after pacer-prep ends: canonical mode, echo, the normal
/// screen and a visible cursor.
func expectRestored(_ ending: TmuxSession.Ending, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(ending.terminalModes.contains("icanon") && !ending.terminalModes.contains("-icanon"),
            "stty -a after exit: \(ending.terminalModes.sorted())", sourceLocation: sourceLocation)
    #expect(ending.terminalModes.contains("echo") && !ending.terminalModes.contains("-echo"),
            "stty -a after exit: \(ending.terminalModes.sorted())", sourceLocation: sourceLocation)
    #expect(!ending.alternateScreen, "still in the alternate screen", sourceLocation: sourceLocation)
    #expect(ending.cursorVisible, "the cursor is hidden", sourceLocation: sourceLocation)
}
