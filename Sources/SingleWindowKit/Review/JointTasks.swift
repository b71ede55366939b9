import Foundation
import Store

/// A booked appointment: the slot's day (YYYY-MM-DD) and start (HH:MM).
public struct Appointment: Equatable, Hashable, Sendable {
    public var day: String
    public var start: String
}

/// One line of the task list: the task, its declaration, its appointment and who has recorded.
public struct JointTaskRow: Equatable, Sendable {
    public var jointID: Int64
    public var declarationID: Int64
    public var number: String?
    public var billNo: String
    public var traderName: String
    public var place: String
    public var items: [JointInspection.Item]
    public var appointment: Appointment?
    public var bookedBy: String?
    public var results: [Agency: String]
    public var releasedAt: Date?
    public var cursor: JointTaskCursor

    /// The agencies that asked for something, in the catalogue's order.
    public var agencies: [Agency] { Agency.allCases.filter { a in items.contains { $0.agencies.contains(a) } } }
    public var isReleased: Bool { releasedAt != nil }
    /// An agency in the task that has not recorded its result yet.
    public func isDue(_ agency: Agency) -> Bool { agencies.contains(agency) && results[agency] == nil }

    init(row: Row) {
        jointID = row.int64("id") ?? 0
        declarationID = row.int64("declaration_id") ?? 0
        number = row.string("number")
        billNo = row.string("bill_no") ?? ""
        traderName = row.string("trader_name") ?? ""
        place = row.string("place") ?? ""
        items = (try? JSONDecoder().decode([JointInspection.Item].self, from: Data((row.string("items") ?? "[]").utf8))) ?? []
        if let day = row.string("slot_day"), let start = row.string("slot_start") {
            appointment = Appointment(day: day, start: start)
        }
        bookedBy = appointment == nil ? nil : row.string("booked_by")
        var results: [Agency: String] = [:]
        if let json = row.string("results"),
           let decoded = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8)) {
            for (key, value) in decoded { if let a = Agency(rawValue: key) { results[a] = value } }
        }
        self.results = results
        releasedAt = row.string("released_at").flatMap(Timestamp.date)
        cursor = JointTaskCursor(key: row.string("task_sort") ?? "", id: jointID)
    }
}

public enum JointTaskBooking: String, CaseIterable, Sendable {
    case all
    case booked
    case unbooked
}

/// What to list. Officers see their own agency's tasks (nil means theirs); a trainer any agency's,
/// or every task with nil.
public struct JointTaskFilter: Equatable, Sendable {
    public var agency: Agency?
    public var booking: JointTaskBooking
    /// Only tasks whose result is still due from `agency` (with no agency: from any agency in it).
    public var due: Bool
    /// Only tasks booked on this day (YYYY-MM-DD).
    public var day: String?

    public init(agency: Agency? = nil, booking: JointTaskBooking = .all, due: Bool = false, day: String? = nil) {
        self.agency = agency; self.booking = booking; self.due = due; self.day = day
    }
}

public enum JointTaskPosition: Equatable, Sendable {
    case first
    case last
    case after(JointTaskCursor)
    case before(JointTaskCursor)
}

public struct JointTaskPage: Equatable, Sendable {
    public var rows: [JointTaskRow]
    public var hasPrevious: Bool
    public var hasNext: Bool

    public var firstCursor: JointTaskCursor? { rows.first?.cursor }
    public var lastCursor: JointTaskCursor? { rows.last?.cursor }
}

/// The joint-inspection task list (查验电子预约): an officer's tasks in appointment order, booked
/// ones by slot day and start, then unbooked ones by creation, ties by task id. Keyset pages over
/// the `joint_inspection_task` index (see `ReviewTaskSchema`), never OFFSET. Booking and the day
/// are ranges of the sort key; agency and "due" are checked on the rows the index walk reaches.
/// Only a declaration's current revision counts, and a withdrawn declaration's task is gone.
public enum JointTasks {
    static let bookedPrefix = "b:"
    static let unbookedPrefix = "u:"

