import Foundation
import Store

/// The calendar as stored: the years an administrator loaded. Loading a year recomputes every
/// open lane whose deadline was counted provisionally through it.
public enum ApprovalCalendar {
    public static func load(_ db: Database) throws -> WorkingDayCalendar {
        var years: [Int: CalendarYear] = [:]
        for row in try db.query("SELECT year, source FROM approval_calendar_year") {
            guard let year = row.int("year") else { continue }
            years[year] = CalendarYear(year: year, holidays: [], makeUpDays: [], source: row.string("source") ?? "")
        }
        for row in try db.query("SELECT day, year, kind FROM approval_calendar_day") {
            guard let year = row.int("year"), let day = row.string("day").flatMap(WorkDay.init) else { continue }
            if row.string("kind") == "holiday" { years[year]?.holidays.insert(day) } else { years[year]?.makeUpDays.insert(day) }
        }
        return WorkingDayCalendar(years: Array(years.values))
    }

    /// Stores a year's notice (replacing that year) and recomputes the deadlines counted
    /// provisionally through it; returns how many lanes were recomputed. One transaction.
    @discardableResult
    public static func store(_ ws: Workspace, _ year: CalendarYear, by actor: Operator) throws -> Int {
        try Authority.require(actor, "load the working-day calendar", roles: [.approvalWindow, .trainer])
        let db = ws.db, now = ws.now()
        return try db.write {
            try db.run("DELETE FROM approval_calendar_year WHERE year = ?", [year.year])
            try db.run("DELETE FROM approval_calendar_day WHERE year = ?", [year.year])
            try db.run("INSERT INTO approval_calendar_year(year, source, loaded_at, loaded_by) VALUES (?,?,?,?)",
                       [year.year, year.source, Timestamp.string(now), actor.id])
            for day in year.holidays.sorted() {
                try db.run("INSERT INTO approval_calendar_day(day, year, kind) VALUES (?,?,'holiday')", [day.description, year.year])
            }
            for day in year.makeUpDays.sorted() {
                try db.run("INSERT INTO approval_calendar_day(day, year, kind) VALUES (?,?,'workday')", [day.description, year.year])
            }
            try AuditLog.append(db, at: now, by: actor, action: "approval.calendar.load", entity: "calendar", entityID: String(year.year),
                                after: "\(year.holidays.count) holidays, \(year.makeUpDays.count) make-up days; \(year.source)")
            return try recomputeProvisional(db, year: year.year, at: now, by: actor)
        }
    }

    /// Lanes whose count ran through `year` while it had no notice: counted again from the same
    /// start with the same days, now on the loaded calendar, through the engine.
    static func recomputeProvisional(_ db: Database, year: Int, at now: Date, by actor: Operator) throws -> Int {
        let calendar = try load(db)
        let lanes = try db.query("""
            SELECT * FROM lane WHERE case_kind = 'approval_stage' AND json_extract(detail, '$.provisional') = ?
            """, [String(year)]).map(Lane.init(row:))
        for lane in lanes {
            guard let from = lane.detail["from"].flatMap(WorkDay.init), let count = lane.detail["count"].flatMap(Int.init) else { continue }
            let due = calendar.due(after: from, workingDays: count)
            let detail = ["due": due.day.description, "provisional": due.provisionalYear.map(String.init) ?? ""]
            let deadline: Date?? = lane.deadline == nil ? .none : .some(WorkingDayCalendar.deadline(dueOn: due.day))
            _ = try Lanes.transition(db, laneID: lane.id, expectedVersion: lane.version, to: lane.state, action: "recount",
                                     message: due.day.description, detail: detail, deadline: deadline, at: now, by: actor)
        }
        return lanes.count
    }
}
