import Testing
@testable import WizardEngine

/// A step's instruction wraps under the text after its number; one without a number wraps flush.
@Suite struct InstructionIndentTests {
    @Test func theIndentIsTheWidthOfTheStepNumber() {
        #expect(BodyLayout.stepNumberWidth("4. Enter your name.") == 3)
        #expect(BodyLayout.stepNumberWidth("12. Enter your name.") == 4)
    }

    @Test func textWithoutAStepNumberHasNoIndent() {
        #expect(BodyLayout.stepNumberWidth("Answer the notice's questions in order.") == 0)
        #expect(BodyLayout.stepNumberWidth("2021 is the year NextGen comes.") == 0)
        #expect(BodyLayout.stepNumberWidth("4.5 percent") == 0)
        #expect(BodyLayout.stepNumberWidth("") == 0)
    }
}
