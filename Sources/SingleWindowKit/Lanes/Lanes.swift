import Foundation
import Store

/// Opening lanes, moving them, reading their timelines. Which moves are legal is each pane's
/// rule set (a `LaneRuleSet`, applied by `LaneEngine`); this type only guarantees that a move is applied once, to the
/// version the officer saw, with its event and audit entry in the same transaction.
public enum Lanes {
    /// Opens one lane per agency for a case, all in `initialState`. Call inside the action's `write`.
    @discardableResult
    public static func open(_ db: Database, kind: CaseKind, caseID: String, agencies: [Agency], initialState: String,
                            at date: Date, by actor: Operator, deadline: Date? = nil,
                            detail: [String: String] = [:]) throws -> [Lane] {
        let now = Timestamp.string(date)
        let detailText = encode(detail)
        return try db.write {
            var opened: [Lane] = []
            for agency in agencies {
                try db.run("""
                    INSERT INTO lane(case_kind, case_id, agency, state, deadline, opened_at, updated_at, detail)
                    VALUES (?,?,?,?,?,?,?,?)
                    """, [kind.rawValue, caseID, agency.rawValue, initialState, deadline.map(Timestamp.string), now, now, detailText])
                let id = db.lastInsertRowID
                try db.run("""
                    INSERT INTO lane_event(lane_id, at, operator_id, action, from_state, to_state, message)
                    VALUES (?,?,?,?,?,?,?)
                    """, [id, now, actor.id, "open", "", initialState, ""])
                try AuditLog.append(db, at: date, by: actor, action: "lane.open", entity: "lane", entityID: String(id),
                                    after: "\(kind.rawValue) \(caseID) \(agency.rawValue) \(initialState)")
                if let lane = try lane(db, id: id) { opened.append(lane) }
            }
            return opened
        }
    }

    public static func lane(_ db: Database, id: Int64) throws -> Lane? {
        try db.queryOne("SELECT * FROM lane WHERE id = ?", [id]).map(Lane.init(row:))
    }

    public static func lanes(_ db: Database, kind: CaseKind, caseID: String) throws -> [Lane] {
        try db.query("SELECT * FROM lane WHERE case_kind = ? AND case_id = ? ORDER BY id", [kind.rawValue, caseID]).map(Lane.init(row:))
    }

    public static func lane(_ db: Database, kind: CaseKind, caseID: String, agency: Agency) throws -> Lane? {
        try db.queryOne("SELECT * FROM lane WHERE case_kind = ? AND case_id = ? AND agency = ?",
                        [kind.rawValue, caseID, agency.rawValue]).map(Lane.init(row:))
    }

    /// A case's lanes, each with its events by lane id (as a case screen shows them).
    public static func lanesWithEvents(_ db: Database, kind: CaseKind,
                                       caseID: String) throws -> (lanes: [Lane], events: [Int64: [LaneEvent]]) {
        let lanes = try Lanes.lanes(db, kind: kind, caseID: caseID)
        var events: [Int64: [LaneEvent]] = [:]
        for lane in lanes { events[lane.id] = try Lanes.events(db, laneID: lane.id) }
        return (lanes, events)
    }

    public static func events(_ db: Database, laneID: Int64, limit: Int = 500) throws -> [LaneEvent] {
        try db.query("SELECT * FROM lane_event WHERE lane_id = ? ORDER BY id LIMIT ?", [laneID, limit]).map(LaneEvent.init(row:))
    }

    /// Moves a lane to `state` if it is still at `expectedVersion`; otherwise refuses with
    /// `staleVersion` so a decision is never applied on top of a change the officer did not see.
    /// `detail` entries are merged into the lane's detail; `claimedBy` nil releases a claim.
    @discardableResult
    public static func transition(_ db: Database, laneID: Int64, expectedVersion: Int64, to state: String,
                                  action: String, message: String = "", detail: [String: String] = [:],
                                  claimedBy: String?? = .none, deadline: Date?? = .none,
                                  at date: Date, by actor: Operator) throws -> Lane {
        try db.write {
            guard let current = try lane(db, id: laneID) else {
                throw DatabaseError.notFound(table: "lane", id: String(laneID))
            }
            guard current.version == expectedVersion else {
                throw DatabaseError.staleVersion(table: "lane", id: String(laneID), expected: expectedVersion, found: current.version)
            }
            var merged = current.detail
            merged.merge(detail) { _, new in new }
            let claim: String? = claimedBy ?? current.claimedBy
            let due: Date? = deadline ?? current.deadline
            let now = Timestamp.string(date)
            let changed = try db.run("""
                UPDATE lane SET state = ?, claimed_by = ?, deadline = ?, detail = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [state, claim, due.map(Timestamp.string), encode(merged), now, laneID, expectedVersion])
            guard changed == 1 else {
                throw DatabaseError.staleVersion(table: "lane", id: String(laneID), expected: expectedVersion, found: nil)
            }
            try db.run("""
                INSERT INTO lane_event(lane_id, at, operator_id, action, from_state, to_state, message)
                VALUES (?,?,?,?,?,?,?)
                """, [laneID, now, actor.id, action, current.state, state, message])
            try AuditLog.append(db, at: date, by: actor, action: "lane.\(action)", entity: "lane", entityID: String(laneID),
                                before: current.state, after: message.isEmpty ? state : "\(state): \(message)")
            guard let updated = try lane(db, id: laneID) else {
                throw DatabaseError.notFound(table: "lane", id: String(laneID))
            }
            return updated
        }
    }

    static func encode(_ detail: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(detail)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
