import Foundation

/// What one tick did.
public struct LaneTickReport: Equatable, Codable, Sendable {
    /// Lanes moved by their rule set's outcome on timeout.
    public var applied: Int = 0
    /// Lanes past their deadline whose rule set gives no outcome (the deadline only warns).
    public var warned: Int = 0
    /// True when the time budget ran out with passed lanes left: the next tick continues.
    public var more: Bool = false
}

/// Passed deadlines, applied by the store's clock. Idempotent: a lane moved by its deadline
/// has the deadline cleared in the same write, so running it again changes nothing. Exactly at
/// the deadline counts as passed; a second before does not. Works in batches, one transaction
/// each, and stops when `budget` (real seconds) is spent, so the workstation can call it on
/// every idle refresh without a pause a person would notice.
public enum LaneTick {
    /// The rule sets whose deadlines the product applies (declarations and vessel calls define
    /// no outcome on timeout; approval stages deem agreement or escalate).
    public static let ruleSets: [any LaneRuleSet] = [DeclarationRuleSet(), VesselRuleSet(direction: .arrival), ApprovalRuleSet(),
                                                         JointInspectionRuleSet()]

    static let batchSize = 100

    @discardableResult
    public static func run(_ ws: Workspace, now: Date? = nil, budget: TimeInterval = 0.05,
                           ruleSets: [any LaneRuleSet] = LaneTick.ruleSets) throws -> LaneTickReport {
        let db = ws.db, now = now ?? ws.now(), started = Date()
        let byKind = Dictionary(ruleSets.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        var report = LaneTickReport()
        var after = ("", Int64(0))
        while true {
            let batch = try db.query("""
                SELECT * FROM lane INDEXED BY lane_deadline
                WHERE deadline IS NOT NULL AND deadline <= ? AND (deadline, id) > (?, ?)
                ORDER BY deadline, id LIMIT ?
                """, [Timestamp.string(now), after.0, after.1, batchSize]).map(Lane.init(row:))
            guard let last = batch.last else { return report }
            try db.write {
                for lane in batch {
                    guard let rules = byKind[lane.caseKind] else { report.warned += 1; continue }
                    if try apply(rules, lane, db, now) { report.applied += 1 } else { report.warned += 1 }
                }
            }
            after = (last.deadline.map(Timestamp.string) ?? "", last.id)
            if batch.count < batchSize { return report }
            if Date().timeIntervalSince(started) >= budget { report.more = true; return report }
        }
    }

    /// Moves one lane by its rule set's outcome on timeout; false when there is none.
    private static func apply<R: LaneRuleSet>(_ rules: R, _ lane: Lane, _ db: Database, _ now: Date) throws -> Bool {
        guard let state = R.State(rawValue: lane.state), let action = rules.deadlineAction(state, lane: lane),
              let next = rules.next(from: state, action: action, agency: lane.agency) else { return false }
        _ = try LaneEngine(rules).decide(db, at: now, caseID: lane.caseID, agency: lane.agency, action: action,
                                         expectedVersion: lane.version, to: next,
                                         message: "deadline " + (lane.deadline.map(Timestamp.string) ?? ""),
                                         deadline: .some(nil), by: .system)  // applied once: the deadline goes with it
        return true
    }
}
