import Foundation
import Store

/// Which page: the first or last, the one after or before a row, or the first row waiting since
/// a time (a jump into the middle of a long queue without counting rows).
public enum LaneQueuePosition: Equatable, Sendable {
    case first
    case last
    case after(LaneQueueCursor)
    case before(LaneQueueCursor)
    case since(Date)
}

/// One page of a lane queue, in display order, and whether anything lies beyond either edge.
public struct LaneQueuePage<Item> {
    public var rows: [Item]
    public var hasPrevious: Bool
    public var hasNext: Bool

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> LaneQueuePage<T> {
        LaneQueuePage<T>(rows: try rows.map(transform), hasPrevious: hasPrevious, hasNext: hasNext)
    }
}

extension LaneQueuePage: Equatable where Item: Equatable {}
extension LaneQueuePage: Sendable where Item: Sendable {}

/// The queue of one case kind's lanes: a table kept by triggers on `lane` (one row per lane,
/// `lane_id` its key, `sort_at` the lane's `updated_at`), paged by keyset over indexes that end
/// in `(sort_at, lane_id)` — never OFFSET, never the whole table. The area owns its table, its
/// triggers and the equality columns a view pins; this type owns the paging.
public struct LaneQueue: Sendable {
    public let kind: CaseKind
    public let table: String

    public init(kind: CaseKind, table: String) {
        self.kind = kind
        self.table = table
    }

    /// One page of the rows matching `condition` (SQL over the table's columns, its leading
    /// equalities choosing the index). Oldest first unless `ascending` is false.
    public func page(_ db: Database, where condition: String, _ args: [any SQLBindable] = [],
                     position: LaneQueuePosition = .first, ascending: Bool = true, limit: Int) throws -> LaneQueuePage<Row> {
        let limit = max(1, limit)
        // "Forward" walks the display order; "backward" walks it in reverse and is flipped.
        var forward = true
        var bound: (op: String, cursor: [any SQLBindable])?
        switch position {
        case .first: break
        case .last: forward = false
        case let .after(c): bound = (ascending ? ">" : "<", [c.key, c.id])
        case let .before(c): forward = false; bound = (ascending ? "<" : ">", [c.key, c.id])
        case let .since(date):
            // The first row waiting at or after `date` (newest first: at or before it).
            let t = Timestamp.string(date)
            bound = ascending ? (">=", [t, Int64.min]) : ("<=", [t, Int64.max])
        }
        var sql = "SELECT * FROM \(table) WHERE " + condition
        var all = args
        if let bound {
            sql += " AND (sort_at, lane_id) \(bound.op) (?, ?)"
            all += bound.cursor
        }
        sql += ascending == forward ? " ORDER BY sort_at, lane_id LIMIT ?" : " ORDER BY sort_at DESC, lane_id DESC LIMIT ?"
        all.append(limit + 1)
        var rows = try db.query(sql, all)
        let more = rows.count > limit
        if more { rows.removeLast() }
        if !forward { rows.reverse() }
        var page = LaneQueuePage(rows: rows, hasPrevious: false, hasNext: false)
        // Whether anything lies beyond the other edge: one index probe.
        if forward {
            page.hasNext = more
            page.hasPrevious = try rows.first.map { try exists(db, condition, args, beyond: Self.cursor($0), before: true, ascending) } ?? false
        } else {
            page.hasPrevious = more
            page.hasNext = try rows.last.map { try exists(db, condition, args, beyond: Self.cursor($0), before: false, ascending) } ?? false
        }
        return page
    }

    /// The page after `cursor` (the first page without one).
    public func page(_ db: Database, where condition: String, _ args: [any SQLBindable] = [],
                     after cursor: LaneQueueCursor?, limit: Int) throws -> LaneQueuePage<Row> {
        try page(db, where: condition, args, position: cursor.map { .after($0) } ?? .first, limit: limit)
    }

    /// The page before `cursor` (the last page without one).
    public func page(_ db: Database, where condition: String, _ args: [any SQLBindable] = [],
                     before cursor: LaneQueueCursor?, limit: Int) throws -> LaneQueuePage<Row> {
        try page(db, where: condition, args, position: cursor.map { .before($0) } ?? .last, limit: limit)
    }

    /// How many rows match, counted up to `cap`.
    public func count(_ db: Database, where condition: String, _ args: [any SQLBindable] = [], cap: Int) throws -> Int {
        try db.scalar("SELECT count(*) FROM (SELECT 1 FROM \(table) WHERE \(condition) LIMIT ?)", args + [cap]).int ?? 0
    }

    /// A queue row's position.
    public static func cursor(_ row: Row) -> LaneQueueCursor {
        LaneQueueCursor(key: row.string("sort_at") ?? "", id: row.int64("lane_id") ?? 0)
    }

    private func exists(_ db: Database, _ condition: String, _ args: [any SQLBindable], beyond c: LaneQueueCursor,
                        before: Bool, _ ascending: Bool) throws -> Bool {
        let op = (before == ascending) ? "<" : ">"
        return try db.queryOne("SELECT 1 FROM \(table) WHERE \(condition) AND (sort_at, lane_id) \(op) (?, ?) LIMIT 1",
                               args + [c.key, c.id]) != nil
    }
}
