import Foundation
import Store
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
/// refused with `LaneError.stale`); the rules are `VesselRuleSet`, applied by `LaneEngine`.
public enum VesselClearance {
    /// The agency's electronic release. The maritime lane of a departure releases only after the
    /// other three (`LaneError.gateClosed` names those still open). The fourth
    /// release clears an arrival inward, or issues a departure's port clearance.
    @discardableResult
    public static func release(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64, remark: String = "",
                               by actor: Operator) throws -> ReleaseOutcome {
        try decide(.release, ws, callID: callID, agency: agency, laneVersion: laneVersion, message: remark, by: actor)
    }

    /// The lanes of a call, in the window's order (customs, quarantine, border, maritime).
    public static func lanes(_ db: Database, callID: String) throws -> [Lane] {
        let lanes = try Lanes.lanes(db, kind: .vesselCall, caseID: callID)
        return VesselRuleSet.agencies.compactMap { a in lanes.first { $0.agency == a } }
    }

    /// Applies a decision by name (the pane's keys and `vessels decide`) against `laneVersion`
    /// (what the user saw), or against the lane as it is now when nil (a headless command acts
    /// on the current state).
    @discardableResult
    public static func apply(_ decision: VesselDecision, _ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64?,
                             text: String, by actor: Operator) throws -> ReleaseOutcome? {
        let version: Int64
        if let laneVersion { version = laneVersion } else {
            guard let lane = try lanes(ws.db, callID: callID).first(where: { $0.agency == agency }) else {
                throw DomainError.notFound(entity: "lane", id: "\(callID)/\(agency.rawValue)")
            }
            version = lane.version
        }
        let outcome = try decide(decision, ws, callID: callID, agency: agency, laneVersion: version, message: text, by: actor)
        return decision == .release ? outcome : nil
    }

    /// The rule set for this call (its direction decides the maritime gate).
    public static func engine(_ call: VesselCall) -> LaneEngine<VesselRuleSet> {
        LaneEngine(VesselRuleSet(direction: call.direction))
    }

    // MARK: -

    /// One decision on one lane against `laneVersion` (what the user saw): a query (the lane
    /// waits until the agent answers), the agent's answer, a hold, a reject, a release. The
    /// call-level checks (who, the call's state, a text where one is needed) stay here; the
    /// lane's own (version, rule, gate) and the write are the engine's. The fourth release
    /// clears the call: inward for an arrival, a port clearance for a departure.
    @discardableResult
    public static func decide(_ action: VesselDecision, _ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64,
                              message: String, by actor: Operator) throws -> ReleaseOutcome {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            if action == .answer {
                try VesselAuthority.requireAgent(actor, "vessel.answer", call: call)
            } else {
                try VesselAuthority.requireOfficer(actor, "vessel.\(action.rawValue)", agency: agency)
            }
            guard call.state == .submitted else {
                throw DomainError.invalidTransition(entity: "vessel_call", id: callID, from: call.state.rawValue, action: action.rawValue)
            }
            let engine = engine(call)
            // The text is checked after the lane's own rule, as before: a wrong move says so first.
            if action.needsText, message.trimmed.isEmpty,
               let lane = try Lanes.lane(db, kind: .vesselCall, caseID: callID, agency: agency),
               engine.refusal(action, lane: lane, lanes: [], actor: actor, now: now, expectedVersion: laneVersion) == nil {
                throw DomainError.invalid([Problem("message", "problem.required")])
            }
            let detail = action == .release
                ? ["releasedBy": actor.id, "releasedByName": actor.name, "releasedAt": Timestamp.string(now)] : [:]
            let decided = try engine.decide(db, at: now, caseID: callID, agency: agency, action: action, expectedVersion: laneVersion,
                                            message: message, detail: detail, by: actor)
            var clearance: PortClearance?
            if decided.reached, decided.outcome == .cleared {
                try VesselRecords.setState(db, call: call, to: .cleared, expectedVersion: call.version, stamp: "cleared_at", at: now)
                if call.direction == .departure {
                    clearance = try PortClearances.issue(db, callID: callID, at: now, by: actor)
                }
                try AuditLog.append(db, at: now, by: actor, action: "vessel.clear", entity: "vessel_call", entityID: callID,
                                    before: try AuditRowStamp.vesselCall(db, callID, before: VesselCallState.submitted.rawValue),
                                    after: call.direction == .arrival ? "cleared inward"
                                        : "port clearance \(clearance?.facts.number ?? "")")
            }
            return ReleaseOutcome(lane: decided.lane, call: try VesselRecords.require(db, id: callID), portClearance: clearance)
        }
    }
}
