import Screens
import Testing
import WizardEngine
@testable import WizardPlain

/// The start page and journeys L and P typed at plain mode's prompts.
@Suite("Plain mode: the start page and journeys L and P")
struct PlainOtherJourneysTests {
    @Test("the start page's first question shows the link that fits; choosing it opens journey R")
    func startPage() {
        let run = PlainFixture.run(StartJourney.id, ["No", "Rehearse: register"])
        #expect(run.output.contains("1. Do you have your own PACER account?\n"))
        #expect(run.output.contains("Then register one of your own: shared PACER accounts may no longer be used by CM/ECF filers."))
        #expect(run.output.contains("Step 1 of 9: Open the PACER website"))
        #expect(run.frontEnd.wizard.state.journey == RegisterJourney.id)
    }

    @Test("journey L after go-live: login, redaction, Utilities, the old login, Submit, Finish")
    func link() {
        let lines = [
            "mkowalski21", "Upgraded-2019", "", "",
            "y", "",
            "Utilities",
            "Link a CM/ECF",
            "mkowalski", "Filer-2018", "",
            "",
            "",
        ]
        let run = PlainFixture.run(LinkJourney.id, lines, today: PlainFixture.afterGoLive)
        #expect(run.outcome == .completed, "\(run.output)")
        #expect(run.output.contains("Step 5 of 5: Confirmation"))
        #expect(run.output.contains("The old CM/ECF login mkowalski is retired"))
        #expect(!run.output.contains("Upgraded-2019") && !run.output.contains("Filer-2018"))
    }

    @Test("journey L before go-live: the login is refused with the date")
    func linkTooEarly() {
        let run = PlainFixture.run(LinkJourney.id, ["mkowalski21", "Upgraded-2019", "", ""])
        #expect(run.output.contains("NextGen CM/ECF opens at this court on Monday, September 20, 2021; until then, log in to the current CM/ECF."))
        #expect(run.output.hasSuffix("PACER Username (required), now \"mkowalski21\": "))
    }

    @Test("journey P: log in to the practice PAA, add a member with a wrong name first, then Finish")
    func paa() {
        let lines = [
            "2",
            "harborlegal", "Harbor-PAA1", "",
            "", "Add Existing",
            "1618033", "Kowal", "", "y", "",
            "Kowalski", "",
            "",
        ]
        let run = PlainFixture.run(PAAJourney.id, lines)
        #expect(run.outcome == .completed, "\(run.output)")
        #expect(run.output.contains("Error: The last name does not match account 1618033."))
        #expect(run.output.contains("Step 5 of 5: Pending until the member accepts"))
    }
}
