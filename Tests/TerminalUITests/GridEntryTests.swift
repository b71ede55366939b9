import Testing
@testable import TerminalUI

/// Fewer keys in a grid: a code of its full length commits itself, and Enter or a completed code
/// asks the host to move to the next required cell still empty (the host decides when).
@Suite struct GridEntryTests {
    static func line() -> GridState {
        GridState(columns: [
            GridColumn("#", width: 3, isReadOnly: true),
            GridColumn("HS", width: 10, maxLength: 10, fixedLength: 10, isRequired: true),
            GridColumn("Name", width: 10, isRequired: true),
            GridColumn("Note", width: 10),
            GridColumn("Qty", width: 6, isRequired: true),
        ], rows: [["1", "", "", "", ""]])
    }

    @Test func aCompleteCodeCommitsAtItsLastCharacter() {
        var g = Self.line()
        for c in "030617190" { #expect(g.handle(.char(c)) == GridEvent.none) }
        #expect(g.isEditing, "nine of ten digits: still typing")
        #expect(g.handle(.char("0")) == .cellChanged(row: 0, column: 1, value: "0306171900"))
        #expect(!g.isEditing && g.advancePending)
        g.advanceToNextEmptyRequired()
        #expect(g.column == 2 && !g.advancePending)
    }

    @Test func enterSkipsFilledAndOptionalCellsAndStaysWhenTheLineIsComplete() {
        var g = Self.line()
        g.setValue("0306171900", row: 0, column: 1)
        g.column = 2
        _ = g.handle(.char("x"))
        _ = g.handle(.enter)
        g.advanceToNextEmptyRequired()
        #expect(g.column == 4, "past the optional note")
        _ = g.handle(.char("5"))
        _ = g.handle(.enter)
        g.advanceToNextEmptyRequired()
        #expect(g.column == 4, "nothing required is empty: stays")
    }

    @Test func tabStillStepsOneCellAndBackspaceDoesNotComplete() {
        var g = Self.line()
        for c in "0306171900" { _ = g.handle(.char(c)) }
        g.advanceToNextEmptyRequired()
        g.column = 1
        _ = g.handle(.enter)
        _ = g.handle(.backspace)
        #expect(g.isEditing, "deleting never completes a code")
        _ = g.handle(.tab)
        #expect(g.column == 2 && !g.isEditing)
    }
}
