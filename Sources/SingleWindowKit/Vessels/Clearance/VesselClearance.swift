import Foundation
import TextWidth

/// What a release did besides moving its lane: an arrival cleared inward, a departure's port
/// clearance issued.
public struct ReleaseOutcome: Equatable, Sendable {
    public var lane: Lane
    public var call: VesselCall
    /// Issued in the same transaction as the last release of a departure.
    public var portClearance: PortClearance?
}

/// The officers' side of a call, and the agent's answer to a query. Each officer acts only on
/// the lane of their own agency, against the lane version they saw (a stale decision is
/// refused with `DatabaseError.staleVersion`).
public enum VesselClearance {
    static let rules = VesselLaneRules()

    /// Asks the agent a question; the lane waits in `query` until it is answered.
    @discardableResult
    public static func query(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64, question: String,
                             by actor: Operator) throws -> Lane {
        try decide(ws, callID: callID, agency: agency, laneVersion: laneVersion, action: "query", message: question, by: actor).lane
    }

    /// The agent's answer: the lane returns to the officer (`pending`), the answer in its timeline.
    @discardableResult
    public static func answer(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64, answer: String,
                              by actor: Operator) throws -> Lane {
        try decide(ws, callID: callID, agency: agency, laneVersion: laneVersion, action: "answer", message: answer, by: actor).lane
    }

    @discardableResult
    public static func hold(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64, reason: String,
                            by actor: Operator) throws -> Lane {
        try decide(ws, callID: callID, agency: agency, laneVersion: laneVersion, action: "hold", message: reason, by: actor).lane
    }

    @discardableResult
    public static func reject(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64, reason: String,
                              by actor: Operator) throws -> Lane {
        try decide(ws, callID: callID, agency: agency, laneVersion: laneVersion, action: "reject", message: reason, by: actor).lane
    }

    /// The agency's electronic release. The maritime lane of a departure releases only after the
    /// other three (`VesselError.maritimeWaitsForOthers` names those still open). The fourth
    /// release clears an arrival inward, or issues a departure's port clearance.
    @discardableResult
    public static func release(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64, remark: String = "",
                               by actor: Operator) throws -> ReleaseOutcome {
        try decide(ws, callID: callID, agency: agency, laneVersion: laneVersion, action: "release", message: remark, by: actor)
    }

    /// The lanes of a call, in the window's order (customs, quarantine, border, maritime).
    public static func lanes(_ db: Database, callID: String) throws -> [Lane] {
        let lanes = try Lanes.lanes(db, kind: .vesselCall, caseID: callID)
        return VesselLaneRules.agencies.compactMap { a in lanes.first { $0.agency == a } }
    }

    // MARK: -

    private static let needsMessage: Set<String> = ["query", "answer", "hold", "reject"]

    private static func decide(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64, action: String,
                               message: String, by actor: Operator) throws -> ReleaseOutcome {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            if action == "answer" {
                try VesselAuthority.requireAgent(actor, "vessel.answer", call: call)
            } else {
                try VesselAuthority.requireOfficer(actor, "vessel.\(action)", agency: agency)
            }
            guard call.state == .submitted else {
                throw DomainError.invalidTransition(entity: "vessel_call", id: callID, from: call.state.rawValue, action: action)
            }
            guard let lane = try Lanes.lane(db, kind: .vesselCall, caseID: callID, agency: agency) else {
                throw DomainError.notFound(entity: "lane", id: "\(callID)/\(agency.rawValue)")
            }
            guard lane.version == laneVersion else {
                throw DatabaseError.staleVersion(table: "lane", id: String(lane.id), expected: laneVersion, found: lane.version)
            }
            guard let next = rules.next(from: lane.state, action: action, agency: agency) else {
                throw DomainError.invalidTransition(entity: "lane", id: "\(callID)/\(agency.rawValue)", from: lane.state, action: action)
            }
            if needsMessage.contains(action), message.trimmed.isEmpty {
                throw DomainError.invalid([Problem("message", "problem.required")])
            }
            if action == "release", agency == .maritime, call.direction == .departure {
                let open = VesselLaneRules.maritimeGate(try Lanes.lanes(db, kind: .vesselCall, caseID: callID))
                if !open.isEmpty {
                    throw VesselError.maritimeWaitsForOthers(open: open.map { .init(agency: $0.agency, state: $0.state) })
                }
            }
            var detail: [String: String] = [:]
            if action == "release" {
                detail = ["releasedBy": actor.id, "releasedByName": actor.name, "releasedAt": Timestamp.string(now)]
            }
            let moved = try Lanes.transition(db, laneID: lane.id, expectedVersion: laneVersion, to: next, action: action,
                                             message: message, detail: detail, at: now, by: actor)
            var clearance: PortClearance?
            if action == "release" {
                let all = try Lanes.lanes(db, kind: .vesselCall, caseID: callID)
                if all.count == VesselLaneRules.agencies.count, all.allSatisfy({ $0.state == VesselLaneState.released.rawValue }) {
                    try VesselRecords.setState(db, call: call, to: .cleared, expectedVersion: call.version, stamp: "cleared_at", at: now)
                    if call.direction == .departure {
                        clearance = try PortClearances.issue(db, callID: callID, at: now, by: actor)
                    }
                    try AuditLog.append(db, at: now, by: actor, action: "vessel.clear", entity: "vessel_call", entityID: callID,
                                        before: VesselCallState.submitted.rawValue,
                                        after: call.direction == .arrival ? "cleared inward"
                                            : "port clearance \(clearance?.facts.number ?? "")")
                }
            }
            return ReleaseOutcome(lane: moved, call: try VesselRecords.require(db, id: callID), portClearance: clearance)
        }
    }
}
