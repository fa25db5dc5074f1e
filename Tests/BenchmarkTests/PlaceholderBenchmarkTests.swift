import Testing
@Test func placeholderBenchmark() { #expect(1 + 1 == 2) }
