import Testing
import WizardEngine
import WizardPlain
@testable import Screens

/// Guide mode at plain mode's prompts: the agent panel under each page, `!jump`, `!search`,
/// `!triage` and `!panel`, and no password ever printed.
@Suite("Plain mode: guide mode (help desk)")
struct PlainGuideTests {
    /// Plain mode in guide mode, without a scenario, as the executable starts it.
    func run(_ start: JourneyID, _ lines: [String]) -> (outcome: PlainOutcome, text: String, input: ScriptedInput, frontEnd: PlainFrontEnd) {
        var wizard = PlainFixture.wizard(start)
        wizard.startGuide()
        let input = ScriptedInput(lines)
        let output = RecordedOutput()
        let frontEnd = PlainFrontEnd(wizard: wizard, input: input, output: output)
        let outcome = frontEnd.run()
        return (outcome, output.text, input, frontEnd)
    }

    @Test func thePanelIsPrintedWithThePage() {
        let (outcome, text, _, frontEnd) = run(UpgradeJourney.id, [])
        #expect(outcome == .inputEnded)
        let panel = frontEnd.wizard.view.guide!
        #expect(text.contains("Agent panel (\(panel.place)):"), "\(text)")
        for line in panel.lines where !line.text.isEmpty {
            #expect(text.contains(line.text), "missing panel line: \(line.text)")
        }
        for heading in ["What to say", "What the caller should see", "PACER Service Center"] {
            #expect(text.contains(heading), "\(heading)")
        }
        // The panel comes after the page's header and before its prompt.
        let header = text.range(of: "Page: ")!.lowerBound
        let agent = text.range(of: "Agent panel")!.lowerBound
        let prompt = text.range(of: "? for help: ")!.lowerBound
        #expect(header < agent && agent < prompt)
    }

    @Test func jumpLandsOnTheUpgradeSecurityTab() {
        let (_, text, _, frontEnd) = run(StartJourney.id, ["!jump u 4 c"])
        #expect(frontEnd.wizard.state.page == UpgradePages.security, "\(text)")
        #expect(frontEnd.wizard.state.world.signedIn == SampleWorld.legacyAttorney.number)
        #expect(text.contains("Now on U step 4, Security tab. !back goes back."), "\(text)")
        #expect(text.contains("Signed in by the guide as Laura Pham (lp1234) to show this page."), "the panel says who")
        #expect(text.contains("Agent panel (U · Step 4 of"), "the new page's panel")
        #expect(text.components(separatedBy: "Now on U step 4").count == 2, "one announcement for the whole jump")
    }

    @Test func jumpWithoutAPageOfTheStepStaysOnItsFirstAndListsTheOthers() {
        let (_, text, _, frontEnd) = run(StartJourney.id, ["!jump u 4"])
        #expect(frontEnd.wizard.state.page == UpgradePages.person, "\(text)")
        #expect(frontEnd.wizard.state.guide.box == nil, "no box is left open")
        #expect(text.contains("c  Security tab"), "\(text)")
    }

    @Test func jumpSaysWhatAWrongLetterIsAndListsTheJourneys() {
        let (_, text, _, frontEnd) = run(StartJourney.id, ["!jump x"])
        #expect(frontEnd.wizard.state.page == StartJourney.page)
        #expect(frontEnd.wizard.state.guide.box == nil)
        #expect(text.contains("\"x\" is not one of the choices here."), "\(text)")
        #expect(text.contains("Jump to which journey?"))
        #expect(text.contains("u  "), "the journeys' letters are listed")
    }

    @Test func backReturnsToTheCallersPageAfterAJump() {
        let (_, _, _, frontEnd) = run(UpgradeJourney.id, ["!jump r 5", "!back"])
        #expect(frontEnd.wizard.state.page == UpgradePages.home)
    }

    @Test func searchListsPagesAndOpensTheChosenOne() {
        let (_, text, _, frontEnd) = run(StartJourney.id, ["!search activation code", "2"])
        #expect(text.contains("pages match \"activation code\":"), "\(text)")
        #expect(text.contains("  1. R "), "results name the journey's letter and step: \(text)")
        #expect(text.contains("Open which? A number, or Enter for none: "))
        let page = frontEnd.wizard.state.page
        #expect([RegisterPages.payment, RegisterPages.created].contains(page), "\(page)")
        #expect(text.contains("Now on R step"), "\(text)")
        #expect(frontEnd.wizard.state.guide.box == nil)
    }

    @Test func searchClosesOnEnterAndSaysWhenNothingMatches() {
        let (_, text, _, frontEnd) = run(UpgradeJourney.id, ["!search activation code", "", "!search zzqqxx"])
        #expect(frontEnd.wizard.state.page == UpgradePages.home, "Enter opens nothing")
        #expect(frontEnd.wizard.state.guide.box == nil)
        #expect(text.contains("No page matches \"zzqqxx\"."), "\(text)")
    }

    @Test func triageOpensTheStartPage() {
        let (_, text, _, frontEnd) = run(UpgradeJourney.id, ["!triage"])
        #expect(frontEnd.wizard.state.page == StartJourney.page, "\(text)")
        #expect(text.contains("The triage questions: ask them in order. !back goes back to the caller's page."), "\(text)")
    }

    @Test func panelPrintsTheAgentPanelAgain() {
        let (_, text, _, _) = run(UpgradeJourney.id, ["!panel"])
        #expect(text.components(separatedBy: "Agent panel (").count == 3, "\(text)")
    }

    @Test func aPasswordTypedInGuideModeIsNeverPrinted() {
        let password = "Upgraded-2019"
        let (_, text, input, frontEnd) = run(UpgradeJourney.id, ["!jump u 2 c", "mkowalski21", password, "", ""])
        #expect(frontEnd.wizard.state.page == UpgradePages.manage, "\(text)")
        #expect(input.reads.contains { $0.line == password && $0.hidden }, "the password is read hidden")
        #expect(!text.contains(password), "\(text)")
    }

    @Test func guideCommandsOutsideGuideModeSaySo() {
        let (_, text, _, frontEnd) = PlainFixture.run(UpgradeJourney.id, ["!jump u 4 c", "!triage"])
        #expect(frontEnd.wizard.state.page == UpgradePages.home)
        #expect(text.components(separatedBy: "That works in guide mode only (--mode guide).").count == 3, "\(text)")
        #expect(!text.contains("Agent panel"))
    }
}