    /// The sort key of a task booked into `slot`.
    static func sortKey(day: String, start: String) -> String { bookedPrefix + day + "T" + start }
    /// The sort key of an unbooked task created at `createdAt` (the stored text).
    static func sortKey(createdAt: String) -> String { unbookedPrefix + createdAt }

    public static func page(_ ws: Workspace, filter: JointTaskFilter, position: JointTaskPosition = .first, limit: Int = 20,
                            by actor: Operator) throws -> JointTaskPage {
        let filter = try authorize(filter, actor)
        let limit = max(1, min(limit, 1000))
        return try ws.db.read { try page(ws.db, filter: filter, position: position, limit: limit) }
    }

    /// How many tasks the view holds, counted up to `cap`.
    public static func count(_ ws: Workspace, filter: JointTaskFilter, cap: Int = 10_000, by actor: Operator) throws -> Int {
        let filter = try authorize(filter, actor)
        let (whereSQL, args) = conditions(filter)
        return try ws.db.scalar("SELECT count(*) FROM (SELECT 1 FROM \(from(filter)) WHERE \(whereSQL) LIMIT ?)", args + [cap]).int ?? 0
    }

    static func page(_ db: Database, filter: JointTaskFilter, position: JointTaskPosition, limit: Int) throws -> JointTaskPage {
        let (whereSQL, args) = conditions(filter)
        var forward = true
        var bound: (op: String, cursor: JointTaskCursor)?
        switch position {
        case .first: break
        case .last: forward = false
        case let .after(c): bound = (">", c)
        case let .before(c): forward = false; bound = ("<", c)
        }
        // The cursor narrows the index range itself: with the view's range as a second bound
        // SQLite would seek from the view's start and skip every row before the cursor.
        let (rangeSQL, rangeArgs) = bound.map { conditions(filter, beyond: $0.cursor, $0.op) } ?? (whereSQL, args)
        var sql = "SELECT \(columns) FROM \(from(filter)) WHERE \(rangeSQL)"
        var all = rangeArgs
        if let bound {
            sql += " AND (j.task_sort, j.id) \(bound.op) (?, ?)"
            all += [bound.cursor.key, bound.cursor.id]
        }
        sql += forward ? " ORDER BY j.task_sort, j.id LIMIT ?" : " ORDER BY j.task_sort DESC, j.id DESC LIMIT ?"
        all.append(limit + 1)
        var rows = try db.query(sql, all).map(JointTaskRow.init(row:))
        let more = rows.count > limit
        if more { rows.removeLast() }
        if !forward { rows.reverse() }
        var page = JointTaskPage(rows: rows, hasPrevious: false, hasNext: false)
        if forward {
            page.hasNext = more
            page.hasPrevious = try rows.first.map { try exists(db, filter, "<", $0.cursor) } ?? false
        } else {
            page.hasPrevious = more
            page.hasNext = try rows.last.map { try exists(db, filter, ">", $0.cursor) } ?? false
        }
        return page
    }

    /// The query plan of the first page, for the test that the list walks its index.
    static func plan(_ db: Database, filter: JointTaskFilter) throws -> [String] {
        let (whereSQL, args) = conditions(filter)
        return try db.query("EXPLAIN QUERY PLAN SELECT \(columns) FROM \(from(filter)) WHERE \(whereSQL) ORDER BY j.task_sort, j.id LIMIT 21",
                            args).compactMap { $0.string("detail") }
    }

    /// The tables, walking the index that serves the view: an agency's "result due" view has a
    /// partial index of just its waiting tasks (migration 7); every other view the task index.
    private static func from(_ f: JointTaskFilter) -> String {
        let index = f.due ? dueIndex(f.agency) ?? "joint_inspection_task" : "joint_inspection_task"
        return "joint_inspection j INDEXED BY \(index)\n" + joins
    }

    private static func dueIndex(_ agency: Agency?) -> String? {
        switch agency {
        case .customs?: return "joint_inspection_due_customs"
        case .inspection?: return "joint_inspection_due_inspection"
        default: return nil
        }
    }

