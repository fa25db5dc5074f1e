import Testing
import WizardEngine
@testable import Screens

/// Text snapshots of every page of journey L at 80x24, with its refusals.
@Suite struct LinkSnapshotTests {
    @Test func theLinkAt80x24() {
        var w = LinkWalk.start()
        assertSnapshot(w.frame, named: "link-1-login")
        LinkWalk.logIn(&w, "mkowalski21", "Upgraded-2019")
        assertSnapshot(w.frame, named: "link-1-redaction")
        LinkWalk.acceptRedaction(&w)
        assertSnapshot(w.frame, named: "link-2-main")
        LinkWalk.toUtilities(&w)
        assertSnapshot(w.frame, named: "link-2-utilities")
        LinkWalk.toOldLogin(&w)
        assertSnapshot(w.frame, named: "link-3-old-login")
        w.tab(to: .field(LinkFields.oldPassword))
        w.press(.function(1))
        assertSnapshot(w.frame, named: "link-3-old-login-help")
        w.press(.escape)
        LinkWalk.submitOldLogin(&w, "MKowalski", "Filer-2018")
        assertSnapshot(w.frame, named: "link-3-old-login-letter-case")
        LinkWalk.submitOldLogin(&w, "mkowalski", "Filer-2018")
        assertSnapshot(w.frame, named: "link-4-details")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "link-5-done")
    }

    @Test func beforeGoLiveAndTheLegacyRefusal() {
        var early = LinkWalk.start(today: LinkWalk.beforeGoLive)
        assertSnapshot(early.frame, named: "link-1-login-before-go-live")
        early.tab(to: .field(LinkFields.upgrade))
        assertSnapshot(early.frame, named: "link-1-login-before-go-live-end")
        LinkWalk.logIn(&early, "mkowalski21", "Upgraded-2019")
        assertSnapshot(early.frame, named: "link-1-login-before-go-live-refused")
        var legacy = LinkWalk.start()
        LinkWalk.logIn(&legacy, "lp1234", "sunny2012")
        assertSnapshot(legacy.frame, named: "link-1-login-legacy-refused")
    }

    @Test func theEFilingRequestAt80x24() {
        var w = LinkWalk.start()
        LinkWalk.logIn(&w, LinkWalk.newcomer.username, LinkWalk.newcomer.password)
        LinkWalk.acceptRedaction(&w)
        LinkWalk.toUtilities(&w)
        w.tab(to: .field(LinkFields.requestEFiling))
        w.press(.enter)
        assertSnapshot(w.frame, named: "link-efile-2-menu")
        w.tab(to: .field(LinkFields.attorneyRegistration))
        w.press(.enter)
        LinkWalk.fillCourt(&w)
        assertSnapshot(w.frame, named: "link-efile-3-court")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "link-efile-3-bar")
        LinkWalk.fillBar(&w)
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "link-efile-3-payment")
        w.press(.control("n"))
        LinkWalk.tickTerms(&w)
        assertSnapshot(w.frame, named: "link-efile-4-terms")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "link-efile-5-pending")
    }
}
