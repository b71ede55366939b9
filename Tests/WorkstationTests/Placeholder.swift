import Testing
@Test func placeholderWorkstationTests() { #expect(Bool(true)) }
