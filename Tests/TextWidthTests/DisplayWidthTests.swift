import Testing
import TextWidth

@Suite struct DisplayWidthTests {
    @Test func asciiAndCJKMixed() {
        #expect(displayWidth("AB") == 2)
        #expect(displayWidth("中文AB") == 6)
        #expect(displayWidth("报关单 No.123") == 13)
        #expect(displayWidth("ＡＢ") == 4, "fullwidth forms")
        #expect(displayWidth("한국어") == 6)
        #expect(displayWidth("カタカナ") == 8)
    }

    @Test func zeroWidthAndControls() {
        #expect(displayWidth("e\u{301}") == 1, "combining acute joins its base")
        #expect(displayWidth(Unicode.Scalar(0x301)!) == 0)
        #expect(displayWidth("\u{7}\t\n") == 0)
        #expect(displayWidth("a\u{200B}b") == 2, "zero-width space")
    }

    @Test func emoji() {
        #expect(displayWidth("🚢") == 2)
        #expect(displayWidth("👩‍👩‍👧") == 2, "a ZWJ family is one glyph")
        #expect(displayWidth("❤️") == 2, "VS16 asks for emoji presentation")
    }

    @Test func truncateNeverSplitsWideGlyph() {
        #expect(truncate("中文AB", toWidth: 3) == "中")
        #expect(truncate("中文AB", toWidth: 4) == "中文")
        #expect(truncate("中文AB", toWidth: 5) == "中文A")
        #expect(truncate("中文AB", toWidth: 6) == "中文AB")
        #expect(truncate("中文AB", toWidth: 4, ellipsis: true) == "中…")
        #expect(truncate("中文AB", toWidth: 3, ellipsis: true) == "中…")
        #expect(truncate("AB中文", toWidth: 3, ellipsis: true) == "AB…")
        #expect(truncate("abc", toWidth: 0) == "")
    }

    @Test func padByDisplayWidth() {
        #expect(pad("中文", toWidth: 6) == "中文  ")
        #expect(pad("中文", toWidth: 6, align: .right) == "  中文")
        #expect(pad("中", toWidth: 5, align: .center) == " 中  ")
        #expect(pad("中文AB", toWidth: 3) == "中 ", "pads after a cut that left a hole")
        #expect(displayWidth(pad("进口Import", toWidth: 9)) == 9)
        #expect(pad("海关", toWidth: 6, truncating: false) == "海关  ")
        #expect(pad("船舶代理 Agent", toWidth: 4, truncating: false) == "船舶代理 Agent", "a printed label overruns, never cut")
        #expect(centred("中文", inWidth: 9) == "  中文", "no trailing spaces on a printed line")
        #expect(centred("too wide", inWidth: 4) == "too wide")
    }

    @Test func wrapsAtSpacesAndSplitsLongWords() {
        #expect(wrap("terminal too small", toWidth: 8) == ["terminal", "too", "small"])
        #expect(wrap("中文中文中文", toWidth: 4) == ["中文", "中文", "中文"])
        // Chinese breaks between characters, not only at spaces, and keeps "，" off a line's start.
        #expect(wrap("*[海关] C-HS-0306 第1版 → 红色：高风险原产地冻甲壳类，核查品种", toWidth: 30)
                == ["*[海关] C-HS-0306 第1版 → 红", "色：高风险原产地冻甲壳类，核查", "品种"])
        #expect(wrap("甲乙丙丁，戊", toWidth: 8) == ["甲乙丙", "丁，戊"])
        #expect(wrap("a  b", toWidth: 10) == ["a  b"])
        #expect(wrap("", toWidth: 5) == [""])
        #expect(wrap("abc def", toWidth: 3) == ["abc", "def"])
    }

    @Test func trimmedDropsEveryKindOfSurroundingSpace() {
        #expect("  a b\t".trimmed == "a b")
        #expect("\u{3000}报关\u{3000}".trimmed == "报关", "ideographic space")
        #expect("\r\nCebu\n".trimmed == "Cebu")
        #expect("\u{A0}x".trimmed == "x")
        #expect("untouched".trimmed == "untouched")
        #expect("   ".trimmed == "")
        #expect("".trimmed == "")
        #expect("a\nb".trimmed == "a\nb", "inner breaks stay")
        #expect(" 中文 "[...].dropFirst().trimmed == "中文", "a Substring too")
    }
}
