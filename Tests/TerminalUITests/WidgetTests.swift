import Testing
@testable import TerminalUI

@Suite struct WidgetTests {
    @Test func tabBarWithCJKTitles() {
        var b = Buffer(width: 30, height: 1)
        TabBar(titles: ["报关 Declarations", "船舶", "审批"], active: 1).render(into: &b, area: b.area)
        #expect(b.lines() == [" 报关 Declarations   船舶   … "])
        #expect(b.style(of: "船舶", row: 0) == Style(.tabActive))
        #expect(b.style(of: "报关", row: 0) == Style(.tab))
        #expect(b[29, 0].style == Style(.tab))
    }

    @Test func statusLineWithTrainingMarker() {
        var b = Buffer(width: 60, height: 1)
        StatusLine(left: [StatusSegment("王芳"), StatusSegment("Declarant"), StatusSegment("Customs")],
                   right: [StatusSegment("TRAINING", role: .statusTraining), StatusSegment("10:42")])
            .render(into: &b, area: b.area)
        #expect(b.lines() == [" 王芳 · Declarant · Customs                TRAINING · 10:42 "])
        #expect(b.style(of: "TRAINING", row: 0) == Style(.statusTraining))
        #expect(b.style(of: "10:42", row: 0) == Style(.status))
        var narrow = Buffer(width: 30, height: 1)
        StatusLine(left: [StatusSegment("王芳"), StatusSegment("Declarant"), StatusSegment("Customs")],
                   right: [StatusSegment("10:42")]).render(into: &narrow, area: narrow.area)
        #expect(narrow.lines() == [" 王芳 · Declarant · Cu… 10:42 "])
    }

    @Test func messageLine() {
        var b = Buffer(width: 20, height: 1)
        MessageLine(.error("保存失败: disk full and more")).render(into: &b, area: b.area)
        #expect(b.lines() == ["保存失败: disk full…"])
        #expect(b[0, 0].style == Style(.messageError))
        MessageLine(nil).render(into: &b, area: b.area)
        #expect(b.trimmedLines() == [""])
    }

    @Test func progressBar() {
        var b = Buffer(width: 30, height: 1)
        ProgressBar(label: "导入", done: 5, total: 10).render(into: &b, area: b.area)
        #expect(b.lines() == ["导入 ███████░░░░░░░░  50% 5/10"])
        #expect(b.style(of: "█", row: 0) == Style(.progress))
        #expect(ProgressBar(label: "import", done: 1, total: 4).plainText(width: 30) == "import [###---------]  25% 1/4")
        #expect(ProgressBar(done: 0, total: 0).plainText(width: 12) == "[-]   0% 0/0")
    }

    @Test(arguments: [(1, 1), (2, 1), (5, 3), (10, 2), (40, 5), (80, 24)])
    func tooSmallScreenAnySize(width: Int, height: Int) {
        var b = Buffer(width: width, height: height)
        TooSmallScreen(text: "terminal too small (need 80×24)").render(into: &b, area: b.area)
        #expect(b.lines().count == height)
        #expect(b.lines().allSatisfy { displayWidth($0) == width })
    }

