import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// One goods line typed by hand, every key counted (a Chinese character counts as one key, as if
/// the input method gave it whole). The line is the shrimp line of SH-2026-0004, typed on its
/// draft after the imported line was removed: the broker has the header, now the goods.
@Suite struct GoodsLineKeystrokeTests {
    /// Counts every key sent to the shell.
    final class Keyboard {
        let shell: Shell
        private(set) var count = 0
        private(set) var tabs = 0
        init(_ shell: Shell) { self.shell = shell }
        func press(_ keys: Key...) {
            for key in keys {
                count += 1
                if key == .tab || key == .backTab { tabs += 1 }
                shell.press(key)
            }
        }
        func type(_ text: String) {
            count += text.count
            shell.type(text)
        }
    }

    /// The draft open on its goods page, with no goods line left.
    static func emptyGoodsPage() throws -> (TrainingFixture, Shell, DeclarationsPane) {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("/"))
        shell.type("SH-2026-0004")
        shell.press(.enter, .enter, .pageDown, .delete)
        return (fixture, shell, pane)
    }

    /// Problems the validator still finds on goods line `line` (1-based).
    static func lineProblems(_ fixture: TrainingFixture, _ pane: DeclarationsPane, line: Int) throws -> [Problem] {
        var editor = try #require(pane.editor)
        editor.commitEdits()
        let actor = try fixture.app(as: "liwei").actor
        return try Declarations.validate(fixture.workspace, editor.content(), by: actor).filter { $0.path.hasPrefix("goods[\(line)]") }
    }

    /// Before (main at 4ea7f6a, measured in tmux on the real binary): every cell typed and Tab to
    /// the next — Ins, 65 characters, 19 Tab: 85 keys. Now: the header gives the line its
    /// defaults (origin = the dispatch country, final = CHN, currency = the freight's, duty mode 1
    /// under levy 101); the complete HS code fills the inspection code, name and units and moves
    /// on by itself; Enter commits and goes to the next required cell still empty; the legal
    /// quantity, net weight and total follow from what was typed.
    @Test func oneGoodsLineByHandTakesAtMostSixtyKeys() throws {
        let (fixture, shell, pane) = try Self.emptyGoodsPage()
        #expect(pane.editor?.goods.rows.isEmpty == true)
        let keys = Keyboard(shell)
        keys.press(.insert)
        keys.type("0306171900")
        #expect(pane.editor?.goods.value(row: 0, column: 3).isEmpty == false, "the HS entry names the goods")
        keys.type("冻|带头")
        keys.press(.enter)
        keys.type("8000")
        keys.press(.enter)
        keys.type("9.75")
        keys.press(.enter)
        keys.type("31222")
        let problems = try Self.lineProblems(fixture, pane, line: 1)
        #expect(problems.isEmpty, "\(problems)")
        let goods = try #require(pane.editor?.goods)
        let total = try #require(DeclarationFormBuilder.column(level: .goods, key: "totalPrice"))
        #expect(goods.value(row: 0, column: total) == "78000.00")
        print("goods line by hand: \(keys.count) keys, \(keys.tabs) of them Tab (before: 85, 19 Tab)")
        #expect(keys.count <= 60)
        #expect(keys.count == 31, "the count this test documents")

        // The second line carries the first one's origin, currency, region and duty mode.
        let second = Keyboard(shell)
        second.press(.insert)
        second.type("0306171900")
        second.type("冻|去头")
        second.press(.enter)
        second.type("2000")
        second.press(.enter)
        second.type("11.5")
        second.press(.enter)
        #expect(try Self.lineProblems(fixture, pane, line: 2).isEmpty)
        print("second goods line: \(second.count) keys")
        #expect(second.count <= 30)
    }

    @Test func dupLineCopiesTheWholeLineAbove() throws {
        let (_, shell, pane) = try Self.emptyGoodsPage()
        shell.press(.insert)
        shell.type("0306171900")
        shell.type("冻|带头")
        shell.press(.enter, .insert, .ctrl("l"))
        let goods = try #require(pane.editor?.goods)
        #expect(goods.rows.count == 2)
        #expect(Array(goods.rows[1].dropFirst()) == Array(goods.rows[0].dropFirst()))
    }

    @Test func aTypedCodeIsNamedAndAnUnknownOneSaidWithoutTheTableName() throws {
        let (_, shell, pane) = try Self.emptyGoodsPage()
        shell.press(.insert)
        let unit = try #require(DeclarationFormBuilder.column(level: .goods, key: "unit"))
        pane.editor?.goods.column = unit
        shell.type("035")
        pane.editor?.goods.column = unit
        var screen = DeclarationTestSupport.text(shell)
        #expect(screen.contains("035  kg") || screen.contains("035  千克") || screen.contains(": 035  "), "\(screen)")
        shell.type("999")
        screen = DeclarationTestSupport.text(shell)
        #expect(screen.contains("999 is not a known code"), "\(screen)")
        #expect(!screen.contains("_"), "no table names such as unit or customs_district: \(screen)")
    }
}
