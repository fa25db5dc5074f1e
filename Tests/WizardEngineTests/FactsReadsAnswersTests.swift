import Testing
@testable import WizardEngine

/// Which page text names an answer: only that text is made again when a key changes answers.
@Suite struct FactsReadsAnswersTests {
    @Test func aValuePlaceholderReadsAnswers() {
        #expect(Facts.readsAnswers("Your username is {value:username}."))
        #expect(Facts.readsAnswers("On {today}, {value:firstName} {value:lastName} asked."))
    }

    @Test func worldFactsAndPlainTextDoNot() {
        #expect(!Facts.readsAnswers("Call {phone} before {goLive}."))
        #expect(!Facts.readsAnswers("No placeholder at all."))
        #expect(!Facts.readsAnswers("A brace { then value: later"))
        #expect(!Facts.readsAnswers("Ends with a brace {"))
        #expect(!Facts.readsAnswers(""))
    }
}
