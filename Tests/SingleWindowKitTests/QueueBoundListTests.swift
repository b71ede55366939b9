import Foundation
import Testing
@testable import SingleWindowKit

/// The id lists a queue filter resolves (trader codes from a name prefix, declaration ids from a
/// search) travel as one bound JSON parameter, never as text in the SQL.
@Suite struct QueueBoundListTests {
    let ws: Workspace
    let customs = ReviewFixtures.customs
    /// A trader code with quotes, a comment and a statement in it (not a valid USCC, but the
    /// register is not where this test checks that).
    static let hostileID = "O'BRIEN\"'); DROP TABLE lane; --"

    init() throws {
        ws = try ReviewFixtures.workspace()
        try ws.db.write {
            try ws.db.run("INSERT INTO enterprise(id, name, kind) VALUES (?, '奥布莱恩贸易有限公司', 'trader')", [Self.hostileID])
            for (i, trader) in [Self.hostileID, DeclarationFixtures.traderEnterprise, Self.hostileID].enumerated() {
                let stamp = Timestamp.string(DeclarationFixtures.t0.addingTimeInterval(Double(i) * 60))
                try ws.db.run("""
                    INSERT INTO declaration(number, direction, scope, status, trader_id, trader_name, broker_id, holder, bill_no,
                        created_by, created_at, updated_at, submitted_at)
                    VALUES (?, 'import', 'customs', 'submitted', ?, 'T', ?, 'broker', ?, 'liwei', ?, ?, ?)
                    """, [String(format: "22482026100%07d", i), trader, DeclarationFixtures.brokerEnterprise,
                          i == 2 ? "BL'Q\"2" : "BL\(i)", stamp, stamp, stamp])
                let id = ws.db.lastInsertRowID
                _ = try Lanes.open(ws.db, kind: .declaration, caseID: String(id), agencies: [.customs], initialState: "received",
                               at: DeclarationFixtures.t0, by: .system, detail: ["channel": "green"])
            }
        }
    }

    func rows(_ filter: QueueFilter) throws -> [QueueRow] {
        try ReviewQueue.page(ws, filter: filter, limit: 100, by: customs).rows
    }

    @Test func aTraderCodeWithQuotesNeitherBreaksNorInjects() throws {
        let byName = try rows(QueueFilter(agency: .customs, traderName: "奥布莱恩"))
        #expect(byName.map(\.billNo) == ["BL0", "BL'Q\"2"])
        #expect(byName.allSatisfy { $0.traderID == Self.hostileID })
        #expect(try rows(QueueFilter(agency: .customs, traderID: Self.hostileID)) == byName)
        #expect(try ReviewQueue.count(ws, filter: QueueFilter(agency: .customs, traderName: "奥布莱恩"), by: customs) == 2)
        // Nothing was dropped or widened: the other trader's row is still there, and only there.
        #expect(try rows(QueueFilter(agency: .customs, traderName: "上海海鲜")).map(\.billNo) == ["BL1"])
        #expect(try ws.db.scalar("SELECT count(*) FROM lane").int == 3)
    }

    @Test func aSearchWithQuotesFindsItsDeclarationAndBreaksNothing() throws {
        #expect(try rows(QueueFilter(agency: .customs, search: "BL'Q\"2")).map(\.billNo) == ["BL'Q\"2"])
        #expect(try rows(QueueFilter(agency: .customs, search: "') OR 1=1 --")).isEmpty)
        #expect(try rows(QueueFilter(agency: .customs, search: "224820261000000001")).map(\.billNo) == ["BL1"])
    }

    /// Lists of any length share one statement: the SQL text does not grow with the list.
    @Test func theQueueSQLTextDoesNotDependOnTheList() throws {
        _ = try rows(QueueFilter(agency: .customs, traderName: "奥布莱恩"))
        _ = try rows(QueueFilter(agency: .customs, search: "2248202610000000"))
        let cached = ws.db.cachedStatementCount
        _ = try rows(QueueFilter(agency: .customs, traderName: "上海海鲜"))            // one code instead of one
        _ = try rows(QueueFilter(agency: .customs, search: "224820261000000002"))  // one id instead of three
        _ = try rows(QueueFilter(agency: .customs, search: "nothing at all"))       // none
        _ = try rows(QueueFilter(agency: .customs, traderName: "无此企业"))            // none
        #expect(ws.db.cachedStatementCount == cached)
    }

    @Test func manifestBillListsAreBoundToo() throws {
        let found = try ManifestCrossCheck.declarationNumbers(ws.db, billNos: ["BL'Q\"2", "BL0", "') OR 1=1 --"])
        #expect(found == ["BL'Q\"2": ["224820261000000002"], "BL0": ["224820261000000000"]])
    }
}
