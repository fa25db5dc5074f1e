import Testing
@Test func placeholderWizardCursesTests() { #expect(1 + 1 == 2) }
