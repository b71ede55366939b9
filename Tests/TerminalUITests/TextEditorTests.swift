import Testing
@testable import TerminalUI

@Suite struct TextEditorTests {
    @Test func editingKeys() {
        var e = TextEditor("ac")
        e.handle(.left)
        e.handle(.char("b"))
        #expect(e.text == "abc" && e.cursor == 2)
        e.handle(.home)
        e.handle(.delete)
        #expect(e.text == "bc" && e.cursor == 0)
        e.handle(.end)
        e.handle(.backspace)
        #expect(e.text == "b" && e.cursor == 1)
        let tabUsed = e.handle(.tab)
        let f4Used = e.handle(.function(4))
        #expect(!tabUsed && !f4Used)
        e.handle(.backspace)
        e.handle(.backspace)
        #expect(e.text == "" && e.cursor == 0)
    }

    @Test func cjkCursorCountsCells() {
        var e = TextEditor("")
        for c in "上海AB" { e.handle(.char(c)) }
        #expect(e.cursorColumn == 6)
        e.handle(.left)
        e.handle(.left)
        #expect(e.cursorColumn == 4)
        e.handle(.left)
        #expect(e.cursorColumn == 2)
    }

    @Test func maxLength() {
        var e = TextEditor("", maxLength: 3)
        for c in "12345" { e.handle(.char(c)) }
        #expect(e.text == "123")
        #expect(TextEditor("abcdef", maxLength: 2).text == "ab")
    }

    @Test func scrollsHorizontallyToKeepCursorVisible() {
        var b = Buffer(width: 6, height: 1)
        let e = TextEditor("ABCDEFGHIJ")
        e.render(into: &b, area: Rect(x: 1, y: 0, width: 4, height: 1), style: Style(.fieldFocused), focused: true)
        #expect(b.lines() == [" HIJ  "])
        #expect(b.cursor == Point(x: 4, y: 0))
        var f = e
        f.handle(.home)
        var c = Buffer(width: 6, height: 1)
        f.render(into: &c, area: Rect(x: 1, y: 0, width: 4, height: 1), style: Style(.field), focused: true)
        #expect(c.lines() == [" ABCD "])
        #expect(c.cursor == Point(x: 1, y: 0))
    }

    @Test func scrollingNeverShowsHalfAWideGlyph() {
        var b = Buffer(width: 5, height: 1)
        let e = TextEditor("中文字")   // cursor at column 6, field 5 wide → offset 2
        e.render(into: &b, area: b.area, style: .normal, focused: true)
        #expect(b.lines() == ["文字 "])
        var c = Buffer(width: 4, height: 1)
        TextEditor("A中文字").render(into: &c, area: c.area, style: .normal, focused: true) // offset 4: "中" half hidden
        #expect(c.lines() == [" 字 "])
        #expect(c.cursor == Point(x: 3, y: 0))
    }
}
