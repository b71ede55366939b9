import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The enforcement tab's screens as text and styles, in English and Chinese, at the smallest
/// size (80×24) and at 120×40, with no rows, one row and many.
@Suite struct EnforcementPaneTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func shell(_ fixture: TrainingFixture, as id: String, _ language: Language, _ size: Size) throws -> Shell {
        let shell = try fixture.shell(as: id, language: language, size: size)
        shell.press(.function(8))
        return shell
    }

    static func name(_ what: String, _ language: Language, _ size: Size) -> String {
        "enforcement-\(what)-\(language.rawValue)-\(size.width)x\(size.height)"
    }

    static func withSamples() throws -> TrainingFixture {
        let fixture = try TrainingFixture()
        try EnforcementSamples.load(into: fixture.workspace, from: TrainingFixture.sampleData)
        return fixture
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func boardManyOneAndNone(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        let shell = try Self.shell(fixture, as: "guojing", language, size)
        Snapshot.assert(shell.screen(), named: Self.name("board-many", language, size))
        shell.press(.char("c"), .char("c"), .char("c"), .char("c")) // seriously dishonest: one enterprise
        Snapshot.assert(shell.screen(), named: Self.name("board-one", language, size))
        shell.press(.char("/")); shell.type("不存在"); shell.press(.enter)
        Snapshot.assert(shell.screen(), named: Self.name("board-none", language, size))
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func profileShowsClassRuleRecordsAndHistory(language: Language, size: Size) throws {
        let fixture = try Self.withSamples()
        let shell = try Self.shell(fixture, as: "guojing", language, size)
        shell.press(.char("c"), .char("c"), .char("c")) // dishonest
        shell.press(.enter)
        Snapshot.assert(shell.screen(), named: Self.name("profile", language, size))
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func drawScreenNoneThenOne(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        let shell = try Self.shell(fixture, as: "guojing", language, size)
        shell.press(.char("v"))
        Snapshot.assert(shell.screen(), named: Self.name("draws-none", language, size))
        try EnforcementSamples.load(into: fixture.workspace, from: TrainingFixture.sampleData)
        shell.press(.char("v"), .char("v"), .char("v"), .char("v"))
        Snapshot.assert(shell.screen(), named: Self.name("draws-one", language, size))
        shell.press(.enter)
        Snapshot.assert(shell.screen(), named: Self.name("draw-tables", language, size))
    }

    /// The draw's scope is the administrative district, named with its code; `d` steps through the
    /// districts present, F4 lists them with their counts, typing filters, Enter takes one, Esc keeps the scope.
    @Test(arguments: [Language.en, .zh], sizes)
    func drawScreenDistrictNamedAndListed(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        let shell = try Self.shell(fixture, as: "guojing", language, size)
        shell.press(.char("v"))
        let pane = try #require(shell.panes[.enforcement] as? EnterpriseCreditPane)
        shell.press(.char("d"))
        #expect(pane.district == "120116")
        shell.press(.char("d"))
        #expect(pane.district == "310000")
        shell.press(.function(4))
        Snapshot.assert(shell.screen(), named: Self.name("draw-districts", language, size))
        shell.press(.escape)
        #expect(pane.districtLookup == nil && pane.district == "310000")
        shell.press(.function(4)); shell.type("310115"); shell.press(.enter)
        #expect(pane.district == "310115")
        Snapshot.assert(shell.screen(), named: Self.name("draw-district", language, size))
        #expect(shell.screen().lines().joined(separator: "\n").contains(language == .zh ? "区域 浦东新区 310115" : "district Pudong New Area 310115"))
        // "all" is the list's first row.
        shell.press(.function(4), .pageUp, .enter)
        #expect(pane.district == "")
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func officerTablesAndEntryGrid(language: Language, size: Size) throws {
        let fixture = try Self.withSamples()
        let officer = try #require(try fixture.workspace.db.scalar(
            // The officer of the part the training data half filled (the draw's first table).
            """
            SELECT officer_id FROM joint_team WHERE table_id = 1
            AND agency = (SELECT agency FROM joint_line WHERE table_id = 1 AND result <> '' LIMIT 1)
            """).string)
        let shell = try Self.shell(fixture, as: officer, language, size)
        Snapshot.assert(shell.screen(), named: Self.name("tables", language, size))
        shell.press(.enter)
        Snapshot.assert(shell.screen(), named: Self.name("entry", language, size))
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func resultsNoneThenMany(language: Language, size: Size) throws {
        let fixture = try Self.withSamples()
        let shell = try Self.shell(fixture, as: "zhangmin", language, size)
        shell.press(.char("v"))
        Snapshot.assert(shell.screen(), named: Self.name("results-none", language, size))
        // Every agency of the half-filled table signs off compliant.
        let ws = fixture.workspace
        let table = try #require(try JointTables.find(ws.db, id: 1))
        for m in table.team where !m.officerID.isEmpty {
            let o = try #require(try Operators.find(ws.db, m.officerID))
            for line in table.lines where line.agency == m.agency && line.result == nil {
                try JointTables.fill(ws, tableID: 1, seq: line.seq, result: .compliant, by: o)
            }
            try JointTables.sign(ws, tableID: 1, agency: m.agency, by: o)
        }
        shell.press(.char("v"), .char("v"))
        Snapshot.assert(shell.screen(), named: Self.name("results-many", language, size))
    }

    @Test func keyBarShowsOnlyKeysThatWork() throws {
        let fixture = try Self.withSamples()
        let customs = try fixture.shell(as: "zhangmin")
        customs.press(.function(8))
        let pane = try #require(customs.panes[.enforcement] as? EnterpriseCreditPane)
        let keys = pane.keyMap(try fixture.app(as: "zhangmin")).bindings.flatMap(\.keys)
        #expect(!keys.contains(.char("r")))  // only a regulator draws
        // An officer's grid offers result keys on their own lines only, and sign once all are filled.
        let officer = try #require(try fixture.workspace.db.scalar(
            "SELECT officer_id FROM joint_team WHERE table_id = 1 AND agency = 'tax'").string)
        let app = try fixture.app(as: officer)
        let shell = Shell(app: app, panes: PaneSet.make())
        shell.resize(to: Size(width: 80, height: 24))
        shell.press(.function(8), .enter)
        let grid = try #require(shell.panes[.enforcement] as? EnterpriseCreditPane)
        var bound = grid.keyMap(app).bindings.flatMap(\.keys)
        #expect(bound.contains(.char("1")))
        #expect(!bound.contains(.char("s")))
        for _ in 0..<10 { shell.press(.char("1")) }
        bound = grid.keyMap(app).bindings.flatMap(\.keys)
        #expect(bound.contains(.char("s")))
        shell.press(.char("s"))
        #expect(try fixture.workspace.db.scalar("SELECT count(*) FROM joint_result").int == 1)
        bound = grid.keyMap(app).bindings.flatMap(\.keys)
        #expect(!bound.contains(.char("1")) && !bound.contains(.char("s")))
    }

    @Test(arguments: [Language.en, .zh])
    func aRecordFiledInTheProfileReclassifiesAtOnce(language: Language) throws {
        let fixture = try TrainingFixture()
        let shell = try Self.shell(fixture, as: "guojing", language, Size(width: 80, height: 24))
        shell.press(.char("c")) // good
        shell.press(.enter)
        shell.press(.char("a"))
        Snapshot.assert(shell.screen(), named: Self.name("record-dialog", language, Size(width: 80, height: 24)))
        for _ in 0..<6 { shell.press(.enter) }
        shell.type("津市监罚〔2026〕9号")
        shell.press(.enter, .enter)
        let pane = try #require(shell.panes[.enforcement] as? EnterpriseCreditPane)
        #expect(pane.recordDialog == nil)
        Snapshot.assert(shell.screen(), named: Self.name("profile-after-record", language, Size(width: 80, height: 24)))
        let filed = try #require(try CreditRecords.find(fixture.workspace.db, caseNumber: "津市监罚〔2026〕9号"))
        #expect(filed.penalty == .warning)
        #expect(try fixture.workspace.db.scalar("SELECT credit_class FROM enterprise WHERE id = ?", [filed.enterpriseID]).string == "warning")
    }

    @Test func everyEnforcementStringHasEnglishAndChineseAndUniqueNames() {
        for key in ES.allCases {
            #expect(ES.table[key]?.en.isEmpty == false, "missing English for \(key)")
            #expect(ES.table[key]?.zh.isEmpty == false, "missing Chinese for \(key)")
        }
        let others = Set(S.allCases.map { String(describing: $0) } + VS.allCases.map { String(describing: $0) }
            + CH.allCases.map { String(describing: $0) } + RQ.allCases.map { String(describing: $0) }
            + DS.allCases.map { String(describing: $0) } + RF.allCases.map { String(describing: $0) }
            + JT.allCases.map { String(describing: $0) } + RB.allCases.map { String(describing: $0) })
        #expect(ES.allCases.filter { others.contains(String(describing: $0)) }.isEmpty)
        let otherKeys = Set(S.allCases.map(\.rawValue) + VS.allCases.map(\.rawValue) + CH.allCases.map(\.rawValue))
        #expect(ES.allCases.filter { otherKeys.contains($0.rawValue) }.isEmpty)
    }
}
