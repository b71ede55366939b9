import Testing
@testable import TerminalUI

private let columns = [
    TableColumn("No.", width: .fixed(4), alignment: .right),
    TableColumn("Consignee", width: .flexible(min: 6)),
    TableColumn("Status", width: .fixed(6)),
]

private let rows = [["1", "上海进出口公司", "OK"], ["2", "ACME", "HOLD"], ["3", "北京", "OK"]]

@Suite struct TableTests {
    @Test func rendersHeaderRowsAndSelection() {
        var b = Buffer(width: 24, height: 5)
        var state = TableState(rows: rows, selected: 1)
        state.sortColumn = 1
        TableView(columns: columns).render(into: &b, area: b.area, state: state)
        #expect(b.lines() == [
            " No. Consignee▲   Status",
            "   1 上海进出口…  OK    ",
            "   2 ACME         HOLD  ",
            "   3 北京         OK    ",
            "                        ",
        ])
        #expect(b.styleRuns(row: 0).map(\.style) == [Style(.header)])
        #expect(b.style(of: "ACME", row: 2) == Style(.rowSelected))
        #expect(b.style(of: "上海", row: 1) == Style(.row))
        #expect(b.style(of: "北京", row: 3) == Style(.row))
        #expect(b[0, 2].style == Style(.rowSelected), "the whole row is highlighted")
    }

    @Test func zebraAndDescendingIndicator() {
        var b = Buffer(width: 24, height: 4)
        var state = TableState(rows: rows, selected: 0, sortColumn: 0, sortDirection: .descending)
        state.selected = 0
        TableView(columns: columns).render(into: &b, area: b.area, state: state)
        #expect(b.line(0).hasPrefix("No.▼"))
        #expect(b[0, 2].style == Style(.rowAlt))
    }

    @Test func selectionMovesWithinPageThenAsksForPages() {
        var s = TableState(rows: rows, canPageBack: true, canPageForward: true)
        #expect(s.handle(.up) == .previousPage)
        #expect(s.handle(.down) == .selectionChanged && s.selected == 1)
        #expect(s.handle(.pageDown) == .selectionChanged && s.selected == 2)
        #expect(s.handle(.down) == .nextPage)
        #expect(s.handle(.pageDown) == .nextPage)
        #expect(s.handle(.home) == .firstPage)
        #expect(s.handle(.end) == .lastPage)
        #expect(s.handle(.enter) == .activate(2))
        #expect(s.handle(.function(5)) == .ignored)
        s.setPage([["4", "x", "y"], ["5", "x", "y"]], canPageBack: true, canPageForward: false, landing: .last)
        #expect(s.selected == 1)
        #expect(s.handle(.down) == TableRequest.none)
        #expect(s.handle(.end) == TableRequest.none)
        #expect(s.handle(.home) == .firstPage)
    }

    @Test func lastPageWithoutMoreStaysPut() {
        var s = TableState(rows: rows)
        #expect(s.handle(.up) == TableRequest.none)
        #expect(s.handle(.end) == .selectionChanged && s.selected == 2)
        #expect(s.handle(.home) == .selectionChanged && s.selected == 0)
    }

    @Test func incrementalFilterPrompt() {
        var s = TableState(rows: rows)
        #expect(s.handle(.char("/")) == TableRequest.none && s.isFiltering)
        #expect(s.handle(.char("上")) == .filterChanged("上"))
        #expect(s.handle(.char("海")) == .filterChanged("上海"))
        var b = Buffer(width: 24, height: 5)
        TableView(columns: columns).render(into: &b, area: b.area, state: s)
        #expect(b.trimmedLines()[4] == "/上海")
        #expect(b.cursor == Point(x: 5, y: 4))
        #expect(TableView.visibleRowCount(area: b.area, state: s) == 3)
        #expect(s.handle(.enter) == TableRequest.none && !s.isFiltering)
        #expect(s.handle(.down) == .selectionChanged, "keys go back to the table")
        // `/` again starts a new search: the last one's text is cleared, not appended to.
        #expect(s.handle(.char("/")) == .filterChanged("") && s.isFiltering && s.filter.text.isEmpty)
        #expect(s.handle(.char("北")) == .filterChanged("北"))
        #expect(s.handle(.escape) == .filterChanged(""))
        #expect(TableView.visibleRowCount(area: b.area, state: s) == 4)
        // `/` with nothing searched yet asks for no reload.
        #expect(s.handle(.char("/")) == TableRequest.none && s.isFiltering)
    }

    @Test func keepsSelectionVisibleWhenPageIsTallerThanArea() {
        let many = (1...10).map { ["\($0)", "row \($0)", ""] }
        var b = Buffer(width: 24, height: 4)
        TableView(columns: columns).render(into: &b, area: b.area, state: TableState(rows: many, selected: 7))
        #expect(b.trimmedLines()[1...3] == ["   6 row 6", "   7 row 7", "   8 row 8"])
    }

    @Test func flexibleWidthsShareSpace() {
        let view = TableView(columns: [TableColumn("a", width: .fixed(3)), TableColumn("b"), TableColumn("c")])
        #expect(view.columnWidths(total: 20) == [3, 7, 8])
    }
}
