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

    /// The declarations' lane queue: the `review_queue` table (see `ReviewSchema`).
    static let queue = LaneQueue(kind: .declaration, table: "review_queue")

    static func page(_ db: Database, filter: QueueFilter, position: QueuePosition, limit: Int) throws -> QueuePage {
        let (whereSQL, args) = try conditions(db, filter)
        let page = try queue.page(db, where: whereSQL, args, position: position, ascending: filter.sort == .oldestFirst, limit: limit)
        return QueuePage(rows: page.rows.map(QueueRow.init(row:)), hasPrevious: page.hasPrevious, hasNext: page.hasNext)
    }

    /// How many rows the view holds, counted up to `cap` (a long queue says "10,000+" rather
    /// than walking a million index entries on every refresh).
    public static func count(_ ws: Workspace, filter: QueueFilter, cap: Int = 10_000, by actor: Operator) throws -> Int {
        try authorize(filter, actor)
        let (whereSQL, args) = try conditions(ws.db, filter)
        return try queue.count(ws.db, where: whereSQL, args, cap: cap)
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
            // Resolved to declaration ids through the declaration table's own indexes, as the
            // broker's list searches (`DeclarationSearch`): prefixes, and a registered name.
            let (union, unionArgs) = try DeclarationSearch.anyOwnerIDs(search, db: db)
            let ids = try db.query(union + " LIMIT 200", unionArgs).compactMap { $0.int64("id") }
            parts.append("declaration_id IN (SELECT value FROM json_each(?))")
            args.append(SQLList.json(ids))
        }
        return (parts.joined(separator: " AND "), args)
    }
}
