import Foundation
import Store
import TextWidth

/// One row of a declaration list: enough for the list screen without loading goods lines.
public struct DeclarationSummary: Equatable, Sendable {
    public var id: Int64
    public var number: String?
    public var direction: DeclarationDirection
    public var scope: DeclarationScope
    public var status: DeclarationStatus
    public var traderID: String
    public var traderName: String
    public var traderReference: String
    public var billNo: String
    public var contractNo: String
    public var goodsLines: Int
    public var updatedAt: Date
    /// Raw `updated_at` text: the exact keyset cursor (a Date would round milliseconds).
    let updatedAtText: String

    /// This row's place in the newest-first order, for paging from it either way.
    public var cursor: DeclarationCursor { DeclarationCursor(updatedAt: updatedAtText, id: id) }
}

/// Where the next page starts: after (updated_at, id) in newest-first order.
public struct DeclarationCursor: Equatable, Sendable {
    public var updatedAt: String
    public var id: Int64

    public init(updatedAt: String, id: Int64) {
        self.updatedAt = updatedAt
        self.id = id
    }
}

/// Where the next page of the reference order starts (`listByReference`).
public struct ReferenceCursor: Equatable, Sendable {
    public var reference: String?
    public var revision: Int
    public var id: Int64
}

public struct DeclarationPage: Equatable, Sendable {
    public var items: [DeclarationSummary]
    /// Pass as `after` for the next page; nil on the last page.
    public var next: DeclarationCursor?
}

/// A list filter: by status, and a search text matched as it is typed (`DeclarationSearch`): the
/// start of the declaration number, B/L, contract or trader's reference; the trader's customs
/// code or USCC; or any part of a trader's name in the enterprise register.
public struct DeclarationFilter: Equatable, Sendable {
    public var status: DeclarationStatus?
    public var search: String

    public init(status: DeclarationStatus? = nil, search: String = "") {
        self.status = status
        self.search = search
    }
}

/// One declaration with its lanes, their timelines, its audit history and earlier revisions.
public struct DeclarationDetail: Equatable, Sendable {
    public var declaration: Declaration
    public var lanes: [Lane]
    public var laneEvents: [Int64: [LaneEvent]]
    public var history: [AuditEntry]
    public var revisions: [DeclarationRevision]
    /// The one release, once every lane has released.
    public var releasedAt: Date? = nil
    /// The joint inspection of the latest revision that has one, and its booked slot.
    public var jointInspection: JointInspection? = nil
    public var jointSlot: InspectionSlot? = nil
    /// Whether it owes duty at all (levy nature and rates), and the China day it was read on.
    public var duty: DutyLiability = .dutiable
    public var today: String = ""
}

/// A submitted revision as it was sent.
public struct DeclarationRevision: Equatable, Sendable {
    public var revision: Int
    public var savedAt: Date
    public var operatorID: String
    public var reason: String
    public var declaration: Declaration?
}

public enum DeclarationQueries {
    /// The declaration that carries this 18-digit customs number (a unique index), if any.
    public static func id(_ db: Database, number: String) throws -> Int64? {
        try db.scalar("SELECT id FROM declaration WHERE number = ?", [number]).int64
    }

    /// A broker's (or a trader's) declarations, newest first, keyset-paged over an index:
    /// never OFFSET, never the whole table.
    public static func list(_ ws: Workspace, by actor: Operator, filter: DeclarationFilter = DeclarationFilter(),
                            after: DeclarationCursor? = nil, limit: Int = 50) throws -> DeclarationPage {
        var (sql, args) = try listQuery(by: actor, filter: filter, db: ws.db)
        if let after {
            sql += " AND (d.updated_at, d.id) < (?, ?)"
            args += [after.updatedAt, after.id]
        }
        sql += " ORDER BY d.updated_at DESC, d.id DESC LIMIT ?"
        args.append(limit + 1)
        var items = try ws.db.query(sql, args).map(summary(row:))
        var next: DeclarationCursor?
        if items.count > limit {
            items.removeLast()
            if let last = items.last { next = last.cursor }
        }
        return DeclarationPage(items: items, next: next)
    }

    /// The page just before `before` in the same newest-first order (nil: the last page, the
    /// oldest declarations), for paging back and jumping to the end. Walks the same index the
    /// other way and reverses the few rows it read: still no OFFSET.
    public static func list(_ ws: Workspace, by actor: Operator, filter: DeclarationFilter = DeclarationFilter(),
                            before: DeclarationCursor?, limit: Int = 50) throws -> [DeclarationSummary] {
        var (sql, args) = try listQuery(by: actor, filter: filter, db: ws.db)
        if let before {
            sql += " AND (d.updated_at, d.id) > (?, ?)"
            args += [before.updatedAt, before.id]
        }
        sql += " ORDER BY d.updated_at ASC, d.id ASC LIMIT ?"
        args.append(limit)
        return try ws.db.query(sql, args).map(summary(row:)).reversed()
    }

