import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The declarations pane as text: the list and the big-table form, at 80×24 and 120×40, in
/// English and Chinese (CJK must line up), on the S1 batch with the clock pinned.
@Suite struct DeclarationScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Opens the frozen-shrimp draft SH-2026-0004 (customs + inspection, 法检) by searching for it.
    static func openShrimp(_ shell: Shell) {
        shell.press(.char("/"))
        shell.type("SH-2026-0004")
        shell.press(.enter, .enter)
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func listSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei", language: language, size: size)
        Snapshot.assert(shell.screen(), named: "declarations-list-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func formSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei", language: language, size: size)
        Self.openShrimp(shell)
        Snapshot.assert(shell.screen(), named: "declarations-form-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh])
    func goodsGridSnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei", language: language)
        Self.openShrimp(shell)
        shell.press(.pageDown)
        Snapshot.assert(shell.screen(), named: "declarations-goods-\(language.rawValue)-80x24")
    }

    @Test(arguments: [Language.en, .zh])
    func statusSnapshotAfterSubmit(language: Language) throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei", language: language)
        Self.openShrimp(shell)
        shell.press(.function(10), .char("y"))
        Snapshot.assert(shell.screen(), named: "declarations-status-\(language.rawValue)-80x24")
    }

    @Test func everyListColumnLinesUpInChinese() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei", language: .zh)
        let buffer = shell.screen()
        let header = buffer.line(2)
        // The customs lane column: after Chinese trader names, the "·" must sit under 海关.
        let customsColumn = try #require(buffer.column(of: "海关", row: 2))
        for row in 3..<10 {
            #expect(buffer.column(of: "·", row: row) == customsColumn, "row \(row): \(buffer.line(row)) vs \(header)")
        }
    }
}
