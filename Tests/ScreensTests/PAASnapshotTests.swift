import Testing
import WizardEngine
@testable import Screens

/// Text snapshots of every page of journey P at 80x24.
@Suite struct PAASnapshotTests {
    @Test func registerAndAddAt80x24() {
        var w = PAAWalk.start()
        assertSnapshot(w.frame, named: "paa-1-about")
        PAAWalk.toRegistration(&w)
        assertSnapshot(w.frame, named: "paa-2-register-empty")
        PAAWalk.fillRegistration(&w)
        assertSnapshot(w.frame, named: "paa-2-register-filled-end")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "paa-3-created")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "paa-4-maintenance")
        PAAWalk.toAdd(&w)
        assertSnapshot(w.frame, named: "paa-4-add-empty")
        PAAWalk.fillMember(&w, lastName: "Kowalsky")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "paa-4-add-refused")
        PAAWalk.fillMember(&w)
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "paa-5-pending")
    }

    @Test func loginAndOtherTabsAt80x24() {
        var w = PAAWalk.start()
        PAAWalk.toLogin(&w)
        assertSnapshot(w.frame, named: "paa-4-login")
        w.fill(PAAFields.loginUsername, "harborlegal")
        w.fill(PAAFields.loginPassword, "Harbor-PAA1")
        w.press(.control("n"))
        w.pick(PAAFields.tab, PAAFields.usageTab)
        assertSnapshot(w.frame, named: "paa-4-maintenance-usage")
        w.pick(PAAFields.tab, PAAFields.settingsTab)
        assertSnapshot(w.frame, named: "paa-4-maintenance-settings")
    }
}
