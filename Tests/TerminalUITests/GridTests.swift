import Testing
@testable import TerminalUI

private func goods() -> GridState {
    GridState(columns: [
        GridColumn("#", width: 3, alignment: .right, isReadOnly: true),
        GridColumn("HS code", width: 10, hasLookup: true, maxLength: 10),
        GridColumn("品名 Goods", width: 20),
        GridColumn("Qty", width: 8, alignment: .right),
        GridColumn("Unit", width: 6),
        GridColumn("Value", width: 12, alignment: .right),
        GridColumn("Origin", width: 8),
        GridColumn("Duty", width: 10),
    ], rows: [["1", "8471300000", "笔记本电脑", "10", "台", "5000.00", "CN", "0"],
              ["2", "", "", "", "", "", "", ""]])
}

@Suite struct GridTests {
    @Test func editInPlaceCommitAndCancel() {
        var g = goods()
        #expect(g.column == 1, "focus starts on the first editable column")
        #expect(g.handle(.enter) == GridEvent.none && g.isEditing)
        _ = g.handle(.backspace)
        _ = g.handle(.char("1"))
        #expect(g.handle(.enter) == .cellChanged(row: 0, column: 1, value: "8471300001"))
        #expect(!g.isEditing)
        _ = g.handle(.right)
        _ = g.handle(.char("电"))   // typing replaces the cell
        _ = g.handle(.char("脑"))
        #expect(g.handle(.escape) == GridEvent.none)
        #expect(g.value(row: 0, column: 2) == "笔记本电脑")
        _ = g.handle(.char("X"))
        #expect(g.handle(.tab) == .cellChanged(row: 0, column: 2, value: "X"))
        #expect(g.column == 3)
        _ = g.handle(.home)
        #expect(g.handle(.enter) == GridEvent.none && !g.isEditing, "read-only column does not open")
        #expect(g.handle(.char("9")) == .ignored)
    }

    @Test func addDeleteRowsAndLookup() {
        var g = goods()
        #expect(g.handle(.ctrl("n")) == .rowAdded(1))
        #expect(g.rows.count == 3 && g.row == 1)
        #expect(g.handle(.ctrl("d")) == .rowDeleted(1))
        #expect(g.rows.count == 2)
        #expect(g.handle(.function(4)) == .lookup(row: 1, column: 1))
        g.setValue("0101210000", row: 1, column: 1)
        #expect(g.value(row: 1, column: 1) == "0101210000")
        _ = g.handle(.ctrl("d")); _ = g.handle(.ctrl("d"))
        #expect(g.rows.isEmpty)
        #expect(g.handle(.enter) == .rowAdded(0))
    }

    @Test func rendersAndScrollsColumnsAt80() {
        var g = goods()
        var b = Buffer(width: 80, height: 3)
        GridView().render(into: &b, area: b.area, state: g)
        #expect(b.trimmedLines()[0] == "  # HS code    品名 Goods                Qty Unit          Value Origin   Duty")
        #expect(b.trimmedLines()[1] == "  1 8471300000 笔记本电脑                 10 台          5000.00 CN       0")
        #expect(b.style(of: "8471300000", row: 1) == Style(.fieldFocused))
        #expect(b.style(of: "笔记本", row: 1) == Style(.rowSelected))
        g.columns[2].width = 30
        for _ in 0..<6 { _ = g.handle(.right) }
        #expect(g.column == 7)
        var c = Buffer(width: 80, height: 3)
        GridView().render(into: &c, area: c.area, state: g)
        #expect(GridView().firstVisibleColumn(state: g, width: 80) == 2)
        #expect(c.trimmedLines()[0].hasPrefix("品名 Goods"))
        #expect(c.trimmedLines()[0].hasSuffix("Duty"))
        _ = g.handle(.enter)
        var d = Buffer(width: 80, height: 3)
        GridView().render(into: &d, area: d.area, state: g)
        #expect(d.cursor == Point(x: 70, y: 1))
    }
}
