import Testing
import WizardEngine
@testable import Screens

/// Text snapshots of every page of journey U at 80x24, including the states that matter to a
/// person rehearsing: refused logins, the tab strip's marks and the upgraded account.
@Suite struct UpgradeSnapshotTests {
    typealias F = UpgradeFields

    @Test func everyPageAt80x24() {
        var w = UpgradeWalk.start()
        assertSnapshot(w.frame, named: "upgrade-1-home")
        UpgradeWalk.toMenu(&w)
        assertSnapshot(w.frame, named: "upgrade-2-menu")
        UpgradeWalk.toAccountMenu(&w)
        assertSnapshot(w.frame, named: "upgrade-2-account-menu")
        UpgradeWalk.toLogin(&w)
        assertSnapshot(w.frame, named: "upgrade-2-login-empty")
        UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, "sunny2013")
        assertSnapshot(w.frame, named: "upgrade-2-login-wrong-password")
        UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, UpgradeWalk.legacyPassword)
        assertSnapshot(w.frame, named: "upgrade-3-manage-legacy")
        w.tab(to: .field("upgrade.manage.changeUsername.legacy"))
        w.press(.enter)
        assertSnapshot(w.frame, named: "upgrade-3-manage-legacy-settings-item")
        w.tab(to: .field(F.logOut))
        assertSnapshot(w.frame, named: "upgrade-3-manage-legacy-end")
        UpgradeWalk.toPerson(&w)
        assertSnapshot(w.frame, named: "upgrade-4-person")
        UpgradeWalk.fillPerson(&w)
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "upgrade-4-address")
        UpgradeWalk.fillAddress(&w)
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "upgrade-4-security-empty")
        UpgradeWalk.fillSecurity(&w)
        assertSnapshot(w.frame, named: "upgrade-4-security-filled")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "upgrade-5-complete")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "upgrade-3-manage-after-upgrade")
        w.tab(to: .field(F.logOut))
        w.press(.enter)
        assertSnapshot(w.frame, named: "upgrade-6-questions")
        w.tab(to: .field(F.tryLoginAgain))
        w.press(.enter, .control("n"))
        assertSnapshot(w.frame, named: "upgrade-2-login-old-refused")
    }

    @Test func lockedLoginAt80x24() {
        var w = UpgradeWalk.start()
        UpgradeWalk.fromHomeToLogin(&w)
        for attempt in 1...5 { UpgradeWalk.logIn(&w, UpgradeWalk.legacyUsername, "wrong-\(attempt)") }
        assertSnapshot(w.frame, named: "upgrade-2-login-locked")
    }

    @Test func loginHelpAt80x24() {
        var w = UpgradeWalk.start()
        UpgradeWalk.fromHomeToLogin(&w)
        w.press(.function(1))
        assertSnapshot(w.frame, named: "upgrade-2-login-help")
    }

    @Test func loggedOutManageAt80x24() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        w.tab(to: .field(F.logOut))
        w.press(.enter, .escape)
        assertSnapshot(w.frame, named: "upgrade-3-manage-logged-out")
    }

    @Test func upgradedAccountAt80x24() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w, username: "mkowalski21", password: "Upgraded-2019")
        assertSnapshot(w.frame, named: "upgrade-3-manage-upgraded")
    }

    @Test func tabProblemsAt80x24() {
        var w = UpgradeWalk.start()
        UpgradeWalk.toManage(&w)
        UpgradeWalk.toPerson(&w)
        UpgradeWalk.chooseTab(&w, 2)
        w.fill(F.username, "lp1234")
        w.press(.tab)
        assertSnapshot(w.frame, named: "upgrade-4-security-legacy-username")
        UpgradeWalk.chooseTab(&w, 1)
        UpgradeWalk.fillAddress(&w)
        UpgradeWalk.chooseTab(&w, 2)
        UpgradeWalk.replace(&w, F.username, "")
        UpgradeWalk.fillSecurity(&w)
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "upgrade-4-person-date-of-birth-missing")
    }
}
