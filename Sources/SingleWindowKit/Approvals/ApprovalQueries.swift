import Foundation
import Store

/// A department's lane as its queue and the stage board show it.
public struct DepartmentLaneRow: Equatable, Sendable {
    public var lane: Lane
    public var projectID: String
    public var projectName: String
    public var stage: ApprovalStage
    public var due: WorkDay?
    /// Working days from today to the due date (0 on the due day; negative: late).
    public var daysLeft: Int?
    public var provisionalYear: String
    public var flagged: Bool
    public var state: ApprovalLaneState? { ApprovalLaneState(rawValue: lane.state) }
}

/// An efficiency warning (行政效能告诫) as recorded.
public struct EfficiencyWarning: Equatable, Codable, Sendable {
    public var department: String
    /// "2026-03" (a month) or "2026-Q1" (a quarter).
    public var period: String
    public var cases: [String]
    public var at: String
}

/// Where a department's queue page starts: the lane's deadline (or "9999" without one) and id.
public struct ApprovalQueueCursor: Hashable, Sendable {
    public var deadline: String
    public var id: Int64
    public init(deadline: String, id: Int64) { self.deadline = deadline; self.id = id }
    public init(_ lane: Lane) { self.init(deadline: lane.deadline.map(Timestamp.string) ?? "9999", id: lane.id) }
}

public enum ApprovalQueries {
    /// Working days left until `due` seen from `today`: 0 on the due day, negative once past.
    public static func daysLeft(_ calendar: WorkingDayCalendar, today: WorkDay, due: WorkDay) -> Int {
        due >= today ? calendar.workingDays(after: today, through: due) : -calendar.workingDays(after: due, through: today)
    }

    static func row(_ db: Database, _ lane: Lane, _ calendar: WorkingDayCalendar, _ today: WorkDay,
                    projectName: String? = nil) throws -> DepartmentLaneRow {
        let parsed = ApprovalCase.parse(lane.caseID)
        let name = try projectName
            ?? db.queryOne("SELECT name FROM approval_project WHERE id = ?", [parsed?.projectID ?? ""])?.string("name") ?? ""
        let due = lane.detail["due"].flatMap(WorkDay.init)
        let open = lane.state == ApprovalLaneState.pending.rawValue
        return DepartmentLaneRow(lane: lane, projectID: parsed?.projectID ?? "", projectName: name, stage: parsed?.stage ?? .siteAndLand,
                                 due: due, daysLeft: open ? due.map { daysLeft(calendar, today: today, due: $0) } : nil,
                                 provisionalYear: lane.detail["provisional"] ?? "", flagged: ApprovalRuleSet.isFlagged(lane))
    }

    /// A department's open lanes (pending, supplements, escalated), soonest deadline first; a
    /// keyset page after (`deadline`, `id`) — a lane with no deadline sorts last.
    public static func queue(_ ws: Workspace, department: Agency, after: (deadline: String, id: Int64)? = nil,
                             limit: Int = 50) throws -> [DepartmentLaneRow] {
        try queue(ws, department: department, from: after.map { ApprovalQueueCursor(deadline: $0.deadline, id: $0.id) },
                  forward: true, limit: limit)
    }

    /// A keyset page either way from a cursor (nil: from the start, or from the end backwards),
    /// returned in queue order.
    public static func queue(_ ws: Workspace, department: Agency, from cursor: ApprovalQueueCursor?, forward: Bool,
                             limit: Int) throws -> [DepartmentLaneRow] {
        let db = ws.db, calendar = try ApprovalCalendar.load(db), today = WorkDay(ws.now())
        let key = "(coalesce(deadline, '9999'), lane.id)"
        // The single-column bound lets SQLite seek the partial index; the row value then skips
        // the rows of the cursor's own deadline up to its id.
        let condition = cursor == nil ? "" : forward
            ? "AND coalesce(deadline, '9999') >= ? AND \(key) > (?, ?)" : "AND coalesce(deadline, '9999') <= ? AND \(key) < (?, ?)"
        var args: [any SQLBindable] = [department.rawValue]
        if let cursor { args += [cursor.deadline, cursor.deadline, cursor.id] }
        args.append(limit)
        // The project's name comes with the page (one query, not one per row).
        var rows = try db.query("""
            SELECT lane.*, approval_project.name AS project_name FROM lane
            LEFT JOIN approval_project ON approval_project.id = substr(lane.case_id, 1, instr(lane.case_id, '/') - 1)
            WHERE case_kind = 'approval_stage' AND agency = ? AND state IN ('pending','supplements','escalated')
              \(condition) ORDER BY coalesce(deadline, '9999') \(forward ? "" : "DESC"), lane.id \(forward ? "" : "DESC") LIMIT ?
            """, args)
        if !forward { rows.reverse() }
        return try rows.map { try row(db, Lane(row: $0), calendar, today, projectName: $0.string("project_name") ?? "") }
    }

    /// Every lane of a stage with its days left.
    public static func lanes(_ ws: Workspace, caseID: String) throws -> [DepartmentLaneRow] {
        let db = ws.db, calendar = try ApprovalCalendar.load(db), today = WorkDay(ws.now())
        return try Lanes.lanes(db, kind: .approvalStage, caseID: caseID).map { try row(db, $0, calendar, today) }
    }

    /// Working days a stage has taken: from acceptance to its decision (or today).
    public static func elapsed(_ calendar: WorkingDayCalendar, _ stage: ProjectStage, today: WorkDay) -> Int? {
        guard let accepted = stage.acceptedDay else { return nil }
        return calendar.workingDays(after: accepted, through: stage.decidedDay ?? today)
    }

    public static func warnings(_ db: Database, department: Agency? = nil) throws -> [EfficiencyWarning] {
        try db.query("""
            SELECT * FROM approval_warning WHERE ? = '' OR department = ? ORDER BY at DESC, id DESC LIMIT 500
            """, [department?.rawValue ?? "", department?.rawValue ?? ""]).map {
            EfficiencyWarning(department: $0.string("department") ?? "", period: $0.string("period") ?? "",
                              cases: ($0.string("cases") ?? "").split(separator: " ").map(String.init), at: $0.string("at") ?? "")
        }
    }

    /// Late cases of a department in a month ("2026-03") — how close it is to a warning.
    public static func lateCount(_ db: Database, department: Agency, month: String) throws -> Int {
        try db.queryOne("SELECT count(*) AS n FROM approval_late WHERE department = ? AND month = ?",
                        [department.rawValue, month])?.int("n") ?? 0
    }

    /// Open lanes whose deadline was counted through a year with no notice loaded.
    public static func provisionalLanes(_ db: Database) throws -> [Lane] {
        try db.query("""
            SELECT * FROM lane WHERE case_kind = 'approval_stage' AND coalesce(json_extract(detail, '$.provisional'), '') <> ''
              AND state IN ('pending','supplements') ORDER BY id LIMIT 500
            """).map(Lane.init(row:))
    }
}
