import Testing
import TerminalUI

/// The style half of a snapshot: the same words in another colour are another screen.
@Suite struct SnapshotStyleTests {
    @Test func aWrongColourChangesTheStyleSnapshotNotTheText() {
        var right = Buffer(width: 12, height: 2)
        right.put("放行 OK", x: 0, y: 0, style: Style(.agencyReleased))
        right.put("F10", x: 0, y: 1, style: Style(.keyHintKey))
        var wrong = right
        wrong.put("放行 OK", x: 0, y: 0, style: Style(.agencyPending))
        #expect(Snapshot.text(right) == Snapshot.text(wrong))
        #expect(Snapshot.styles(right) != Snapshot.styles(wrong))
        #expect(Snapshot.styles(right) == """
            00: 0+7 agency-released · 7+5 normal
            01: 0+3 key-hint-key · 3+9 normal

            """)
    }
}
