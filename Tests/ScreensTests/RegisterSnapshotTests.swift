import Testing
import WizardEngine
@testable import Screens

/// Text snapshots of every page of journey R at 80x24 (and the form at 120x40): what a person
/// sees, kept as plain text beside the tests so a review shows exactly what changed.
@Suite struct RegisterSnapshotTests {
    @Test func everyPageAt80x24() {
        var w = RegisterWalk.start()
        assertSnapshot(w.frame, named: "register-1-home")
        RegisterWalk.toMenu(&w)
        assertSnapshot(w.frame, named: "register-2-menu")
        RegisterWalk.toKinds(&w)
        w.tab(to: .field("kind.attorney"))
        w.press(.enter)
        assertSnapshot(w.frame, named: "register-3-kinds")
        w.tab(to: .field("register.start"))
        w.press(.enter)
        assertSnapshot(w.frame, named: "register-4-form-empty")
        RegisterWalk.fillForm(&w)
        assertSnapshot(w.frame, named: "register-4-form-filled-end")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "register-5-security-empty")
        RegisterWalk.fillSecurity(&w)
        assertSnapshot(w.frame, named: "register-5-security-filled")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "register-6-payment")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "register-7-policies")
        RegisterWalk.acknowledge(&w)
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "register-8-created")
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "register-9-questions")
    }

    @Test func formErrorsAt80x24() {
        var w = RegisterWalk.start()
        RegisterWalk.toMenu(&w)
        RegisterWalk.toKinds(&w)
        RegisterWalk.toForm(&w)
        w.press(.control("n"))
        assertSnapshot(w.frame, named: "register-4-form-errors")
    }

    @Test func formAt120x40() {
        var w = RegisterWalk.start(size: TerminalSize(columns: 120, rows: 40))
        RegisterWalk.toMenu(&w)
        RegisterWalk.toKinds(&w)
        RegisterWalk.toForm(&w)
        assertSnapshot(w.frame, named: "register-4-form-120x40")
    }

    @Test func helpAndQuitOverlays() {
        var w = RegisterWalk.start()
        RegisterWalk.toMenu(&w)
        RegisterWalk.toKinds(&w)
        RegisterWalk.toForm(&w)
        w.tab(to: .field("dateOfBirth"))
        w.press(.function(1))
        assertSnapshot(w.frame, named: "register-4-help")
        w.press(.escape)
        w.press(.control("c"))
        assertSnapshot(w.frame, named: "register-quit-confirmation")
    }

    @Test func tooSmall() {
        var w = RegisterWalk.start(size: TerminalSize(columns: 50, rows: 12))
        assertSnapshot(w.frame, named: "register-too-small")
        w.send(.resize(.standard))
        #expect(w.frame.text.contains("Step 1 of 9"))
    }
}
