import Testing
import WizardEngine
@testable import Screens

/// Journey U over the sample world: its structure, the complete upgrade with its consequences
/// in the same run, and the failure paths of the notice's steps.
@Suite struct UpgradeJourneyTests {
    typealias F = UpgradeFields
    let journey = UpgradeJourney.journey

    // MARK: Structure

    @Test func everyStepOfTheNoticeHasItsPagesInOrder() {
        #expect(journey.steps.count == 6)
        #expect(journey.pages.map(\.step) == [1, 2, 2, 2, 3, 4, 4, 4, 5, 6])
        #expect(journey.firstPage == UpgradePages.home)
    }

    @Test func everyIdStartsWithUpgradeAndNoneRepeats() {
        for page in journey.pages {
            #expect(page.id.rawValue.hasPrefix("upgrade."), "page \(page.id)")
        }
        let fieldIDs = journey.allFields.map(\.id)
        for id in fieldIDs { #expect(id.rawValue.hasPrefix("upgrade."), "field \(id)") }
        #expect(Set(fieldIDs).count == fieldIDs.count, "field ids repeat")
        let request = F.upgradeRequest
        for id in [request.firstName, request.lastName, request.dateOfBirth, request.email, request.street, request.city,
                   request.state, request.zip, request.userType, request.username, request.password,
                   request.cardNumber, request.firm] {
            #expect(id.rawValue.hasPrefix("upgrade."), "upgrade request reads \(id)")
        }
    }

    @Test func everyTargetExistsInTheCatalog() {
        var targets: [PageID] = journey.pages.compactMap(\.next)
        for page in journey.pages {
            for item in page.menuBar.items { if case .goTo(let target) = item.action { targets.append(target) } }
            targets += page.tabs?.tabs.map(\.page) ?? []
            targets += page.alsoChecks
            for field in page.fields {
                switch field.kind {
                case .link(.goTo(let target)), .link(.run(_, let target)): targets.append(target)
                default: break
                }
            }
        }
        for target in targets { #expect(journey.hasPage(target), "missing page \(target)") }
    }

    @Test func everyPageHasAHintAndAHelpDeskLine() {
        for page in journey.pages {
            #expect(!page.hint.isEmpty && !page.helpDesk.isEmpty, "page \(page.id)")
        }
    }

    @Test func everyWrongChoiceMessageFitsTheStatusLine() {
        var w = UpgradeWalk.start()
        w.state.history = [UpgradePages.home]
        var count = 0
        for page in journey.pages {
            for field in page.fields {
                guard case .link(.notThisOne(let message)) = field.kind else { continue }
                w.state.page = page.id
                w.state.notice = Notice(message, .problem)
                #expect(w.frame.text.contains(message), "\(field.id) is cut on the status line")
                count += 1
            }
        }
        #expect(count > 20)
    }

    @Test func theHintListsThePracticeLogins() {
        let hint = journey.page(UpgradePages.login).hint
        for word in ["lp1234", "sunny2012", "mkowalski21", "Upgraded-2019"] {
            #expect(hint.contains(word))
        }
    }

    // MARK: The whole journey

    @Test func theWholeUpgradeCompletesAndTheOldLoginStopsWorking() {
        var w = UpgradeWalk.start()
        var seen: Set<PageID> = []
        func check(_ w: Wizard, sourceLocation: SourceLocation = #_sourceLocation) {
            let step = w.page.step
            seen.insert(w.state.page)
            #expect(w.view.instruction.hasPrefix("\(step). "), "instruction of \(w.state.page)", sourceLocation: sourceLocation)
            #expect(w.frame.text.contains("Step \(step) of 6"), "step label of \(w.state.page)", sourceLocation: sourceLocation)
        }
        #expect(w.state.page == UpgradePages.home)
        check(w)
        UpgradeWalk.toMenu(&w)
        #expect(w.state.page == UpgradePages.menu)
        check(w)
        UpgradeWalk.toAccountMenu(&w)
        #expect(w.state.page == UpgradePages.accountMenu)
        check(w)
        UpgradeWalk.toLogin(&w)
        #expect(w.state.page == UpgradePages.login)
        check(w)
        UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, UpgradeWalk.legacyPassword)
        #expect(w.state.page == UpgradePages.manage, "login: \(String(describing: w.state.notice))")
        #expect(w.state.world.signedIn == UpgradeWalk.legacyNumber)
        check(w)
        let legacyFrame = w.frame.text
        #expect(legacyFrame.contains("Account Number: 2718281"))
        #expect(legacyFrame.contains("Username: lp1234"))
        #expect(legacyFrame.contains("Account Type: Legacy PACER Account"))
        #expect(legacyFrame.contains("› Upgrade"))

        UpgradeWalk.toPerson(&w)
        #expect(w.state.page == UpgradePages.person)
        check(w)
        #expect(w.state.value(F.firstName) == "Laura", "prefilled from the account")
        #expect(w.state.value(F.lastName) == "Pham")
        #expect(w.state.value(F.email) == "laura.pham@example.com")
        #expect(w.state.value(F.userType) == "Attorney")
        #expect(w.state.value(F.dateOfBirth).isEmpty, "the date of birth is never prefilled")
        UpgradeWalk.fillPerson(&w)
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.address, "person errors: \(w.state.errors)")
        check(w)
        #expect(w.state.value(F.street) == "1 Courthouse Way")
        #expect(w.state.value(F.state) == "MA")
        #expect(w.state.value(F.zip) == "02210")
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.address, "the County is required")
        #expect(w.state.errors[F.county] == "Choose a County.")
        UpgradeWalk.fillAddress(&w)
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.security, "address errors: \(w.state.errors)")
        check(w)
        UpgradeWalk.fillSecurity(&w)
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.complete, "security errors: \(w.state.errors) \(String(describing: w.state.notice))")
        check(w)

        let account = UpgradeWalk.legacyAccount(w)
        #expect(account?.kind == .upgraded)
        #expect(account?.username == UpgradeWalk.newUsername)
        #expect(account?.password == UpgradeWalk.newPassword)
        #expect(account?.dateOfBirth == CivilDate(year: 1975, month: 6, day: 2))
        #expect(w.frame.text.contains("Upgraded PACER Account"))
        #expect(w.frame.text.contains("old username and password no longer work"))

        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.manage, "Close returns to Manage My Account")
        let upgradedFrame = w.frame.text
        #expect(upgradedFrame.contains("Account Type: Upgraded PACER Account"))
        #expect(upgradedFrame.contains("Username: \(UpgradeWalk.newUsername)"))
        #expect(upgradedFrame.contains("no action is required"))
        #expect(!w.page.visibleFields(in: w.state.context).contains { $0.id == F.upgradeLink })

        w.tab(to: .field(F.logOut))
        w.press(.enter)
        #expect(w.state.page == UpgradePages.questions)
        #expect(w.state.world.signedIn == nil)
        check(w)
        #expect(w.frame.text.contains("1-800-676-6856"))

        // Step 6's link: the old login is refused, the new one works.
        w.tab(to: .field(F.tryLoginAgain))
        w.press(.enter)
        #expect(w.state.page == UpgradePages.login)
        #expect(w.state.value(F.loginUsername) == UpgradeWalk.legacyUsername, "the old login is still typed in")
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.login, "the old login must be refused")
        #expect(w.state.notice?.text == "Invalid username or password.")
        #expect(w.state.errors[F.loginUsername]?.contains("legacy 6-character username") == true)
        UpgradeWalk.logIn(&w, UpgradeWalk.newUsername, UpgradeWalk.newPassword)
        #expect(w.state.page == UpgradePages.manage, "the new login works: \(String(describing: w.state.notice))")
        #expect(w.state.world.signedIn == UpgradeWalk.legacyNumber)
        #expect(w.frame.text.contains("Upgraded PACER Account"))

        w.tab(to: .field(F.logOut))
        w.press(.enter)
        #expect(seen == Set(journey.pages.map(\.id)), "every page was walked")
        w.tab(to: .nextButton)
        #expect(w.send(.key(.enter)) == [.quit(.completed)])
    }

    @Test func theOldPasswordIsRefusedWithTheNewUsernameToo() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        UpgradeWalk.toPerson(&w)
        UpgradeWalk.fillPerson(&w)
        w.press(.control("n"))
        UpgradeWalk.fillAddress(&w)
        w.press(.control("n"))
        UpgradeWalk.fillSecurity(&w)
        w.press(.control("n"))
        w.press(.control("n"))
        w.tab(to: .field(F.logOut))
        w.press(.enter)
        w.tab(to: .field(F.tryLoginAgain))
        w.press(.enter)
        UpgradeWalk.logIn(&w, UpgradeWalk.newUsername, UpgradeWalk.legacyPassword)
        #expect(w.state.page == UpgradePages.login)
        #expect(w.state.notice?.text.hasPrefix("Invalid username or password") == true)
    }

    // MARK: Step 2: menus and login

    @Test func wrongMenuItemsAndLinksExplainThemselvesAndCount() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toMenu(&w)
        w.tab(to: .menu(3))
        w.press(.enter)
        #expect(w.state.page == UpgradePages.menu)
        #expect(w.state.wrongChoices == 1)
        #expect(w.state.notice?.text.contains("no PACER account of their own") == true)
        UpgradeWalk.toAccountMenu(&w)
        w.tab(to: .field(F.menuPayment))
        w.press(.enter)
        #expect(w.state.page == UpgradePages.accountMenu)
        #expect(w.state.wrongChoices == 2)
        #expect(w.state.notice?.text.contains("pays a bill") == true)
        UpgradeWalk.toLogin(&w)
        w.tab(to: .field(F.loginForgotPassword))
        w.press(.enter)
        #expect(w.state.page == UpgradePages.login)
        #expect(w.state.notice?.text == UpgradeLoginPage.resetNotRehearsed)
        #expect(w.state.wrongChoices == 3)
        let resetNote = w.view.items.contains {
            if case .paragraph(let text, _) = $0 { text.contains("email") && text.contains("security answers") } else { false }
        }
        #expect(resetNote, "the login page says what a real reset needs")
        #expect(w.page.field(F.loginForgotPassword)?.help.contains("security answers") == true)
    }

    @Test func aWrongPasswordSaysSoAndCounts() {
        var w = UpgradeWalk.start()
        UpgradeWalk.fromHomeToLogin(&w)
        UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, "sunny2013")
        #expect(w.state.page == UpgradePages.login)
        #expect(w.state.notice?.text.hasPrefix("Invalid username or password") == true)
        #expect(w.state.notice?.text.contains("1 of 5") == true)
        #expect(w.state.world.failedLogins["lp1234"] == 1)
        #expect(w.state.world.signedIn == nil)
        UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, "sunny2014")
        #expect(w.state.world.failedLogins["lp1234"] == 2)
        #expect(w.state.notice?.text.contains("2 of 5") == true)
        UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, UpgradeWalk.legacyPassword)
        #expect(w.state.page == UpgradePages.manage, "the right password still works before the limit")
        #expect(w.state.world.failedLogins["lp1234"] == nil, "a good login resets the count")
    }

    @Test func fiveFailuresLockTheAccountAsASimulatedRule() {
        var w = UpgradeWalk.start()
        UpgradeWalk.fromHomeToLogin(&w)
        #expect(w.frame.text.contains("After 5 failed logins"))
        for attempt in 1...5 {
            UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, "wrong-\(attempt)")
        }
        #expect(UpgradeWalk.legacyAccount(w)?.isLocked == true)
        #expect(w.state.notice?.text.contains("locked") == true)
        #expect(w.state.notice?.text.contains("simulated rule") == true)
        UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, UpgradeWalk.legacyPassword)
        #expect(w.state.page == UpgradePages.login, "a locked account stays locked")
        #expect(w.state.notice?.text.contains("locked") == true)
        #expect(w.state.notice?.text.contains("simulated rule") == true)
    }

    @Test func anEmptyLoginIsRefusedOnThePage() {
        var w = UpgradeWalk.start()
        UpgradeWalk.fromHomeToLogin(&w)
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.login)
        #expect(w.state.errors[F.loginUsername] == "Username is required.")
        #expect(w.state.errors[F.loginPassword] == "Password is required.")
        #expect(w.state.world.failedLogins.isEmpty, "nothing reached the back end")
    }

    // MARK: Step 3: Manage My Account

    @Test func anUpgradedAccountNeedsNoAction() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w, username: "mkowalski21", password: "Upgraded-2019")
        #expect(w.state.page == UpgradePages.manage)
        let text = w.frame.text
        #expect(text.contains("Account Number: 1618033"))
        #expect(text.contains("Account Type: Upgraded PACER Account"))
        #expect(text.contains("no action is required"))
        #expect(!text.contains("› Upgrade"))
        #expect(!w.page.visibleFields(in: w.state.context).contains { $0.id == F.upgradeLink })
        w.tab(to: .field("upgrade.manage.changeUsername"))
        w.press(.enter)
        #expect(w.state.notice?.text == ManageAccountPage.notRehearsed)
        w.press(.function(1))
        guard case .help(_, let lines)? = w.view.overlay else {
            Issue.record("no help")
            return
        }
        #expect(lines.contains { $0.contains("Change Username picks a new username") }, "F1 says what the tool does")
    }

    @Test func aSettingsItemOnALegacyAccountAsksForTheUpgradeFirst() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        #expect(w.state.value(F.manageTab) == "Settings")
        let shown = w.page.visibleFields(in: w.state.context).map(\.id)
        for tool in ManageAccountPage.tools[0].tools {
            #expect(shown.contains(FieldID("upgrade.manage.\(tool.key).legacy")), "\(tool.title)")
            #expect(!shown.contains(FieldID("upgrade.manage.\(tool.key)")), "\(tool.title)")
        }
        w.tab(to: .field("upgrade.manage.changePassword.legacy"))
        w.press(.enter)
        #expect(w.state.page == UpgradePages.manage)
        #expect(w.state.wrongChoices == 1)
        #expect(w.state.notice?.text == ManageAccountPage.upgradeFirst)
        #expect(w.frame.text.contains(ManageAccountPage.upgradeFirst), "the whole message fits the status line")
    }

    @Test func eachTabShowsItsOwnItems() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        for (tab, tools) in ManageAccountPage.tools {
            w.pick(F.manageTab, tab)
            let shown = w.page.visibleFields(in: w.state.context).map(\.label)
            for tool in tools { #expect(shown.contains(tool.title), "\(tool.title) on \(tab)") }
            let others = ManageAccountPage.tools.filter { $0.tab != tab }.flatMap(\.tools)
            for tool in others { #expect(!shown.contains(tool.title), "\(tool.title) not on \(tab)") }
            #expect(shown.contains("View All My Requests"))
            #expect(shown.contains("Log Out"))
        }
        w.pick(F.manageTab, "Payments")
        w.tab(to: .field("upgrade.manage.oneTimePayment"))
        w.press(.enter)
        #expect(w.state.notice?.text == ManageAccountPage.notRehearsed, "a legacy account may pay")
    }

    @Test func afterLoggingOutManageMyAccountShowsNoAccount() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        w.tab(to: .field(F.logOut))
        w.press(.enter)
        #expect(w.state.page == UpgradePages.questions)
        w.press(.escape)
        #expect(w.state.page == UpgradePages.manage)
        #expect(!w.frame.text.contains("{account."))
        #expect(w.frame.text.contains("You are logged out"))
        #expect(w.page.visibleFields(in: w.state.context).map(\.id) == [F.loginAgain])
    }

    // MARK: Step 4: the three tabs

    @Test func theSecurityTabRefusesTheLegacyUsernameWithTheReason() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        UpgradeWalk.toPerson(&w)
        UpgradeWalk.chooseTab(&w, 2)
        #expect(w.state.page == UpgradePages.security)
        w.fill(F.username, "lp1234")
        w.press(.tab)
        #expect(w.state.errors[F.username] == "Username: \"lp1234\" is a legacy 6-character username; new ones need at least 8 characters.")
        #expect(w.frame.text.contains("legacy 6-character"))
    }

    @Test func theOldPasswordIsTooWeakForTheNewRules() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        UpgradeWalk.toPerson(&w)
        UpgradeWalk.chooseTab(&w, 2)
        w.fill(F.username, UpgradeWalk.newUsername)
        w.fill(F.password, UpgradeWalk.legacyPassword)
        w.press(.tab)
        #expect(w.state.errors[F.password] == "Password needs an upper-case letter.")
    }

    @Test func aUsernameTakenByAnotherAccountIsRefusedOnSubmit() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        UpgradeWalk.toPerson(&w)
        UpgradeWalk.fillPerson(&w)
        w.press(.control("n"))
        UpgradeWalk.fillAddress(&w)
        w.press(.control("n"))
        UpgradeWalk.fillSecurity(&w)
        UpgradeWalk.replace(&w, F.username, "mkowalski21")
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.security)
        #expect(w.state.errors[F.username]?.contains("already taken") == true)
        #expect(UpgradeWalk.legacyAccount(w)?.kind == .legacy)
    }

    @Test func movingBetweenTabsKeepsValuesAndTheStripShowsEachTabsState() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        UpgradeWalk.toPerson(&w)
        #expect(w.view.tabs.map(\.state) == [.current, .notVisited, .notVisited])
        UpgradeWalk.fillPerson(&w)
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.address)
        #expect(w.view.tabs.map(\.state) == [.complete, .current, .notVisited])
        #expect(w.frame.text.contains("Person ✓"))
        UpgradeWalk.chooseTab(&w, 2)
        #expect(w.state.page == UpgradePages.security)
        #expect(w.view.tabs.map(\.state) == [.complete, .hasProblems, .current], "the County is still missing")
        #expect(w.frame.text.contains("Address ✗"))
        w.fill(F.username, UpgradeWalk.newUsername)
        UpgradeWalk.chooseTab(&w, 0)
        #expect(w.state.page == UpgradePages.person)
        #expect(w.state.value(F.dateOfBirth) == "06/02/1975")
        #expect(w.view.tabs.map(\.state) == [.current, .hasProblems, .hasProblems],
                "Security was seen with its required fields still empty")
        #expect(w.frame.text.contains("Security ✗"))
        UpgradeWalk.chooseTab(&w, 1)
        UpgradeWalk.fillAddress(&w)
        UpgradeWalk.chooseTab(&w, 2)
        #expect(w.state.value(F.username) == UpgradeWalk.newUsername)
        #expect(w.state.value(F.county) == "Suffolk")
        #expect(w.view.tabs.map(\.state) == [.complete, .complete, .current])
        #expect(w.frame.text.contains("Address ✓"))
    }

    @Test func submitWithAnEmptyDateOfBirthJumpsToThePersonTab() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        UpgradeWalk.toPerson(&w)
        UpgradeWalk.chooseTab(&w, 1)
        UpgradeWalk.fillAddress(&w)
        UpgradeWalk.chooseTab(&w, 2)
        UpgradeWalk.fillSecurity(&w)
        w.press(.control("n"))
        #expect(w.state.page == UpgradePages.person)
        #expect(w.state.errors[F.dateOfBirth] == "Date of Birth is required.")
        #expect(w.state.focus == .field(F.dateOfBirth))
        #expect(w.state.notice?.text.contains("needs attention first") == true)
        #expect(w.frame.text.contains("Date of Birth is required."))
        #expect(UpgradeWalk.legacyAccount(w)?.kind == .legacy, "nothing was upgraded")
    }

    @Test func theDateOfBirthIsNeverShownBackAsAnAccountFact() {
        let texts = journey.pages.flatMap(\.blocks).compactMap { block -> String? in
            if case .paragraph(let text, _) = block.content { text } else { nil }
        }
        #expect(!texts.contains { $0.contains("{account.dateOfBirth}") || $0.contains("{value:upgrade.dateOfBirth}") })
        let dateOfBirth = journey.page(UpgradePages.person).field(F.dateOfBirth)
        #expect(dateOfBirth?.sensitivity == .privateValue)
        #expect(dateOfBirth?.defaultValue == nil)
        for id in [F.answer1, F.answer2] {
            #expect(journey.page(UpgradePages.security).field(id)?.sensitivity == .privateValue)
        }
    }
}