    @Test func tooSmallScreenCentres() {
        var b = Buffer(width: 20, height: 5)
        TooSmallScreen(text: "terminal too small (need 80×24)").render(into: &b, area: b.area)
        #expect(b.lines() == [
            "                    ",
            " terminal too small ",
            "    (need 80×24)    ",
            "                    ",
            "                    ",
        ])
        var zero = Buffer(width: 0, height: 0)
        TooSmallScreen(text: "x").render(into: &zero, area: zero.area)
        #expect(zero.lines().isEmpty)
    }

    @Test func lookupFiltersAndChooses() {
        let items = [LookupItem(code: "CNSHA", name: "上海 Shanghai"), LookupItem(code: "CNNGB", name: "宁波 Ningbo"),
                     LookupItem(code: "CNTAO", name: "青岛 Qingdao")]
        #expect(LookupState.filter(items, query: "cns").map(\.code) == ["CNSHA"])
        #expect(LookupState.filter(items, query: "宁波").map(\.code) == ["CNNGB"])
        #expect(LookupState.filter(items, query: "").count == 3)
        var s = LookupState(title: "Port", items: items)
        #expect(s.handle(.down) == LookupEvent.none && s.selected == 1)
        #expect(s.handle(.char("q")) == .queryChanged("q"))
        s.setItems(LookupState.filter(items, query: s.query.text))
        #expect(s.selected == 0)
        #expect(s.handle(.enter) == .chosen(items[2]))
        #expect(s.handle(.escape) == .cancelled)
        var b = Buffer(width: 40, height: 8)
        LookupPopup().render(into: &b, area: b.area, state: s)
        #expect(b.trimmedLines() == [
            "",
            "┌ Port ────────────────────────────────┐",
            "│> q                                   │",
            "│CNTAO  青岛 Qingdao                   │",
            "│                                      │",
            "└──────────────────────────────────────┘",
            "",
            "",
        ])
        #expect(b.style(of: "CNTAO", row: 3) == Style(.rowSelected))
        #expect(b.cursor == Point(x: 4, y: 2))
    }

    @Test func confirmDialogDefaultsToNo() {
        var d = ConfirmDialog(title: "Submit", message: ["Submit declaration D-001?"])
        #expect(d.handle(.enter) == .cancelled)
        #expect(d.handle(.tab) == .open)
        #expect(d.handle(.enter) == .confirmed)
        #expect(d.handle(.char("n")) == .cancelled)
        var b = Buffer(width: 40, height: 7)
        d.render(into: &b, area: b.area)
        // One confirm everywhere: each button with its key, and what Enter and Esc answer stated.
        #expect(b.trimmedLines() == [
            "     ┌ Submit ───────────────────┐",
            "     │Submit declaration D-001?  │",
            "     │                           │",
            "     │    [ Y Yes ]  [ N No ]    │",
            "     │  Enter = Yes · Esc = No   │",
            "     └───────────────────────────┘",
            "",
        ])
        #expect(b.style(of: "[ Y Yes ]", row: 3) == Style(.rowSelected))
    }

    @Test func reasonDialogRequiresText() {
        var d = ReasonDialog(title: "Reject", message: ["Reason for rejection:"], requiredMessage: "A reason is required")
        #expect(d.handle(.enter) == .open)
        #expect(d.showsRequired)
        var b = Buffer(width: 60, height: 8)
        d.render(into: &b, area: b.area)
        #expect(b.lines().joined().contains("A reason is required"))
        for c in "  货物不符 " { _ = d.handle(.char(c)) }
        #expect(!d.showsRequired)
        #expect(d.handle(.enter) == .reason("货物不符"))
        #expect(d.handle(.escape) == .cancelled)
    }

    @Test func listDialogScrollsAndChooses() {
        var d = ListDialog(title: "Problems", items: (1...20).map { "Field \($0): required" }, isError: true)
        for _ in 0..<7 { _ = d.handle(.down) }
        var b = Buffer(width: 50, height: 6)
        d.render(into: &b, area: b.area)
        let lines = b.trimmedLines()
        #expect(lines[4].contains("Field 8: required"))
        #expect(b.style(of: "Field 8", row: 4) == Style(.rowSelected))
        #expect(b.style(of: "Field 7", row: 3) == Style(.messageError))
        #expect(d.handle(.enter) == .chosen(7))
        #expect(d.handle(.escape) == .cancelled)
    }

    @Test func listDialogJumpsToWhatIsTyped() {
        var d = ListDialog(title: "Operator", items: ["liwei    李伟", "wangqiang 王强", "wulei    吴磊", "zhangmin 张敏"])
        for c in "wu" { #expect(d.handle(.char(c)) == .open) }
        #expect(d.selected == 2)
        #expect(d.typed == "wu")
        // A key that matches nothing is dropped; the selection stays.
        _ = d.handle(.char("x"))
        #expect(d.typed == "wu" && d.selected == 2)
        // Backspace widens the search again: "w" is wangqiang, the first to start with it.
        _ = d.handle(.backspace)
        #expect(d.selected == 1)
        // No line starts with "敏": the first containing it is chosen.
        _ = d.handle(.backspace)
        _ = d.handle(.char("敏"))
        #expect(d.selected == 3)
        var b = Buffer(width: 50, height: 8)
        d.render(into: &b, area: b.area)
        #expect(b.lines().joined().contains("Operator · 敏"))
        // Moving clears the search text; Enter picks the line.
        _ = d.handle(.up)
        #expect(d.typed.isEmpty && d.selected == 2)
        #expect(d.handle(.enter) == .chosen(2))
    }
}
