import Foundation
import SingleWindowKit

/// The officers' other two screens on the queue benchmark's generated database: the
/// joint-inspection task list (first page, then random keyset jumps through the domain API) and
/// the review screen's data (`ReviewCases.show`, trader history and revision diff included) for
/// random declarations. Times are per call, on one connection, as the workstation makes them.
enum ReviewScreensBenchmark {
    struct Timing {
        var times: [Double]
        var rows: Int
        /// The same times split by the kind of jump, when there are kinds.
        var kinds: [String] = []
        var byKind: [String: Timing] {
            Dictionary(grouping: zip(kinds, times), by: \.0).mapValues { Timing(times: $0.map(\.1), rows: 0) }
        }
        var median: Double { times.sorted()[times.count / 2] }
        var p99: Double { let t = times.sorted(); return t[min(t.count - 1, Int(Double(t.count) * 0.99))] }
        var max: Double { times.max() ?? 0 }
    }

    /// The task list: the default view's first page (cold, on a fresh connection), then `jumps`
    /// pages from random cursors: forward and back, booked only, result due, one day, the end.
    static func tasks(_ ws: Workspace, officers: [Operator], jumps: Int) throws -> (first: Double, jumps: Timing) {
        var firstRows = 0
        let first = try Measure.seconds {
            firstRows = try JointTasks.page(ws, filter: JointTaskFilter(), limit: 20, by: officers[0]).rows.count
        }
        guard firstRows > 0 else { throw BenchError("the generated database has no joint-inspection tasks") }
        // Cursors are made up, as a jump from a typed position would be: a slot's appointment or a
        // creation time, with an id anywhere in the table.
        let keys = try ws.db.query("SELECT DISTINCT day, start FROM inspection_slot ORDER BY day, start")
            .compactMap { row in row.string("day").flatMap { d in row.string("start").map { (d, $0) } } }
        let span = try ws.db.queryOne("SELECT min(created_at) AS a, max(created_at) AS b, max(id) AS m FROM joint_inspection")
        let low = span.flatMap { $0.string("a") }.flatMap(Timestamp.date) ?? Date()
        let high = span.flatMap { $0.string("b") }.flatMap(Timestamp.date) ?? Date()
        let maxID = UInt64(max(1, span?.int64("m") ?? 1))
        guard !keys.isEmpty else { throw BenchError("no inspection slots") }
        var rng = SeededGenerator(seed: 7)
        var times: [Double] = []
        var kinds: [String] = []
        var rows = 0
        for i in 0..<jumps {
            let id = Int64(rng.next() % maxID) + 1
            let cursor: JointTaskCursor
            let (day, start) = keys[Int(rng.next() % UInt64(keys.count))]
            if i % 4 == 3 {
                let at = low.addingTimeInterval(Double(rng.next() % 1_000_000) / 1_000_000 * high.timeIntervalSince(low))
                cursor = JointTaskCursor(key: "u:" + Timestamp.string(at), id: id)
            } else {
                cursor = JointTaskCursor(key: "b:\(day)T\(start)", id: id)
            }
            var filter = JointTaskFilter()
            let position: JointTaskPosition
            switch i % 6 {
            case 0: position = .after(cursor); kinds.append("after")
            case 1: position = .before(cursor); kinds.append("before")
            case 2: position = .after(cursor); filter.booking = .booked; kinds.append("after, booked")
            case 3: position = .after(cursor); filter.due = true; kinds.append("after, result due")
            case 4: position = .last; kinds.append("last")
            default: position = .first; filter.day = day; kinds.append("one day")
            }
            let officer = officers[i % officers.count]
            var page: JointTaskPage?
            times.append(try Measure.seconds { page = try JointTasks.page(ws, filter: filter, position: position, limit: 20, by: officer) })
            rows += page?.rows.count ?? 0
        }
        return (first, Timing(times: times, rows: rows, kinds: kinds))
    }

    /// The review screen's data for `count` random declarations, each as the officer who sees it
    /// (customs when the declaration goes to customs, else inspection).
    static func cases(_ ws: Workspace, customs: Operator, inspection: Operator, count: Int) throws -> Timing {
        let maxID = UInt64(max(1, try ws.db.scalar("SELECT max(id) FROM declaration").int ?? 1))
        var rng = SeededGenerator(seed: 99)
        var picked: [(Int64, Operator)] = []
        while picked.count < count {
            let id = Int64(rng.next() % maxID) + 1
            guard let scope = try ws.db.scalar("SELECT scope FROM declaration WHERE id = ? AND number IS NOT NULL", [id]).string else {
                continue
            }
            picked.append((id, scope == DeclarationScope.inspectionOnly.rawValue ? inspection : customs))
        }
        var times: [Double] = []
        var rows = 0
        for (id, officer) in picked {
            var shown: ReviewCase?
            times.append(try Measure.seconds { shown = try ReviewCases.show(ws, declarationID: id, by: officer) })
            rows += shown?.traderHistory.submitted ?? 0
        }
        return Timing(times: times, rows: rows)
    }
}
