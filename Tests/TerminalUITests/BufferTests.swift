import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func putClipsToBufferAndMaxWidth() {
        var b = Buffer(width: 6, height: 2)
        let end = b.put("ABCDEFGH", x: 2, y: 0)
        #expect(end == 6)
        b.put("xyz", x: 0, y: 1, maxWidth: 2)
        #expect(b.lines() == ["  ABCD", "xy    "])
        b.put("ignored", x: 0, y: 5)
        b.put("ignored", x: 0, y: -1)
        #expect(b.trimmedLines() == ["  ABCD", "xy"])
    }

    @Test func wideGlyphsOccupyTwoCellsAndPrintOnce() {
        var b = Buffer(width: 8, height: 1)
        b.put("中文AB", x: 0, y: 0)
        #expect(b.lines() == ["中文AB  "])
        #expect(b[0, 0].width == 2)
        #expect(b[1, 0].isContinuation)
        #expect(b[4, 0].symbol == "A")
    }

    @Test func wideGlyphStraddlingTheEdgeBecomesSpace() {
        var b = Buffer(width: 5, height: 1)
        b.put("AB中文", x: 0, y: 0)
        #expect(b.lines() == ["AB中 "])
        var c = Buffer(width: 6, height: 1)
        c.put("中文", x: 0, y: 0, maxWidth: 3)
        #expect(c.lines() == ["中    "])
        #expect(!c[2, 0].isContinuation)
    }

    @Test func wideGlyphCutAtTheLeftEdgeBecomesSpace() {
        var b = Buffer(width: 4, height: 1)
        b.put("中文", x: -1, y: 0)
        #expect(b.lines() == [" 文 "])
    }

    @Test func overwritingHalfAWideGlyphClearsTheOtherHalf() {
        var b = Buffer(width: 6, height: 1)
        b.put("中文", x: 0, y: 0)
        b.put("x", x: 1, y: 0)      // right half of 中
        #expect(b.lines() == [" x文  "])
        b.put("y", x: 2, y: 0)      // left half of 文
        #expect(b.lines() == [" xy   "])
        #expect(!b[3, 0].isContinuation)
        var c = Buffer(width: 6, height: 1)
        c.put("中文", x: 0, y: 0)
        c.put("国", x: 1, y: 0)     // a wide glyph over two halves
        #expect(c.lines() == [" 国   "])
    }

    @Test func fillAndStyleRuns() {
        var b = Buffer(width: 6, height: 2)
        b.fill(Rect(x: 1, y: 0, width: 3, height: 2), style: Style(.rowSelected), symbol: "#")
        #expect(b.lines() == [" ###  ", " ###  "])
        let runs = b.styleRuns(row: 0)
        #expect(runs.map(\.style) == [.normal, Style(.rowSelected), .normal])
        #expect(runs[1].x == 1 && runs[1].width == 3 && runs[1].text == "###")
        b.put("中", x: 4, y: 1, style: Style(.title, .bold))
        #expect(b.style(of: "中", row: 1) == Style(.title, .bold))
        #expect(b.column(of: "中", row: 1) == 4)
    }

    @Test func boxDrawing() {
        var b = Buffer(width: 10, height: 3)
        let inner = b.drawBox(b.area, title: "提示")
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 1))
        #expect(b.lines() == ["┌ 提示 ──┐", "│        │", "└────────┘"])
    }

    @Test func rectHelpers() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(r.splitTop(1).rest == Rect(x: 0, y: 1, width: 80, height: 23))
        #expect(r.splitBottom(2).bottom == Rect(x: 0, y: 22, width: 80, height: 2))
        #expect(r.centered(width: 20, height: 4) == Rect(x: 30, y: 10, width: 20, height: 4))
        #expect(r.intersection(Rect(x: 70, y: 20, width: 20, height: 20)) == Rect(x: 70, y: 20, width: 10, height: 4))
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
    }
}