    private static let joins = """
        JOIN declaration d ON d.id = j.declaration_id AND d.revision = j.revision
        LEFT JOIN inspection_slot s ON s.id = j.slot_id
        """

    private static let columns = """
        j.id, j.declaration_id, j.place, j.items, j.booked_by, j.task_sort, d.number, d.bill_no, d.trader_name,
        s.day AS slot_day, s.start AS slot_start,
        (SELECT json_group_object(r.agency, r.result) FROM joint_inspection_result r WHERE r.joint_id = j.id) AS results,
        (SELECT x.released_at FROM declaration_release x WHERE x.declaration_id = j.declaration_id) AS released_at
        """

    private static func exists(_ db: Database, _ filter: JointTaskFilter, _ op: String, _ c: JointTaskCursor) throws -> Bool {
        let (whereSQL, args) = conditions(filter, beyond: c, op)
        return try db.queryOne("SELECT 1 FROM \(from(filter)) WHERE \(whereSQL) AND (j.task_sort, j.id) \(op) (?, ?) LIMIT 1",
                               args + [c.key, c.id]) != nil
    }

    /// Officers get their own agency's view; a trainer whatever it asks; anyone else nothing.
    private static func authorize(_ filter: JointTaskFilter, _ actor: Operator) throws -> JointTaskFilter {
        try Authority.require(actor, "inspection.tasks", roles: [.customsOfficer, .inspectionOfficer, .trainer])
        if actor.role == .trainer { return filter }
        let own = try Review.officerAgency(actor)
        if let asked = filter.agency, asked != own { throw ReviewError.wrongAgency(operatorID: actor.id, agency: asked) }
        var mine = filter
        mine.agency = own
        return mine
    }

    /// The view's WHERE clause. Its range on `task_sort` (the day, booked or unbooked) is one
    /// lower and one upper bound, tightened to the cursor when there is one (`>` pages after
    /// it, `<` before), so the index seek starts at the cursor.
    private static func conditions(_ f: JointTaskFilter, beyond cursor: JointTaskCursor? = nil,
                                   _ op: String = ">") -> (String, [any SQLBindable]) {
        // Withdrawn: every open lane moved to withdrawn, one probe of the queue's declaration index.
        var parts = ["NOT EXISTS (SELECT 1 FROM review_queue q WHERE q.declaration_id = j.declaration_id AND q.state = 'withdrawn')"]
        var args: [any SQLBindable] = []
        var lower: String?
        var upper: (key: String, inclusive: Bool)?
        if let day = f.day {
            lower = bookedPrefix + day + "T"
            upper = (bookedPrefix + day + "U", false)
        } else {
            switch f.booking {
            case .all: break
            case .booked: lower = bookedPrefix; upper = ("b;", false)
            case .unbooked: lower = unbookedPrefix
            }
        }
        if let cursor {
            if op == ">" {
                lower = max(lower ?? cursor.key, cursor.key)
            } else if upper.map({ cursor.key < $0.key }) ?? true {
                upper = (cursor.key, true)
            }
        }
        if let lower { parts.append("j.task_sort >= ?"); args.append(lower) }
        if let upper { parts.append(upper.inclusive ? "j.task_sort <= ?" : "j.task_sort < ?"); args.append(upper.key) }
        if f.day != nil && f.booking == .unbooked { parts.append("0") }
        let agencies = "SELECT a.value FROM json_each(j.items) i, json_each(i.value, '$.agencies') a"
        if let agency = f.agency {
            if f.due, dueIndex(agency) != nil {
                // The flag implies the agency has items: its partial index is the whole test.
                parts.append("j.\(agency.rawValue)_due = 1")
            } else {
                parts.append("EXISTS (\(agencies) WHERE a.value = ?)")
                args.append(agency.rawValue)
                if f.due { parts.append("0") } // only customs and inspection order inspections
            }
        } else if f.due {
            parts.append("(j.customs_due = 1 OR j.inspection_due = 1)")
        }
        return (parts.joined(separator: " AND "), args)
    }
}
