import Testing
import WizardEngine
@testable import Screens

/// Journey L as a whole: its structure, the link after go-live with its consequences, the
/// refusals of domain.md, and the e-filing request.
@Suite struct LinkJourneyTests {
    let journey = LinkJourney.journey

    // MARK: Structure

    @Test func stepsAreNumberedAndEveryStepHasAPage() {
        #expect(journey.steps.count == 5)
        #expect(Set(journey.pages.map(\.step)) == Set(1...5))
        #expect(journey.firstPage == LinkPages.login)
    }

    @Test func idsArePrefixedUniqueAndEveryTargetExists() {
        let pageIDs = journey.pages.map(\.id.rawValue)
        #expect(Set(pageIDs).count == pageIDs.count)
        #expect(pageIDs.allSatisfy { $0.hasPrefix("link.") })
        let fieldIDs = journey.allFields.map(\.id.rawValue)
        #expect(Set(fieldIDs).count == fieldIDs.count, "field ids repeat")
        #expect(fieldIDs.allSatisfy { $0.hasPrefix("link.") })
        var targets: [PageID] = journey.pages.compactMap(\.next)
        for page in journey.pages {
            for item in page.menuBar.items { if case .goTo(let target) = item.action { targets.append(target) } }
            for field in page.fields {
                if case .link(.goTo(let target)) = field.kind { targets.append(target) }
                if case .link(.startJourney(let id)) = field.kind { #expect(Journeys.catalog.journey(id) != nil) }
            }
        }
        for target in targets { #expect(journey.hasPage(target), "missing page \(target)") }
    }

    @Test func noDeadEndsAndEveryPageHasHelp() {
        for page in journey.pages {
            let leadsOn = page.hasNextButton
                || (page.menuBar.isActive && page.menuBar.items.contains { if case .goTo = $0.action { true } else { false } })
                || page.fields.contains { if case .link(.goTo) = $0.kind { true } else { false } }
            #expect(leadsOn, "page \(page.id) cannot be left forwards")
            #expect(!page.hint.isEmpty && !page.helpDesk.isEmpty && !page.instruction.isEmpty, "page \(page.id)")
        }
    }

    @Test func cmecfMenuBarsBeforeAndAfterLinking() {
        #expect(CMECFSite.unlinked.items.map(\.title) == ["Query", "Reports", "Utilities", "Help", "Log Out"])
        #expect(CMECFSite.linked.items.map(\.title) == ["Civil", "Criminal", "Query", "Reports", "Utilities", "Help", "Log Out"])
    }

    // MARK: The link

    @Test func linkingAfterGoLiveLinksTheAccountsAndShowsTheFilingMenus() {
        var w = LinkWalk.start()
        #expect(w.state.page == LinkPages.login)
        #expect(w.state.focus == .field(LinkFields.username))
        LinkWalk.logIn(&w, "mkowalski21", "Upgraded-2019")
        #expect(w.state.page == LinkPages.redaction, "login: \(String(describing: w.state.notice))")
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.redaction, "Continue needs the box ticked")
        #expect(w.state.errors[LinkFields.redactionUnderstood] != nil)
        LinkWalk.acceptRedaction(&w)
        #expect(w.state.page == LinkPages.main)
        #expect(!w.view.menu.map(\.title).contains("Civil"))
        LinkWalk.toUtilities(&w)
        #expect(w.state.page == LinkPages.utilities)
        LinkWalk.toOldLogin(&w)
        #expect(w.state.page == LinkPages.oldLogin)
        LinkWalk.submitOldLogin(&w, "mkowalski", "Filer-2018")
        #expect(w.state.page == LinkPages.details, "old login: \(String(describing: w.state.notice))")
        let details = w.frame.text
        #expect(details.contains("Name: Marta Kowalski"))
        #expect(details.contains("Login: mkowalski"))
        #expect(details.contains("Bar ID: BBO 712345"))
        #expect(details.contains("Username: mkowalski21"))
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.done)
        let cmecf = w.state.world.cmecfAccounts.first { $0.username == "mkowalski" }
        #expect(cmecf?.linkedTo == "1618033")
        #expect(cmecf?.isRetired == true)
        let pacer = w.state.world.accounts.first { $0.username == "mkowalski21" }
        #expect(pacer?.linkedCMECF["mad"] == "mkowalski")
        let menu = w.view.menu.map(\.title)
        #expect(menu.contains("Civil") && menu.contains("Criminal"))
        #expect(w.frame.text.contains("Civil │ Criminal"))
        #expect(w.frame.text.contains("retired"))
        #expect(w.send(.key(.enter)) == [.quit(.completed)])
    }

