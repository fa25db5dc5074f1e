import Foundation
import Testing

/// Journey U on the built binary, from the start page's questions to the upgrade, and its
/// consequence in the same run: the old login is refused and the new one works.
@Suite("Journey U end to end, under tmux")
struct UpgradeJourneyEndToEndTests {
    @Test("start page → upgrade lp1234 → old login refused, new login works → quit restores the terminal")
    func upgradeFromTheStartPage() async throws {
        let tmux = try TmuxSession(arguments: ["--today", "2021-09-01", "--seed", "42"], columns: 80, rows: 24)

        // The notice's questions: own account? yes; created before August 11, 2014? yes.
        try await tmux.waitFor(text: "Do you have your own PACER account?")
        try await tmux.press("Right")
        try await tmux.waitFor(text: "Was it created before August 11, 2014?")
        try await tmux.press("Tab")
        try await tmux.press("Right")
        try await tmux.focus(on: "› Rehearse: upgrade a legacy account")
        try tmux.sendKeys("Enter")

        try await tmux.waitForStep(1, of: 6)
        try tmux.sendKeys("Enter")
        try await tmux.waitForStep(2, of: 6)
        try await tmux.focusHighlighted("My Account & Billing")
        try tmux.sendKeys("Enter")
        try await tmux.focus(on: "› Manage My Account Login")
        try tmux.sendKeys("Enter")
        try await tmux.login("lp1234", "sunny2012")

        let manage = try await tmux.waitForStep(3, of: 6)
        #expect(manage.contains("Legacy PACER Account"), "\(manage)")
        try await tmux.focus(on: "› Upgrade")
        try tmux.sendKeys("Enter")

        // Person tab: the date of birth is the one thing PACER does not already have.
        try await tmux.waitForStep(4, of: 6)
        try await tmux.fill("Date of Birth", with: "06/02/1975")
        try tmux.sendKeys("C-n")
        try await tmux.waitFor(text: "Address tab")
        try await tmux.choose("County", "Suffolk")
        try tmux.sendKeys("C-n")
        try await tmux.waitFor(text: "Security tab")
        // The legacy username is refused on the Security tab, with the reason.
        try await tmux.fill("Username", with: "lp1234")
        try tmux.sendKeys("Tab")
        try await tmux.waitFor(text: "is a legacy 6-character")
        try await tmux.focus(on: "Username")
        try tmux.sendKeys("C-u")
        try await tmux.fill("Username", with: "laura.pham")
        try await tmux.fillSecret("Password", with: "Upgrade-2021")
        try await tmux.fillSecret("Confirm Password", with: "Upgrade-2021")
        try await tmux.choose("Security Question 1", "What was the name of your first pet?")
        try await tmux.fill("Answer 1", with: "Rex")
        try await tmux.choose("Security Question 2", "In what city were you born?")
        try await tmux.fill("Answer 2", with: "Lowell")
        try tmux.sendKeys("C-n")

        try await tmux.waitFor(text: "Upgrade Complete")
        try tmux.sendKeys("Enter")  // Close
        let upgraded = try await tmux.waitForStep(3, of: 6)
        #expect(upgraded.contains("Upgraded PACER Account"), "\(upgraded)")

        try await tmux.focus(on: "› Log Out")
        try tmux.sendKeys("Enter")
        try await tmux.waitForStep(6, of: 6)
        try await tmux.focus(on: "› Try logging in again")
        try tmux.sendKeys("Enter")
        try await tmux.login("lp1234", "sunny2012")
        try await tmux.waitFor(text: "Invalid username or password")
        try await tmux.login("laura.pham", "Upgrade-2021")
        let again = try await tmux.waitForStep(3, of: 6)
        #expect(again.contains("Upgraded PACER Account"), "\(again)")

        try tmux.sendKeys("C-c")
        try await tmux.waitFor(text: "Quit the rehearsal?")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1)
        #expect(ending.terminalModes.contains("icanon") && ending.terminalModes.contains("echo"))
    }
}

extension TmuxSession {
    /// Fills the Manage My Account login (clearing what an earlier try left) and presses
    /// Login (Ctrl-N).
    func login(_ username: String, _ password: String) async throws {
        try await waitFor(text: "Manage My Account Login")
        try await focus(on: "Username")
        try sendKeys("C-u")
        try await fill("Username", with: username)
        try await focus(on: "Password")
        try sendKeys("C-u")
        try await fillSecret("Password", with: password)
        try sendKeys("C-n")
    }
}
