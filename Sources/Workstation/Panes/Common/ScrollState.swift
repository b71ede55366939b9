import TerminalUI

/// Where a page of text taller than its area starts: the case screens' pages, the broker's status
/// page, a rule's detail. Up/Down move a line, PgUp/PgDn ten, Home to the start, End to the last
/// line (when the caller knows where that is). `top` may run past the end when the length is not
/// known at the key; drawing clamps it with `first(lines:visible:)`.
struct ScrollState: Hashable, Sendable {
    private(set) var top = 0
    static let pageStep = 10

    /// Handles a scroll key; `limit` is the largest useful `top` (nil: not known here).
    /// False for any other key.
    mutating func handle(_ key: Key, limit: Int? = nil) -> Bool {
        let bound = limit.map { max(0, $0) } ?? Int.max
        switch key {
        case .down: top = min(bound, top + 1)
        case .up: top = max(0, top - 1)
        case .pageDown: top = min(bound, top + Self.pageStep)
        case .pageUp: top = max(0, top - Self.pageStep)
        case .home: top = 0
        case .end:
            guard limit != nil else { return false }
            top = bound
        default: return false
        }
        return true
    }

    /// Back to the first line (another page, another document).
    mutating func reset() { top = 0 }

    /// The first of `lines` to draw in `visible` rows: the last page at most.
    func first(lines: Int, visible: Int) -> Int { min(top, max(0, lines - visible)) }
}