    @Test func linkingAgainAtTheSameCourtIsRefused() {
        var first = LinkWalk.start()
        LinkWalk.logInAndOpenLinking(&first)
        LinkWalk.submitOldLogin(&first, "mkowalski", "Filer-2018")
        first.press(.control("n"))
        #expect(first.state.page == LinkPages.done)

        var again = LinkWalk.start(world: first.state.world)
        LinkWalk.logIn(&again, "mkowalski21", "Upgraded-2019")
        LinkWalk.acceptRedaction(&again)
        #expect(again.frame.text.contains("already linked"))
        LinkWalk.toUtilities(&again)
        LinkWalk.toOldLogin(&again)
        LinkWalk.submitOldLogin(&again, "mkowalski", "Filer-2018")
        #expect(again.state.page == LinkPages.oldLogin)
        #expect(again.state.notice?.text.contains("once per court") == true)
    }

    @Test func theOldCMECFLoginIsRetiredOnceLinked() {
        var first = LinkWalk.start()
        LinkWalk.logInAndOpenLinking(&first)
        LinkWalk.submitOldLogin(&first, "mkowalski", "Filer-2018")
        first.press(.control("n"))
        #expect(first.state.page == LinkPages.done)

        // Someone else tries to link the same old CM/ECF login in the same run.
        var other = LinkWalk.start(world: first.state.world)
        LinkWalk.logInAndOpenLinking(&other, LinkWalk.newcomer.username, LinkWalk.newcomer.password)
        LinkWalk.submitOldLogin(&other, "mkowalski", "Filer-2018")
        #expect(other.state.page == LinkPages.oldLogin)
        #expect(other.state.notice?.text.contains("retired") == true)
        #expect(other.state.world.accounts.first { $0.username == LinkWalk.newcomer.username }?.linkedCMECF.isEmpty == true)
    }

    @Test func beforeGoLiveTheLoginIsRefusedWithTheDate() {
        var w = LinkWalk.start(today: LinkWalk.beforeGoLive)
        let text = w.frame.text
        #expect(text.contains("September 20, 2021"))
        #expect(w.view.items.contains { if case .paragraph(let p, _) = $0 { p.contains("Wednesday, September 1, 2021") } else { false } })
        #expect(w.view.items.contains { if case .heading(let h) = $0 { h.contains("Get ready") } else { false } })
        LinkWalk.logIn(&w, "mkowalski21", "Upgraded-2019")
        #expect(w.state.page == LinkPages.login)
        #expect(w.state.notice?.text.contains("Monday, September 20, 2021") == true)
        #expect(w.state.world.signedIn == nil)
    }

    @Test func beforeGoLiveTheUpgradeLinkLeadsToJourneyU() {
        var w = LinkWalk.start(today: LinkWalk.beforeGoLive)
        w.tab(to: .field(LinkFields.upgrade))
        w.press(.enter)
        #expect(w.state.journey == "upgrade")
    }

    @Test func aLegacyLoginIsRefusedWithTheReason() {
        var w = LinkWalk.start()
        LinkWalk.logIn(&w, "lp1234", "sunny2012")
        #expect(w.state.page == LinkPages.login)
        #expect(w.state.errors[LinkFields.username]?.contains("upgrade") == true)
        #expect(w.state.notice?.text.contains("legacy") == true)
        #expect(w.frame.text.contains("Legacy PACER accounts cannot sign in"))
        #expect(w.state.world.signedIn == nil)
    }

    @Test func afterGoLiveEnterOnTheLastFieldLogsIn() {
        var w = LinkWalk.start()
        LinkWalk.replace(&w, LinkFields.username, "mkowalski21")
        w.press(.enter)
        w.type("Upgraded-2019")
        w.press(.enter, .enter)
        #expect(w.state.page == LinkPages.redaction)
    }

    @Test func aWrongPACERPasswordSaysSo() {
        var w = LinkWalk.start()
        LinkWalk.logIn(&w, "mkowalski21", "Wrong-2019")
        #expect(w.state.page == LinkPages.login)
        #expect(w.state.notice?.text.contains("Invalid username or password") == true)
    }

    @Test func aWrongCMECFPasswordSendsThePersonToTheCourt() {
        var w = LinkWalk.start()
        LinkWalk.logInAndOpenLinking(&w)
        LinkWalk.submitOldLogin(&w, "mkowalski", "filer-2018")
        #expect(w.state.page == LinkPages.oldLogin)
        #expect(w.state.errors[LinkFields.oldPassword]?.contains("court") == true)
        #expect(w.state.notice?.text == "The CM/ECF login failed.")
        #expect(w.state.world.cmecfAccounts.allSatisfy { $0.username != "mkowalski" || $0.linkedTo == nil })
    }

