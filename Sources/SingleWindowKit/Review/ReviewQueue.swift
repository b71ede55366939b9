import Foundation
import Store
import TextWidth

/// An agency's review queue: keyset pages over the `review_queue` indexes, never OFFSET, never
/// the whole table. Every view pins equality columns that lead one of the indexes (agency and
/// bucket or state; channel; trader), so a page is one index seek plus `limit` rows, wherever
/// it starts; the other filters are checked on rows the seek reaches.
public enum ReviewQueue {
    /// One page in display order. Officers see their own agency's queue; a trainer any.
    public static func page(_ ws: Workspace, filter: QueueFilter, position: QueuePosition = .first, limit: Int = 20,
                            by actor: Operator) throws -> QueuePage {
        try authorize(filter, actor)
        let limit = max(1, min(limit, 1000))
        return try ws.db.read {
            try page(ws.db, filter: filter, position: position, limit: limit)
        }
    }

    static func page(_ db: Database, filter: QueueFilter, position: QueuePosition, limit: Int) throws -> QueuePage {
        let (whereSQL, args) = try conditions(db, filter)
        // "Forward" walks the display order; "backward" walks it in reverse and is flipped.
        let ascending = filter.sort == .oldestFirst
        var forward = true
        var bound: (op: String, cursor: [any SQLBindable])?
        switch position {
        case .first: break
        case .last: forward = false
        case let .after(c): bound = (ascending ? ">" : "<", [c.sortAt, c.laneID])
        case let .before(c): forward = false; bound = (ascending ? "<" : ">", [c.sortAt, c.laneID])
        case let .since(date):
            // The first row waiting at or after `date` (newest first: at or before it).
            let t = Timestamp.string(date)
            bound = ascending ? (">=", [t, Int64.min]) : ("<=", [t, Int64.max])
        }
        var sql = "SELECT * FROM review_queue WHERE " + whereSQL
        var all = args
        if let bound {
            sql += " AND (sort_at, lane_id) \(bound.op) (?, ?)"
            all += bound.cursor
        }
        let scanAscending = ascending == forward
        sql += scanAscending ? " ORDER BY sort_at, lane_id LIMIT ?" : " ORDER BY sort_at DESC, lane_id DESC LIMIT ?"
        all.append(limit + 1)
        var rows = try db.query(sql, all).map(QueueRow.init(row:))
        let more = rows.count > limit
        if more { rows.removeLast() }
        if !forward { rows.reverse() }
        // Whether anything lies beyond the other edge: one index probe.
        var page = QueuePage(rows: rows, hasPrevious: false, hasNext: false)
        if forward {
            page.hasNext = more
            page.hasPrevious = try rows.first.map { try exists(db, whereSQL, args, beyond: $0.cursor, before: true, ascending) } ?? false
        } else {
            page.hasPrevious = more
            page.hasNext = try rows.last.map { try exists(db, whereSQL, args, beyond: $0.cursor, before: false, ascending) } ?? false
        }
        return page
    }

    /// How many rows the view holds, counted up to `cap` (a long queue says "10,000+" rather
    /// than walking a million index entries on every refresh).
    public static func count(_ ws: Workspace, filter: QueueFilter, cap: Int = 10_000, by actor: Operator) throws -> Int {
        try authorize(filter, actor)
        let (whereSQL, args) = try conditions(ws.db, filter)
        return try ws.db.scalar("SELECT count(*) FROM (SELECT 1 FROM review_queue WHERE \(whereSQL) LIMIT ?)", args + [cap]).int ?? 0
    }

    private static func exists(_ db: Database, _ whereSQL: String, _ args: [any SQLBindable], beyond c: QueueCursor,
                               before: Bool, _ ascending: Bool) throws -> Bool {
        let op = (before == ascending) ? "<" : ">"
        return try db.queryOne("SELECT 1 FROM review_queue WHERE \(whereSQL) AND (sort_at, lane_id) \(op) (?, ?) LIMIT 1",
                               args + [c.sortAt, c.laneID]) != nil
    }

    private static func authorize(_ filter: QueueFilter, _ actor: Operator) throws {
        if actor.role == .trainer { return }
        guard try Review.officerAgency(actor) == filter.agency else {
            throw ReviewError.wrongAgency(operatorID: actor.id, agency: filter.agency)
        }
    }

    /// The WHERE clause; its leading equalities choose the index (see the schema).
    private static func conditions(_ db: Database, _ f: QueueFilter) throws -> (String, [any SQLBindable]) {
        var parts = ["agency = ?"]
        var args: [any SQLBindable] = [f.agency.rawValue]
        if let state = f.state {
            parts.append("state = ?"); args.append(state.rawValue)
        } else {
            parts.append("bucket = ?"); args.append(f.bucket.rawValue)
        }
        if let v = f.channel { parts.append("channel = ?"); args.append(v) }
        if let v = f.traderID { parts.append("trader_id = ?"); args.append(v) }
        if let prefix = f.traderName?.trimmed, !prefix.isEmpty {
            // A name prefix is a range on the enterprise name index; the codes it finds pin trader_id.
            let ids = try db.query("SELECT id FROM enterprise WHERE name >= ? AND name < ? ORDER BY name, id LIMIT 200",
                                   [prefix, prefix + "\u{10FFFF}"]).compactMap { $0.string("id") }
            parts.append("trader_id IN (SELECT value FROM json_each(?))")
            args.append(SQLList.json(ids))
        }
        if let v = f.creditClass { parts.append("credit_class = ?"); args.append(v) }
        if let v = f.hsChapter { parts.append("hs_chapter = ?"); args.append(v) }
        if let v = f.claimedBy { parts.append("claimed_by = ?"); args.append(v) }
        if let v = f.from { parts.append("sort_at >= ?"); args.append(Timestamp.string(v)) }
        if let v = f.until { parts.append("sort_at < ?"); args.append(Timestamp.string(v)) }
        let search = f.search.trimmed
        if !search.isEmpty {
            // Resolved to declaration ids through the declaration table's own indexes
            // (number is unique, bill_no indexed); a number prefix is a range on the unique index.
            let ids = try db.query("""
                SELECT id FROM declaration WHERE (number >= ? AND number < ?) OR bill_no = ? LIMIT 200
                """, [search, search + "\u{10FFFF}", search.uppercased()]).compactMap { $0.int64("id") }
            parts.append("declaration_id IN (SELECT value FROM json_each(?))")
            args.append(SQLList.json(ids))
        }
        return (parts.joined(separator: " AND "), args)
    }
}
