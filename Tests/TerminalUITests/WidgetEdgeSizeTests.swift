import Testing
@testable import TerminalUI

/// Every widget drawn with zero, one and many rows into areas down to nothing, and with a selection
/// left past the end of its rows (a list that shrank under it). A vessel call's empty passenger list
/// in a one-line area once trapped in `GridView.render`; none of these may trap, and none may draw
/// outside its area.
@Suite struct WidgetEdgeSizeTests {
    /// (width, height) of the area, inside a buffer two cells larger on every side.
    static let sizes: [(Int, Int)] = [(0, 0), (0, 5), (5, 0), (1, 1), (2, 1), (3, 2), (12, 1), (12, 2), (12, 3), (40, 6), (80, 24)]
    static let rowCounts = [0, 1, 40]

    /// Draws with `draw` into the middle of a larger buffer and checks the border stayed untouched.
    static func drawInside(width: Int, height: Int, _ draw: (inout Buffer, Rect) -> Void) {
        var buffer = Buffer(width: width + 4, height: height + 4)
        let area = Rect(x: 2, y: 2, width: width, height: height)
        draw(&buffer, area)
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where !(x >= area.x && x < area.maxX && y >= area.y && y < area.maxY) {
                #expect(buffer[x, y] == Cell.blank(), "drew outside \(area) at (\(x), \(y))")
            }
        }
    }

    static func rows(_ n: Int, columns: Int) -> [[String]] {
        (0..<n).map { r in (0..<columns).map { c in c == 0 ? "第\(r)行" : "r\(r)c\(c)" } }
    }

    @Test(arguments: rowCounts)
    func grid(rows n: Int) {
        for (w, h) in Self.sizes {
            for row in [0, max(0, n - 1), n + 3] {
                var state = GridState(columns: [GridColumn("序号", width: 4, isReadOnly: true), GridColumn("品名 Name", width: 12)],
                                      rows: Self.rows(n, columns: 2))
                state.row = row
                Self.drawInside(width: w, height: h) { GridView().render(into: &$0, area: $1, state: state) }
                if n > 0, row < n {
                    state.beginEdit()
                    Self.drawInside(width: w, height: h) { GridView().render(into: &$0, area: $1, state: state) }
                }
            }
        }
        // A grid with no columns at all, and a focus column past them.
        var bare = GridState(columns: [], rows: [])
        bare.column = 3
        #expect(GridView().firstVisibleColumn(state: bare, width: 10) == 0)
        Self.drawInside(width: 10, height: 3) { GridView().render(into: &$0, area: $1, state: bare) }
    }

    @Test func emptyGridInOneLineShowsItsHeader() {
        let state = GridState(columns: [GridColumn("姓名", width: 6), GridColumn("国籍", width: 6)])
        var b = Buffer(width: 14, height: 1)
        GridView().render(into: &b, area: b.area, state: state)
        #expect(b.lines() == ["姓名   国籍   "])
    }

    @Test(arguments: rowCounts)
    func table(rows n: Int) {
        let view = TableView(columns: [TableColumn("编号", width: .fixed(6)), TableColumn("Name")], emptyText: "无 none")
        for (w, h) in Self.sizes {
            for selected in [0, n + 5] {
                var state = TableState(rows: Self.rows(n, columns: 2))
                state.selected = selected
                Self.drawInside(width: w, height: h) { view.render(into: &$0, area: $1, state: state) }
                state.isFiltering = true
                Self.drawInside(width: w, height: h) { view.render(into: &$0, area: $1, state: state) }
            }
        }
    }

    @Test(arguments: rowCounts)
    func listDialog(rows n: Int) {
        for (w, h) in Self.sizes {
            var dialog = ListDialog(title: "选择 Choose", items: (0..<n).map { "项目 \($0)" })
            dialog.selected = n + 2
            Self.drawInside(width: w, height: h) { dialog.render(into: &$0, area: $1) }
        }
    }

    @Test(arguments: rowCounts)
    func lookupPopup(rows n: Int) {
        for (w, h) in Self.sizes {
            var state = LookupState(title: "口岸 Port", items: (0..<n).map { LookupItem(code: "C\($0)", name: "港口 \($0)") })
            state.selected = n + 2
            Self.drawInside(width: w, height: h) { LookupPopup().render(into: &$0, area: $1, state: state) }
        }
    }

    @Test(arguments: rowCounts)
    func helpOverlay(rows n: Int) {
        var map = KeyMap<Int>()
        for i in 0..<n { map.add(KeyBinding(.char(Character(UnicodeScalar(97 + i % 26)!)), label: "键\(i)", help: "帮助 \(i)", action: i)) }
        for (w, h) in Self.sizes {
            for scroll in [0, n + 9] {
                let overlay = HelpOverlay(title: "帮助 Help", keyMap: map, scroll: scroll)
                Self.drawInside(width: w, height: h) { overlay.render(into: &$0, area: $1) }
            }
        }
    }

    @Test(arguments: rowCounts)
    func form(fields n: Int) {
        let fields = (0..<n).map { FormField(id: "f\($0)", label: "字段 \($0)", value: "值", width: 12) }
        for (w, h) in Self.sizes {
            var state = FormState(sections: [FormSection(title: "表头 Header", fields: fields)])
            if n > 0 { state.focus(on: "f\(n - 1)"); state.setError("错误 wrong", for: "f\(n - 1)") }
            Self.drawInside(width: w, height: h) { FormView().render(into: &$0, area: $1, state: state) }
        }
        #expect(FormState(sections: []).fields.isEmpty)
    }

    @Test func dialogsAndBars() {
        for (w, h) in Self.sizes {
            Self.drawInside(width: w, height: h) { ConfirmDialog(title: "退出", message: ["确定退出？", ""]).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) { ConfirmDialog(title: "", message: []).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) {
                ReasonDialog(title: "退回", message: [], requiredMessage: "必填").render(into: &$0, area: $1)
            }
            Self.drawInside(width: w, height: h) { KeyBar(items: []).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) {
                KeyBar(items: [KeyHint(key: "F10", label: "放行"), KeyHint(key: "F1", label: "帮助")], pinned: "F1").render(into: &$0, area: $1)
            }
            Self.drawInside(width: w, height: h) { StatusLine(left: [], right: []).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) {
                StatusLine(left: [StatusSegment("刘洋")], right: [StatusSegment("培训")]).render(into: &$0, area: $1)
            }
            Self.drawInside(width: w, height: h) { TabBar(titles: [], active: 0).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) { TabBar(titles: ["报关", "船舶"], active: 7).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) { MessageLine(.error("保存失败")).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) { ProgressBar(label: "导入", done: 3, total: 0).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) { ProgressBar(label: "导入", done: 9, total: 4).render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) { TooSmallScreen(text: "终端太小").render(into: &$0, area: $1) }
            Self.drawInside(width: w, height: h) {
                TextEditor("很长的文字 long text", maxLength: nil).render(into: &$0, area: $1, style: .normal, focused: true)
            }
        }
    }

    @Test func visibleRangeStaysInsideTheList() {
        #expect(ListNavigation.visibleRange(selected: 0, count: 0, height: 5) == 0..<0)
        #expect(ListNavigation.visibleRange(selected: 0, count: 0, height: 0) == 0..<0)
        #expect(ListNavigation.visibleRange(selected: 3, count: 10, height: 0) == 0..<0)
        #expect(ListNavigation.visibleRange(selected: 0, count: 1, height: 1) == 0..<1)
        #expect(ListNavigation.visibleRange(selected: 9, count: 10, height: 4) == 6..<10)
        #expect(ListNavigation.visibleRange(selected: 40, count: 10, height: 4) == 6..<10)
        #expect(ListNavigation.visibleRange(selected: -3, count: 10, height: 4) == 0..<4)
        #expect(ListNavigation.visibleRange(selected: 2, count: 3, height: 10) == 0..<3)
    }
}