    @Test func theWrongLetterCaseIsNamed() {
        var w = LinkWalk.start()
        LinkWalk.logInAndOpenLinking(&w)
        LinkWalk.submitOldLogin(&w, "MKowalski", "Filer-2018")
        #expect(w.state.page == LinkPages.oldLogin)
        #expect(w.state.errors[LinkFields.oldUsername]?.contains("lower case") == true)
        #expect(w.state.notice?.text.contains("letter case") == true)
        LinkWalk.submitOldLogin(&w, "mkowalski", "Filer-2018")
        #expect(w.state.page == LinkPages.details)
    }

    @Test func wrongMenuItemsExplainThemselves() {
        var w = LinkWalk.start()
        LinkWalk.logIn(&w, "mkowalski21", "Upgraded-2019")
        LinkWalk.acceptRedaction(&w)
        w.tab(to: .menu(0))
        w.press(.enter)
        #expect(w.state.page == LinkPages.main)
        #expect(w.state.wrongChoices == 1)
        #expect(w.state.notice?.text.contains("Query") == true)
        w.press(.control("n"))
        #expect(w.state.notice?.text.contains("Utilities") == true)
        LinkWalk.toUtilities(&w)
        w.tab(to: .field(LinkFields.maintainAccount))
        w.press(.enter)
        #expect(w.state.page == LinkPages.utilities)
        #expect(w.state.wrongChoices == 2)
    }

    @Test func passwordsAreNeverShown() {
        var w = LinkWalk.start()
        LinkWalk.replace(&w, LinkFields.username, "mkowalski21")
        LinkWalk.replace(&w, LinkFields.password, "Upgraded-2019")
        #expect(!w.frame.text.contains("Upgraded-2019"))
        w.press(.control("n"))
        LinkWalk.acceptRedaction(&w)
        LinkWalk.toUtilities(&w)
        LinkWalk.toOldLogin(&w)
        LinkWalk.replace(&w, LinkFields.oldPassword, "Filer-2018")
        #expect(!w.frame.text.contains("Filer-2018"))
    }

    // MARK: The e-filing request

    @Test func theEFilingRequestEndsPendingCourtApproval() {
        var w = LinkWalk.start()
        LinkWalk.openEFiling(&w)
        #expect(w.state.page == LinkPages.eFileCourt)
        #expect(w.state.value(LinkFields.courtType) == "U.S. District Courts")
        #expect(w.state.value(LinkFields.court) == CourtProfile.massachusetts.name)
        #expect(w.frame.text.contains("Massachusetts District Court"))
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.eFileCourt)
        #expect(w.state.errors[LinkFields.registrationType] != nil)
        LinkWalk.fillCourt(&w)
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.eFileBar, "court: \(w.state.errors)")
        LinkWalk.fillBar(&w)
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.eFilePayment, "bar: \(w.state.errors)")
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.eFileTerms)
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.eFileTerms, "Submit needs both boxes")
        #expect(w.state.errors[LinkFields.termsAgree] != nil && w.state.errors[LinkFields.termsService] != nil)
        LinkWalk.tickTerms(&w)
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.eFilePending)
        let account = w.state.world.accounts.first { $0.username == LinkWalk.newcomer.username }
        #expect(account?.pendingEFileRequests.contains("mad") == true)
        #expect(account?.linkedCMECF.isEmpty == true)
        #expect(w.frame.text.contains("pending court approval"))
        #expect(w.send(.key(.enter)) == [.quit(.completed)])
    }

    @Test func theCourtListFollowsTheCourtType() {
        var w = LinkWalk.start()
        LinkWalk.openEFiling(&w)
        w.pick(LinkFields.courtType, "U.S. Bankruptcy Courts")
        w.press(.tab)
        w.press(.control("n"))
        #expect(w.state.errors[LinkFields.court] == "Choose a Court.", "the district court is not a bankruptcy court")
        w.pick(LinkFields.court, "United States Bankruptcy Court for the District of Massachusetts")
        LinkWalk.fillCourt(&w)
        w.press(.control("n"))
        #expect(w.state.page == LinkPages.eFileBar)
    }

    @Test func aPendingRequestShowsOnUtilities() {
        var w = LinkWalk.start()
        LinkWalk.openEFiling(&w)
        LinkWalk.fillCourt(&w)
        w.press(.control("n"))
        LinkWalk.fillBar(&w)
        w.press(.control("n"), .control("n"))
        LinkWalk.tickTerms(&w)
        w.press(.control("n"))
        var again = LinkWalk.start(world: w.state.world)
        LinkWalk.logIn(&again, LinkWalk.newcomer.username, LinkWalk.newcomer.password)
        LinkWalk.acceptRedaction(&again)
        LinkWalk.toUtilities(&again)
        #expect(again.frame.text.contains("waiting for the court's approval"))
    }
}
