import Testing
import TerminalUI
@testable import Workstation

/// The case screens' one scroll state: lines, pages, the start and (when known) the end.
@Suite struct ScrollStateTests {
    /// Presses `keys` in turn; the top after each, nil where the key was not a scroll key.
    static func tops(_ keys: [Key], limit: Int? = nil, from start: ScrollState = ScrollState()) -> [Int?] {
        var scroll = start
        return keys.map { scroll.handle($0, limit: limit) ? scroll.top : nil }
    }

    @Test func clampsAtBothEnds() {
        #expect(Self.tops([.up, .pageDown, .down, .pageUp, .end, .home, .enter]) == [0, 10, 11, 1, nil, 0, nil])
        #expect(Self.tops([.end, .down, .up, .pageDown, .pageUp, .pageUp], limit: 30) == [30, 30, 29, 30, 20, 10])
        #expect(Self.tops([.down, .end], limit: -1) == [0, 0], "a page shorter than its area stays at the top")
        var scroll = ScrollState()
        _ = scroll.handle(.pageDown)
        _ = scroll.handle(.down)
        #expect(scroll.first(lines: 15, visible: 10) == 5, "drawn: the last page at most")
        #expect(scroll.first(lines: 40, visible: 10) == 11)
        scroll.reset()
        #expect(scroll.top == 0)
    }
}
