import Foundation

extension LaneEngine {
    /// A case action: one action applied to every lane of the case where the rules allow it
    /// (withdraw ends every open lane; a resubmission reopens the returned ones), all in one
    /// transaction, each with its event and audit entry. Lanes where the rule says no are left
    /// as they are; `targets` lets the caller choose the state per agency where the rule set
    /// lets it (routing on receipt). Returns every lane of the case afterwards.
    @discardableResult
    public func decideCase(_ db: Database, at now: Date, caseID: String, action: Rules.Action, message: String = "",
                           detail: [String: String] = [:], targets: [Agency: Rules.State] = [:],
                           by actor: Operator) throws -> LaneDecision? {
        try db.write {
            var last: LaneDecision?
            for lane in try Lanes.lanes(db, kind: rules.kind, caseID: caseID) {
                guard refusal(action, lane: lane, lanes: [], actor: actor, now: now) == nil else { continue }
                last = try decide(db, at: now, caseID: caseID, agency: lane.agency, action: action, expectedVersion: lane.version,
                                  to: targets[lane.agency], message: message, detail: detail, by: actor)
            }
            return last
        }
    }

    /// One lane's part in a case action that names its lanes: the state to go to where the rule
    /// set lets the caller choose (nil: the rule's), and the event's message and detail.
    public struct CaseMove: Sendable {
        public var to: Rules.State?
        public var message: String
        public var detail: [String: String]
        public init(to: Rules.State? = nil, message: String = "", detail: [String: String] = [:]) {
            self.to = to; self.message = message; self.detail = detail
        }
    }

    /// A case action on the lanes the caller names (a resubmission reopens the returned lanes
    /// still in scope; routing on receipt moves the lanes its verdicts send elsewhere), all in
    /// one transaction, each through `decide` with its event and audit entry. Unlike the form
    /// above a named lane the rules refuse is an error, and nothing of the action is kept.
    /// `recordedAs`: the person whose act set off a system move (the broker who resubmitted),
    /// written on its event and audit entry; the rules are checked for `actor`.
    @discardableResult
    public func decideCase(_ db: Database, at now: Date, caseID: String, action: Rules.Action, moves: [Agency: CaseMove],
                           by actor: Operator, recordedAs: Operator? = nil) throws -> [Lane] {
        try db.write {
            for lane in try Lanes.lanes(db, kind: rules.kind, caseID: caseID) {
                guard let move = moves[lane.agency] else { continue }
                try decide(db, at: now, caseID: caseID, agency: lane.agency, action: action, expectedVersion: lane.version,
                           to: move.to, message: move.message, detail: move.detail, by: actor, recordedAs: recordedAs)
            }
            return try Lanes.lanes(db, kind: rules.kind, caseID: caseID)
        }
    }

    /// Hands a lane to a named operator (nil: back to the whole agency). Only that operator may
    /// then claim or decide it. Against the version the assigner saw, with event and audit.
    /// The assigner is the system, a trainer, a role the rule set names (the regulator publishing
    /// a draw), or an officer of the lane's own agency;
    /// the assignee an active operator of that agency; the lane still open and its claim, if
    /// any, the assignee's (a claim held by someone else is given back first).
    @discardableResult
    public func assign(_ ws: Workspace, caseID: String, agency: Agency, to login: String?, expectedVersion: Int64,
                       by actor: Operator) throws -> Lane {
        let db = ws.db, now = ws.now()
        return try db.write {
            guard let lane = try Lanes.lane(db, kind: rules.kind, caseID: caseID, agency: agency) else {
                throw DomainError.notFound(entity: "lane", id: "\(caseID)/\(agency.rawValue)")
            }
            if let reason = try assignmentRefusal(db, lane, to: login, by: actor) {
                throw LaneError.notAllowed(LaneRef(lane), state: lane.state, action: "assign", reason: reason)
            }
            if let holder = lane.claimedBy, holder != login { throw LaneError.claimedBySomeoneElse(LaneRef(lane), login: holder) }
            guard lane.version == expectedVersion else { throw LaneError.stale(LaneRef(lane), seen: expectedVersion, now: lane.version) }
            let at = Timestamp.string(now)
            let changed = try db.run("UPDATE lane SET assigned_to = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                                     [login, at, lane.id, expectedVersion])
            guard changed == 1 else { throw LaneError.stale(LaneRef(lane), seen: expectedVersion, now: nil) }
            try db.run("""
                INSERT INTO lane_event(lane_id, at, operator_id, action, from_state, to_state, message) VALUES (?,?,?,?,?,?,?)
                """, [lane.id, at, actor.id, "assign", lane.state, lane.state, login ?? ""])
            try AuditLog.append(db, at: now, by: actor, action: "lane.assign", entity: "lane", entityID: String(lane.id),
                                before: lane.assignedTo ?? "", after: login ?? "")
            guard let updated = try Lanes.lane(db, id: lane.id) else { throw DomainError.notFound(entity: "lane", id: String(lane.id)) }
            return updated
        }
    }

    /// Sets or clears a lane's deadline (a stage's statutory days), with event and audit.
    @discardableResult
    public func setDeadline(_ db: Database, at now: Date, caseID: String, agency: Agency, deadline: Date?,
                            expectedVersion: Int64, by actor: Operator) throws -> Lane {
        try db.write {
            guard let lane = try Lanes.lane(db, kind: rules.kind, caseID: caseID, agency: agency) else {
                throw DomainError.notFound(entity: "lane", id: "\(caseID)/\(agency.rawValue)")
            }
            do {
                return try Lanes.transition(db, laneID: lane.id, expectedVersion: expectedVersion, to: lane.state, action: "deadline",
                                            message: deadline.map(Timestamp.string) ?? "", deadline: .some(deadline), at: now, by: actor)
            } catch let DatabaseError.staleVersion(_, _, expected, found) {
                throw LaneError.stale(LaneRef(lane), seen: expected, now: found)
            }
        }
    }
}
