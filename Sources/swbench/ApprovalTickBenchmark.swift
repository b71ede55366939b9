import Foundation
import SingleWindowKit

/// The approvals deadline pass over many open lanes: `swbench approvals-tick [--lanes 100000]`.
/// Lays down N open department lanes whose deadlines have all passed (a quarter of them on
/// public-safety items), in one transaction; then times `LaneTick` run to the end (what
/// `singlewindow approvals tick` does), and a second tick, which must change nothing.
enum ApprovalTickBenchmark {
    static func run(options: BenchOptions) throws {
        let count = options.int("lanes", 100_000)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swbench-approvals-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !options.flags.contains("keep") { try? FileManager.default.removeItem(at: dir) } }
        let path = dir.appendingPathComponent("approvals.db").path
        let clock = SettableClock(Timestamp.date("2026-03-02T01:00:00.000Z")!)
        let ws = try Workspace.open(path: path, createAs: .training, clock: clock)
        let departments: [Agency] = [.planning, .land, .fire, .transport]

        let laying = try Measure.seconds {
            _ = try ws.db.write {
                for i in 0..<count {
                    // Due dates spread over the 60 working days before the tick.
                    let due = WorkDay(year: 2026, month: 1, day: 5).adding(days: i % 84)
                    let department = departments[i % departments.count]
                    let detail = "{\"due\":\"\(due)\",\"flagged\":\"\(i % 4 == 2 ? 1 : 0)\",\"items\":\"X\"}"
                    try ws.db.run("""
                        INSERT INTO lane(case_kind, case_id, agency, state, deadline, opened_at, updated_at, detail)
                        VALUES ('approval_stage', ?, ?, 'pending', ?, ?, ?, ?)
                        """, ["B\(i / departments.count)/3", department.rawValue,
                              Timestamp.string(WorkingDayCalendar.deadline(dueOn: due)), "2026-01-01T00:00:00.000Z",
                              "2026-01-01T00:00:00.000Z", detail])
                }
            }
        }
        try ws.db.execute("ANALYZE")
        clock.set(Timestamp.date("2026-04-30T01:00:00.000Z")!)
        var applied = 0, warned = 0
        let first = try Measure.seconds {
            var more = true
            while more {
                let report = try LaneTick.run(ws, budget: 10)
                applied += report.applied; warned += report.warned; more = report.more
            }
        }
        var secondApplied = -1, again = false
        let secondTime = try Measure.seconds {
            let second = try LaneTick.run(ws, budget: 10)
            secondApplied = second.applied
            again = second.applied == 0 && second.warned == 0
        }
        let late = try ws.db.scalar("SELECT count(*) FROM approval_late").int64 ?? 0
        let warnings = try ws.db.scalar("SELECT count(*) FROM approval_warning").int64 ?? 0
        let deemed = try ws.db.scalar("SELECT count(*) FROM lane WHERE state = 'deemed_timeout'").int64 ?? 0
        let escalated = try ws.db.scalar("SELECT count(*) FROM lane WHERE state = 'escalated'").int64 ?? 0
        ws.db.close()
        print("""
        approvals tick over \(count) open lanes with passed deadlines
          laying the lanes (one transaction):  \(String(format: "%.2f", laying)) s
          first tick:                          \(String(format: "%.2f", first)) s  (\(String(format: "%.0f", Double(applied) / max(first, 0.001))) lanes/s)
            moved \(applied) (deemed \(deemed), escalated \(escalated)), left \(warned); late cases \(late), warnings \(warnings)
          second tick:                         \(String(format: "%.3f", secondTime)) s — \(again ? "changed nothing" : "CHANGED \(secondApplied) lanes")
          peak memory:                         \(String(format: "%.0f", Measure.peakResidentMB)) MB
        """)
        if !again { throw BenchError("the second tick was not idempotent") }
    }
}
