import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct QueuePagingTests {
    let ws: Workspace
    let customs = ReviewFixtures.customs
    /// Lane ids of the customs action view in display order (oldest first, ties by lane id).
    var expected: [Int64] = []

    /// 53 declarations with customs lanes, several sharing a timestamp (ties must not lose or
    /// repeat rows across a page edge); every fifth is released (another bucket).
    init() throws {
        ws = try ReviewFixtures.workspace()
        var rows: [(String, Int64)] = []
        try ws.db.write {
            for i in 0..<53 {
                let at = DeclarationFixtures.t0.addingTimeInterval(Double(i / 3) * 60) // three per minute
                let stamp = Timestamp.string(at)
                try ws.db.run("""
                    INSERT INTO declaration(number, direction, scope, status, trader_id, trader_name, broker_id, holder, bill_no,
                        created_by, created_at, updated_at, submitted_at)
                    VALUES (?, 'import', 'customs', 'submitted', ?, 'T', ?, 'broker', ?, 'liwei', ?, ?, ?)
                    """, [String(format: "22482026100%07d", i), i % 2 == 0 ? DeclarationFixtures.traderEnterprise : "OTHER",
                          DeclarationFixtures.brokerEnterprise, "BL\(i)", stamp, stamp, stamp])
                let id = ws.db.lastInsertRowID
                try ws.db.run("INSERT INTO declaration_goods(declaration_id, line_no, hs_code) VALUES (?, 1, ?)",
                              [id, i % 3 == 0 ? "0306179000" : "8483409000"])
                let state = i % 5 == 0 ? "released" : "received"
                let lane = try Lanes.open(ws.db, kind: .declaration, caseID: String(id), agencies: [.customs], initialState: state,
                                          at: at, by: .system, detail: ["channel": i % 4 == 0 ? "red" : "green"])[0]
                if state == "received" { rows.append((stamp, lane.id)) }
            }
        }
        expected = rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
    }

    func page(_ position: QueuePosition, _ filter: QueueFilter? = nil, limit: Int = 7) throws -> QueuePage {
        try ReviewQueue.page(ws, filter: filter ?? QueueFilter(agency: .customs), position: position, limit: limit, by: customs)
    }

    @Test func forwardPagesCoverEveryRowOnce() throws {
        var seen: [Int64] = []
        var p = try page(.first)
        #expect(!p.hasPrevious)
        seen += p.rows.map(\.laneID)
        while p.hasNext {
            p = try page(.after(try #require(p.lastCursor)))
            #expect(p.hasPrevious)
            seen += p.rows.map(\.laneID)
        }
        #expect(seen == expected)
    }

    @Test func backwardPagesFromTheLastCoverEveryRowOnce() throws {
        var seen: [Int64] = []
        var p = try page(.last)
        #expect(!p.hasNext && p.rows.count == 7)
        seen = p.rows.map(\.laneID)
        while p.hasPrevious {
            p = try page(.before(try #require(p.firstCursor)))
            #expect(p.hasNext)
            seen = p.rows.map(\.laneID) + seen
        }
        #expect(seen == expected)
        #expect(try page(.last).rows.map(\.laneID) == Array(expected.suffix(7)))
        #expect(try page(.first).rows.map(\.laneID) == Array(expected.prefix(7)))
    }

    @Test func forwardThenBackReturnsTheSamePage() throws {
        let one = try page(.first)
        let two = try page(.after(try #require(one.lastCursor)))
        let back = try page(.before(try #require(two.firstCursor)))
        #expect(back.rows == one.rows)
        // Newest first walks the same rows the other way.
        let newest = QueueFilter(agency: .customs, sort: .newestFirst)
        var seen: [Int64] = []
        var p = try page(.first, newest)
        seen += p.rows.map(\.laneID)
        while p.hasNext { p = try page(.after(try #require(p.lastCursor)), newest); seen += p.rows.map(\.laneID) }
        #expect(seen == expected.reversed())
    }

    @Test func aJumpToATimeStartsAtTheFirstRowWaitingSinceThen() throws {
        let at = DeclarationFixtures.t0.addingTimeInterval(5 * 60)
        let p = try page(.since(at))
        let rows = try ws.db.query("SELECT lane_id, sort_at FROM review_queue WHERE bucket = 'action' ORDER BY sort_at, lane_id")
        let firstAfter = rows.first { ($0.string("sort_at") ?? "") >= Timestamp.string(at) }?.int64("lane_id")
        #expect(p.rows.first?.laneID == firstAfter && p.hasPrevious)
    }

    @Test func filtersNarrowTheViewAndSearchFindsNumbersAndBills() throws {
        let red = try page(.first, QueueFilter(agency: .customs, channel: "red"), limit: 100)
        #expect(!red.rows.isEmpty && red.rows.allSatisfy { $0.channel == "red" && $0.state == "received" })
        let trader = try page(.first, QueueFilter(agency: .customs, traderID: DeclarationFixtures.traderEnterprise), limit: 100)
        #expect(trader.rows.allSatisfy { $0.traderID == DeclarationFixtures.traderEnterprise } && trader.rows.count > 10)
        let chapter = try page(.first, QueueFilter(agency: .customs, hsChapter: "03"), limit: 100)
        #expect(chapter.rows.allSatisfy { $0.hsChapter == "03" } && !chapter.rows.isEmpty)
        let done = try page(.first, QueueFilter(agency: .customs, bucket: .done), limit: 100)
        #expect(done.rows.count == 11 && done.rows.allSatisfy { $0.state == "released" })
        let byState = try page(.first, QueueFilter(agency: .customs, state: .released), limit: 100)
        #expect(byState.rows == done.rows)
        let dated = try page(.first, QueueFilter(agency: .customs, from: DeclarationFixtures.t0.addingTimeInterval(60),
                                                   until: DeclarationFixtures.t0.addingTimeInterval(120)), limit: 100)
        #expect(dated.rows.count == 2) // minute 1 holds declarations 3, 4 and 5; 5 is released
        #expect(try page(.first, QueueFilter(agency: .customs, search: "BL7")).rows.map(\.billNo) == ["BL7"])
        #expect(try page(.first, QueueFilter(agency: .customs, search: "224820261000000013")).rows.map(\.number) == ["224820261000000013"])
        #expect(try page(.first, QueueFilter(agency: .customs, search: "nothing")).rows.isEmpty)
        #expect(try ReviewQueue.count(ws, filter: QueueFilter(agency: .customs), by: customs) == expected.count)
        #expect(try ReviewQueue.count(ws, filter: QueueFilter(agency: .customs), cap: 5, by: customs) == 5)
    }

    /// A name prefix finds the same rows as the trader's code; one that names no registered
    /// trader finds nothing (rather than everything).
    @Test func aTraderNamePrefixFindsTheTradersCodes() throws {
        let name = try #require(try ws.db.scalar("SELECT name FROM enterprise WHERE id = ?", [DeclarationFixtures.traderEnterprise]).string)
        let byCode = try page(.first, QueueFilter(agency: .customs, traderID: DeclarationFixtures.traderEnterprise), limit: 100)
        let byName = try page(.first, QueueFilter(agency: .customs, traderName: String(name.prefix(4))), limit: 100)
        #expect(!byCode.rows.isEmpty && byName.rows == byCode.rows)
        #expect(try page(.first, QueueFilter(agency: .customs, traderName: " " + name + " "), limit: 100).rows == byCode.rows)
        #expect(try page(.first, QueueFilter(agency: .customs, traderName: name + "X")).rows.isEmpty)
        #expect(try ReviewQueue.count(ws, filter: QueueFilter(agency: .customs, traderName: String(name.prefix(4))), by: customs)
                == byCode.rows.count)
        // Newest first and back: the same rows, the other way round.
        let newest = try page(.first, QueueFilter(agency: .customs, traderName: String(name.prefix(4)), sort: .newestFirst), limit: 100)
        #expect(newest.rows == byCode.rows.reversed())
        let plan = try ws.db.query("EXPLAIN QUERY PLAN SELECT id FROM enterprise WHERE name >= 'a' AND name < 'b' ORDER BY name, id LIMIT 200")
            .compactMap { $0.string("detail") }.joined(separator: " | ")
        #expect(plan.contains("enterprise_name") && !plan.contains("TEMP B-TREE"), "\(plan)")
    }

    @Test func anOfficerSeesOnlyItsAgencysQueue() throws {
        #expect(throws: ReviewError.wrongAgency(operatorID: "zhangmin", agency: .inspection)) {
            try ReviewQueue.page(ws, filter: QueueFilter(agency: .inspection), by: customs)
        }
        #expect(try ReviewQueue.page(ws, filter: QueueFilter(agency: .inspection), by: ReviewFixtures.trainer).rows.isEmpty)
    }

    @Test func theQueueRowFollowsTheLaneInEveryState() throws {
        let laneID = expected[0]
        for state in ReviewState.allCases {
            let lane = try #require(try Lanes.lane(ws.db, id: laneID))
            try Lanes.transition(ws.db, laneID: laneID, expectedVersion: lane.version, to: state.rawValue, action: "test",
                                 claimedBy: .some("zhangmin"), at: DeclarationFixtures.t0, by: .system)
            let row = try #require(try ws.db.queryOne("SELECT * FROM review_queue WHERE lane_id = ?", [laneID]))
            #expect(row.string("state") == state.rawValue && row.string("bucket") == state.bucket.rawValue, "\(state)")
            #expect(row.int64("lane_version") == lane.version + 1 && row.string("claimed_by") == "zhangmin")
        }
    }

    @Test func pagesUseTheIndexesNotAScanOrASort() throws {
        func plan(_ sql: String) throws -> String {
            try ws.db.query("EXPLAIN QUERY PLAN " + sql).compactMap { $0.string("detail") }.joined(separator: " | ")
        }
        let base = "SELECT * FROM review_queue WHERE agency = 'customs' AND bucket = 'action' AND (sort_at, lane_id) > ('x', 1) ORDER BY sort_at, lane_id LIMIT 21"
        let p = try plan(base)
        #expect(p.contains("USING INDEX review_queue_bucket") && !p.contains("TEMP B-TREE"), "\(p)")
        let c = try plan("SELECT * FROM review_queue WHERE agency = 'customs' AND bucket = 'action' AND channel = 'red' ORDER BY sort_at DESC, lane_id DESC LIMIT 21")
        #expect(c.contains("USING INDEX review_queue_channel") && !c.contains("TEMP B-TREE"), "\(c)")
        let t = try plan("SELECT * FROM review_queue WHERE agency = 'customs' AND bucket = 'action' AND trader_id = 'X' ORDER BY sort_at, lane_id LIMIT 21")
        #expect(t.contains("USING INDEX review_queue_trader") && !t.contains("TEMP B-TREE"), "\(t)")
    }
}
