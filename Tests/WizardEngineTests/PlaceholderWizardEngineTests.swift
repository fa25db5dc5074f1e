import Testing
@Test func placeholderWizardEngineTests() { #expect(1 + 1 == 2) }
