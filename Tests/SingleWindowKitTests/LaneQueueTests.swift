import Foundation
import Testing
@testable import SingleWindowKit

/// The shared keyset paging of lane queues (`LaneQueue`) and the vessels' trigger-kept queue.
@Suite struct LaneQueueTests {
    static let queue = LaneQueue(kind: .vesselCall, table: "vessel_queue")

    /// Seven pending customs lanes; five share one `updated_at`, so page edges fall inside a run
    /// of equal sort keys and only the lane id tells them apart.
    static func seed(_ db: Database) throws -> [Int64] {
        let stamps = ["2026-01-05T01:00:00.000Z"] + Array(repeating: "2026-01-05T02:00:00.000Z", count: 5) + ["2026-01-05T03:00:00.000Z"]
        var ids: [Int64] = []
        for (i, stamp) in stamps.enumerated() {
            try db.run("""
                INSERT INTO lane(case_kind, case_id, agency, state, opened_at, updated_at) VALUES ('vessel_call', ?, 'customs', 'pending', ?, ?)
                """, ["CALL-\(i)", stamp, stamp])
            ids.append(db.lastInsertRowID)
        }
        // Not the officer's to act on: another agency, a query waiting for the agent.
        try db.run("""
            INSERT INTO lane(case_kind, case_id, agency, state, opened_at, updated_at)
            VALUES ('vessel_call', 'CALL-0', 'border', 'pending', ?, ?), ('vessel_call', 'CALL-Q', 'customs', 'query', ?, ?)
            """, Array(repeating: "2026-01-05T02:00:00.000Z", count: 4))
        return ids
    }

    static let officer = "agency = 'customs' AND bucket = 'action'"

    @Test(arguments: [1, 2, 3, 4])
    func pagesBothWaysWithoutGapsOrRepeats(limit: Int) throws {
        let db = try memoryDatabase()
        let ids = try Self.seed(db)
        var forward: [Int64] = []
        var cursor: LaneQueueCursor?
        var pages = 0
        repeat {
            let page = try Self.queue.page(db, where: Self.officer, after: cursor, limit: limit)
            #expect(page.hasPrevious == (cursor != nil))
            forward += page.rows.map { LaneQueue.cursor($0).id }
            cursor = page.hasNext ? page.rows.last.map(LaneQueue.cursor) : nil
            pages += 1
        } while cursor != nil && pages < 20
        #expect(forward == ids)

        var backward: [Int64] = []
        var before: LaneQueueCursor?
        pages = 0
        repeat {
            let page = try Self.queue.page(db, where: Self.officer, before: before, limit: limit)
            #expect(page.hasNext == (before != nil))
            backward = page.rows.map { LaneQueue.cursor($0).id } + backward
            before = page.hasPrevious ? page.rows.first.map(LaneQueue.cursor) : nil
            pages += 1
        } while before != nil && pages < 20
        #expect(backward == ids)
        #expect(try Self.queue.count(db, where: Self.officer, cap: 100) == ids.count)
    }

    @Test func newestFirstWalksTheSameIndexReversed() throws {
        let db = try memoryDatabase()
        let ids = try Self.seed(db)
        let first = try Self.queue.page(db, where: Self.officer, position: .first, ascending: false, limit: 4)
        let next = try Self.queue.page(db, where: Self.officer, position: .after(LaneQueue.cursor(try #require(first.rows.last))),
                                       ascending: false, limit: 4)
        #expect((first.rows + next.rows).map { LaneQueue.cursor($0).id } == ids.reversed())
        #expect(first.hasNext && !next.hasNext && next.hasPrevious)
    }

    @Test func triggersKeepTheVesselQueueWithItsLanes() throws {
        let db = try memoryDatabase()
        let ids = try Self.seed(db)
        try db.run("UPDATE lane SET state = 'released', updated_at = '2026-01-06T00:00:00.000Z', version = version + 1 WHERE id = ?",
                   [ids[0]])
        let row = try #require(try db.queryOne("SELECT * FROM vessel_queue WHERE lane_id = ?", [ids[0]]))
        #expect(row.string("bucket") == "other" && row.string("state") == "released" && row.int64("lane_version") == 2)
        #expect(try Self.queue.page(db, where: Self.officer, after: nil, limit: 10).rows.count == ids.count - 1)
        // The officer's page seeks the queue index, no sort.
        let plan = try db.query("EXPLAIN QUERY PLAN SELECT * FROM vessel_queue WHERE \(Self.officer) AND (sort_at, lane_id) > ('', 0) ORDER BY sort_at, lane_id LIMIT 3")
        #expect(plan.contains { ($0.string("detail") ?? "").contains("vessel_queue_bucket") })
        #expect(!plan.contains { ($0.string("detail") ?? "").contains("TEMP B-TREE") })
    }

    /// A file from before the vessel queue (vessels at step 1) with lanes: opening it backfills
    /// the queue in the same step, and the officer's queue reads them.
    @Test func theVesselQueueStepBackfillsLanesOfAnUpgradedDatabase() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            var ids: [Int64] = []
            do {
                let old = try Database(path: path)
                defer { old.close() }
                let before = Schema.areas.map { $0.area == "vessels" ? $0.through(1) : $0 }
                try Migrator.migrate(old, sets: before)
                #expect(try old.queryOne("SELECT 1 FROM sqlite_master WHERE name = 'vessel_queue'") == nil)
                try old.write { ids = try Self.seed(old) }
            }
            let ws = try Workspace.open(path: path, createAs: nil, clock: SettableClock(DeclarationFixtures.t0))
            defer { ws.db.close() }
            #expect(try Schema.versions(of: ws.db) == Schema.latestVersions)
            #expect(try ws.db.scalar("SELECT count(*) FROM vessel_queue").int == ids.count + 2)
            let page = try Self.queue.page(ws.db, where: Self.officer, after: nil, limit: 3)
            #expect(page.rows.map { LaneQueue.cursor($0).id } == Array(ids.prefix(3)) && page.hasNext)
            let stamp = try #require(try ws.db.queryOne("SELECT * FROM lane WHERE id = ?", [ids[1]])).string("updated_at")
            #expect(page.rows[1].string("sort_at") == stamp)
        }
    }
}
