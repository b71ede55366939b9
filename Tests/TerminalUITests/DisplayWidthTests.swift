import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiAndCJK() {
        #expect(displayWidth("AB") == 2)
        #expect(displayWidth("中文AB") == 6)
    }
}
