import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 4: the declarations list's search works as it is typed. "MEDU" (the start of
/// a B/L), "SH-2026-00" (of a contract), "海鲜" or "seafood" (part of a trader's registered
/// name) find what they start or name; and the real query reads indexes only — no scan of the
/// declarations table, whatever the search.
@Suite struct DeclarationSearchTests {
    static func search(_ fixture: TrainingFixture, _ text: String) throws -> [DeclarationSummary] {
        let broker = try fixture.operatorNamed("liwei")
        return try DeclarationQueries.list(fixture.workspace, by: broker, filter: DeclarationFilter(search: text), limit: 100).items
    }

    @Test func prefixesAndRegisteredNamesFindDeclarations() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let bl = try Self.search(fixture, "MEDU")
        #expect(!bl.isEmpty && bl.allSatisfy { $0.billNo.hasPrefix("MEDU") }, "\(bl.map(\.billNo))")
        #expect(try Self.search(fixture, "medu").count == bl.count, "a B/L typed in small letters")
        let contracts = try Self.search(fixture, "SH-2026-00")
        #expect(!contracts.isEmpty && contracts.allSatisfy { $0.contractNo.hasPrefix("SH-2026-00") || $0.traderReference.hasPrefix("SH-2026-00") })
        #expect(contracts.contains { $0.contractNo.hasPrefix("SH-2026-00") })
        for name in ["海鲜", "上海海鲜进", "seafood", "Shanghai Seafood"] {
            let found = try Self.search(fixture, name)
            #expect(!found.isEmpty && found.allSatisfy { $0.traderName.contains("海鲜") }, "\(name): \(found.map(\.traderName))")
        }
        #expect(try Self.search(fixture, "zzz").isEmpty)
        let reference = try #require(try fixture.workspace.db.queryOne("SELECT trader_ref FROM declaration WHERE trader_ref IS NOT NULL LIMIT 1")?.string("trader_ref"))
        #expect(try Self.search(fixture, String(reference.prefix(4))).contains { $0.traderReference == reference })
    }

    /// The list narrows as the search is typed (each key re-reads the first page).
    @Test func theListNarrowsAsItIsTyped() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei", size: Size(width: 100, height: 30))
        let pane = DeclarationTestSupport.pane(shell)
        let all = pane.list?.table.pager.items.count ?? 0
        shell.press(.char("/"))
        shell.type("海鲜")
        let rows = pane.list?.table.pager.items ?? []
        #expect(!rows.isEmpty && rows.count < all && rows.allSatisfy { $0.summary.traderName.contains("海鲜") })
        #expect(shell.screen().lines()[1].contains("/海鲜"))
    }

    /// EXPLAIN QUERY PLAN on the list's own SQL: every search kind reads indexes, never the table.
    @Test(arguments: ["MEDU", "SH-2026-00", "海鲜", "2244", "91310000132149237G", ""])
    func noScanOfTheDeclarations(search: String) throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let broker = try fixture.operatorNamed("liwei")
        for status: DeclarationStatus? in [nil, .draft] {
            var (sql, args) = try DeclarationQueries.listQuery(by: broker, filter: DeclarationFilter(status: status, search: search),
                                                               db: fixture.workspace.db)
            sql += " AND (d.updated_at, d.id) < (?, ?) ORDER BY d.updated_at DESC, d.id DESC LIMIT ?"
            args += ["9999", Int64.max, 51]
            let plan = try fixture.workspace.db.query("EXPLAIN QUERY PLAN " + sql, args).compactMap { $0.string("detail") }
            let scans = plan.filter { $0.hasPrefix("SCAN d") || $0.hasPrefix("SCAN declaration") }
            #expect(scans.isEmpty, "\(search) \(String(describing: status)): \(plan)")
            // A search reads the rows its index branches found, by id; no search, the owner's list index.
            let first = plan.first ?? ""
            let driven = search.isEmpty ? first.hasPrefix("SEARCH d USING") && first.contains("INDEX declaration_broker_")
                                        : first.hasPrefix("SEARCH d USING INTEGER PRIMARY KEY")
            #expect(driven, "\(search) \(String(describing: status)): \(plan)")
        }
    }

    /// The officers' queue searches the same way, over every broker's declarations.
    @Test func theReviewQueueSearchesTheSameWay() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture, count: 37)
        let officer = try fixture.operatorNamed("zhangmin")
        func count(_ text: String) throws -> Int {
            var all = 0
            for bucket in QueueBucket.allCases {
                all += try ReviewQueue.count(fixture.workspace, filter: QueueFilter(agency: .customs, bucket: bucket, search: text), by: officer)
            }
            return all
        }
        for text in ["MEDU", "SH-2026-00", "海鲜", "seafood", "2244"] {
            #expect(try count(text) > 0, "\(text)")
        }
        #expect(try count("zzz") == 0)
        let plan = try fixture.workspace.db.query("EXPLAIN QUERY PLAN " + (try DeclarationSearch.anyOwnerIDs("SH-2026-00", db: fixture.workspace.db)).0,
                                                  try DeclarationSearch.anyOwnerIDs("SH-2026-00", db: fixture.workspace.db).1)
            .compactMap { $0.string("detail") }
        #expect(!plan.contains { $0.hasPrefix("SCAN declaration") }, "\(plan)")
    }
}
