import Screens
import Testing
import WizardEngine
@testable import WizardPlain

/// Journey U at plain mode's prompts: a refused login, the upgrade, and the old login refused
/// afterwards, with the back end's own sentences.
@Suite("Plain mode: journey U at the prompts")
struct PlainUpgradeTests {
    static let oldPassword = "sunny2012"
    static let newPassword = "Practice-2021"

    static let lines: [String] = [
        // 1, then My Account & Billing on the menu bar, then Manage My Account Login.
        "", "5", "1",
        // 2: a wrong password, refused; then the right one (Enter keeps the username).
        "lp1234", "wrong-Pass1", "", "",
        "", oldPassword, "", "",
        // 3: Manage My Account: keep the tab, choose Upgrade by name.
        "", "Upgrade",
        // 4: Person (date of birth), Address (County), Security, Submit.
        "", "", "", "06/02/1975", "", "", "",
        "", "", "", "Suffolk", "", "", "",
        "laurapham2021", newPassword, newPassword, "1", "Rex", "2", "Lowell", "",
        // 5: Close, back on Manage My Account, now upgraded: Log Out.
        "", "", "Log Out",
        // 6: try the old login again: refused; the new username with the old password: refused;
        // then the new password works.
        "1", "", "", "", "",
        "laurapham2021", "",
        "", newPassword, "", "",
        "", "Log Out",
        "",
    ]

    @Test("the old login is refused after the upgrade; the new one works; the journey completes")
    func upgradeAndLogins() {
        let run = PlainFixture.run(UpgradeJourney.id, Self.lines)
        #expect(run.outcome == .completed, "\(run.output)")
        #expect(run.input.unread == 0)
        #expect(run.output.contains("Invalid username or password (1 of 5 attempts; then the account locks, a simulated rule)."))
        #expect(run.output.contains("Your PACER account has been upgraded (practice)."))
        #expect(run.output.contains("Error: \"lp1234\" is a legacy 6-character username, and no account has it now."))
        #expect(run.output.contains("Step 5 of 6: Upgrade complete"))
        let account = run.frontEnd.wizard.state.world.accounts.first { $0.number == "2718281" }
        #expect(account?.username == "laurapham2021")
        #expect(account?.kind == .upgraded)
    }

    @Test("passwords are read hidden and never printed")
    func secrets() {
        let run = PlainFixture.run(UpgradeJourney.id, Self.lines)
        for secret in [Self.oldPassword, Self.newPassword, "wrong-Pass1", "06/02/1975"] {
            #expect(!run.output.contains(secret), "\(secret) printed")
        }
        let secretReads = run.input.reads.filter { [Self.oldPassword, Self.newPassword, "wrong-Pass1"].contains($0.line) }
        let allHidden = secretReads.allSatisfy { $0.hidden }
        #expect(secretReads.count == 5)
        #expect(allHidden)
    }

    @Test("the account's details fill the Person tab, shown as the current values")
    func prefilledFromAccount() {
        let run = PlainFixture.run(UpgradeJourney.id, Self.lines)
        #expect(run.output.contains("First Name (required), now \"Laura\": "))
        #expect(run.output.contains("Tabs: Person (this one), Address, Security"))
    }
}