    /// The same declarations in a stable order — trader's reference, then revision (then id) —
    /// for exports that can be diffed from one database to the next; keyset-paged over the
    /// owner's (owner, reference, revision, id) index. Declarations without a reference come first.
    public static func listByReference(_ ws: Workspace, by actor: Operator, filter: DeclarationFilter = DeclarationFilter(),
                                       after: ReferenceCursor? = nil, limit: Int = 200) throws -> (items: [DeclarationSummary], next: ReferenceCursor?) {
        var (sql, args) = try listQuery(by: actor, filter: filter, db: ws.db)
        if let after {
            if let ref = after.reference {
                sql += " AND d.trader_ref IS NOT NULL AND (d.trader_ref, d.revision, d.id) > (?, ?, ?)"
                args += [ref, after.revision, after.id]
            } else {
                sql += " AND ((d.trader_ref IS NULL AND d.id > ?) OR d.trader_ref IS NOT NULL)"
                args.append(after.id)
            }
        }
        sql += " ORDER BY d.trader_ref, d.revision, d.id LIMIT ?"
        args.append(limit + 1)
        let rows = try ws.db.query(sql, args)
        // The cursor keeps the stored reference as it is (NULL stays nil, "" stays "").
        var items = rows.map { (summary: summary(row: $0), reference: $0.string("trader_ref"), revision: $0.int("revision") ?? 1) }
        var next: ReferenceCursor?
        if items.count > limit {
            items.removeLast()
            if let last = items.last { next = ReferenceCursor(reference: last.reference, revision: last.revision, id: last.summary.id) }
        }
        return (items.map(\.summary), next)
    }

    /// The owner and filter part shared by both paging directions.
    static func listQuery(by actor: Operator, filter: DeclarationFilter, db: Database? = nil) throws -> (String, [any SQLBindable]) {
        let ownerColumn: String
        switch actor.role {
        case .broker: ownerColumn = "broker_id"
        case .trader: ownerColumn = "trader_id"
        default: throw DomainError.notAuthorized(operatorID: actor.id, action: "declaration.list")
        }
        guard let owner = actor.enterpriseID, !owner.isEmpty else {
            throw DomainError.notAuthorized(operatorID: actor.id, action: "declaration.list")
        }
        let search = filter.search.trimmed, searching = !search.isEmpty
        var sql = """
            SELECT d.id, d.number, d.direction, d.scope, d.status, d.trader_id, d.trader_name, d.trader_ref, d.bill_no,
                   d.contract_no, d.updated_at, d.revision,
                   (SELECT count(*) FROM declaration_goods g WHERE g.declaration_id = d.id) AS lines
            FROM declaration d WHERE \(searching ? "+" : "")d.\(ownerColumn) = ?
            """
        var args: [any SQLBindable] = [owner]
        if let status = filter.status {
            sql += " AND \(searching ? "+" : "")d.status = ?"
            args.append(status.rawValue)
        }
        // A search drives the query from the ids its index branches find (the unary + keeps the
        // owner's list index from being walked instead): a page costs the matches, not the list.
        if searching {
            let (ids, idArgs) = try DeclarationSearch.matchingIDs(search, ownerColumn: ownerColumn, owner: owner, db: db)
            sql += " AND d.id IN (\(ids))"
            args += idArgs
        }
        return (sql, args)
    }

    /// One declaration with its lanes (customs, inspection), their events and its history; for
    /// a broker or a trader as `DeclarantView` leaves it (no channel, rules, seed or officer).
    public static func show(_ ws: Workspace, id: Int64, by actor: Operator) throws -> DeclarationDetail {
        try ws.db.read {
            let d = try Declarations.load(ws, id: id, by: actor)
            let (lanes, events) = try Lanes.lanesWithEvents(ws.db, kind: .declaration, caseID: String(id))
            let history = try AuditLog.entries(ws.db, entity: Declarations.entity, entityID: String(id))
            let revisions = try ws.db.query("""
                SELECT * FROM declaration_revision WHERE declaration_id = ? ORDER BY revision LIMIT 100
                """, [id]).map { row in
                DeclarationRevision(revision: row.int("revision") ?? 0,
                                    savedAt: row.string("saved_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0),
                                    operatorID: row.string("operator_id") ?? "", reason: row.string("reason") ?? "",
                                    declaration: DeclarationStore.fromSnapshot(row.string("snapshot") ?? ""))
            }
            let joint = try JointInspections.current(ws.db, declarationID: id)
            let detail = DeclarationDetail(declaration: d, lanes: lanes, laneEvents: events, history: history, revisions: revisions,
                                     releasedAt: try DeclarationRelease.releasedAt(ws.db, declarationID: id),
                                     jointInspection: joint,
                                     jointSlot: try joint?.slotID.flatMap { try InspectionSlots.slot(ws.db, id: $0) },
                                     duty: try DutyRates.liability(ws.db, d), today: ChinaTime.day(ws.now()))
            // The declarant side never learns why it was selected nor which officer decided.
            return DeclarantView.applies(to: actor) ? try DeclarantView.redact(detail, ws.db) : detail
        }
    }

    private static func summary(row: Row) -> DeclarationSummary {
        let updated = row.string("updated_at") ?? ""
        return DeclarationSummary(
            id: row.int64("id") ?? 0, number: row.string("number"),
            direction: DeclarationDirection(rawValue: row.string("direction") ?? "") ?? .import,
            scope: DeclarationScope(rawValue: row.string("scope") ?? "") ?? .customsAndInspection,
            status: DeclarationStatus(rawValue: row.string("status") ?? "") ?? .draft,
            traderID: row.string("trader_id") ?? "", traderName: row.string("trader_name") ?? "",
            traderReference: row.string("trader_ref") ?? "", billNo: row.string("bill_no") ?? "",
            contractNo: row.string("contract_no") ?? "", goodsLines: row.int("lines") ?? 0,
            updatedAt: Timestamp.date(updated) ?? Date(timeIntervalSince1970: 0), updatedAtText: updated)
    }
}
