import Testing
@Test func placeholderSingleWindowKitTests() { #expect(Bool(true)) }
