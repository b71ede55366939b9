import Foundation

/// What one decision did: the lane as it is now, every lane of the case, and the case's
/// aggregate outcome (`reached`: this decision is the one that reached it).
public struct LaneDecision: Equatable, Sendable {
    public var lane: Lane
    public var lanes: [Lane]
    public var outcome: CaseOutcome?
    public var reached: Bool
}

/// The one decision path under every pane. `decide` checks, in this order, who may act, the
/// claim (or assignment), the version the user saw, the rule for the lane's state, a passed
/// deadline, the rule set's guard and its gate; then writes the move, its lane event and its
/// audit entry in one transaction and computes the case's outcome. Panes never re-implement
/// any of it; they add their own facts (a joint inspection, a port clearance) inside the same
/// transaction after the move.
public struct LaneEngine<Rules: LaneRuleSet>: Sendable {
    public let rules: Rules

    public init(_ rules: Rules) { self.rules = rules }

    /// Decides by the workspace clock.
    @discardableResult
    public func decide(_ ws: Workspace, caseID: String, agency: Agency, action: Rules.Action, expectedVersion: Int64,
                       to target: Rules.State? = nil, message: String = "", detail: [String: String] = [:],
                       by actor: Operator) throws -> LaneDecision {
        try decide(ws.db, at: ws.now(), caseID: caseID, agency: agency, action: action, expectedVersion: expectedVersion,
                   to: target, message: message, detail: detail, by: actor)
    }

    /// The same inside a caller's transaction that already read the clock (one instant for
    /// everything one user action writes). `target` overrides the rule's state where the
    /// rule set lets the caller choose (routing on receipt); the action must still be allowed.
    /// `recordedAs` names on the event and audit entry the person behind a system move.
    @discardableResult
    public func decide(_ db: Database, at now: Date, caseID: String, agency: Agency, action: Rules.Action,
                       expectedVersion: Int64, to target: Rules.State? = nil, message: String = "",
                       detail: [String: String] = [:], deadline: Date?? = .none, by actor: Operator,
                       recordedAs: Operator? = nil) throws -> LaneDecision {
        try db.write {
            let before = try Lanes.lanes(db, kind: rules.kind, caseID: caseID)
            guard let lane = before.first(where: { $0.agency == agency }) else {
                throw DomainError.notFound(entity: "lane", id: "\(caseID)/\(agency.rawValue)")
            }
            // Claiming a lane one already holds changes nothing (and needs no fresh version) —
            // unless the claim starts the review (a resubmitted lane the officer kept).
            if rules.claim(action) == .take, lane.claimedBy == actor.id, !claimMoves(lane, action) {
                return decision(lane, before, before)
            }
            if let refusal = refusal(action, lane: lane, lanes: before, actor: actor, now: now, expectedVersion: expectedVersion) {
                throw refusal
            }
            let from = Rules.State(rawValue: lane.state)
            let to = target ?? from.flatMap { rules.next(from: $0, action: action, agency: agency) } ?? from
            let claim: String?? = switch rules.claim(action) {
            case .take: .some(actor.id)
            case .giveBack: .some(nil)
            case .none, .required: .none
            }
            let moved: Lane
            do {
                moved = try Lanes.transition(db, laneID: lane.id, expectedVersion: expectedVersion, to: to?.rawValue ?? lane.state,
                                             action: action.rawValue, message: message, detail: detail, claimedBy: claim,
                                             deadline: deadline, at: now, by: recordedAs ?? actor)
            } catch let DatabaseError.staleVersion(_, _, expected, found) {
                throw LaneError.stale(LaneRef(lane), seen: expected, now: found)
            }
            let after = try Lanes.lanes(db, kind: rules.kind, caseID: caseID)
            return decision(moved, before, after)
        }
    }

    /// Why `actor` may not take `action` on `lane` now, or nil. The key bar, the help, a refused
    /// key and `decide` all ask this one function. `expectedVersion` nil: the lane as it is.
    public func refusal(_ action: Rules.Action, lane: Lane, lanes: [Lane], actor: Operator, now: Date,
                        expectedVersion: Int64? = nil) -> LaneError? {
        let ref = LaneRef(lane)
        func notAllowed(_ reason: LaneReason) -> LaneError {
            .notAllowed(ref, state: lane.state, action: action.rawValue, reason: reason)
        }
        // The system (routing, a green lane released on payment, a deadline) takes any move the
        // rules allow: who and the claim are people's questions.
        let system = actor.id == Operator.system.id
        switch system ? .system : rules.actor(action) {
        case .laneOfficer:
            guard actor.role.isOfficer else { return notAllowed(.role()) }
            let own = actor.agency == .none ? actor.role.impliedAgency : actor.agency
            guard own == lane.agency else { return notAllowed(.notYourLane(lane.agency)) }
        case let .party(roles):
            guard roles.contains(actor.role) else { return notAllowed(.role()) }
        case .system:
            guard actor.id == Operator.system.id else { return notAllowed(.role()) }
        }
        switch system ? .none : rules.claim(action) {
        case .take:
            if let holder = lane.claimedBy, holder != actor.id { return .claimedBySomeoneElse(ref, login: holder) }
            if let assignee = lane.assignedTo, assignee != actor.id { return .claimedBySomeoneElse(ref, login: assignee) }
        case .required, .giveBack:
            guard let holder = lane.claimedBy else { return .notClaimed(ref) }
            if holder != actor.id { return .claimedBySomeoneElse(ref, login: holder) }
        case .none:
            if !system, rules.actor(action) == .laneOfficer, let assignee = lane.assignedTo, assignee != actor.id {
                return .claimedBySomeoneElse(ref, login: assignee)
            }
        }
        if let expectedVersion, expectedVersion != lane.version {
            return .stale(ref, seen: expectedVersion, now: lane.version)
        }
        guard let state = Rules.State(rawValue: lane.state), rules.next(from: state, action: action, agency: lane.agency) != nil else {
            return notAllowed(.state(lane.state))
        }
        if let deadline = lane.deadline, deadline <= now, rules.deadlineAction(state, lane: lane) != nil, !system {
            return .deadlinePassed(ref, deadline: deadline)
        }
        if let reason = rules.guardReason(action, lane: lane, lanes: lanes, now: now) { return notAllowed(reason) }
        let open = rules.gate(action, lane: lane, lanes: lanes)
        if !open.isEmpty { return .gateClosed(ref, openLanes: open.map { .init(agency: $0.agency, state: $0.state) }) }
        return nil
    }

    /// Whether taking the claim moves the lane (claiming from `received` starts the review).
    func claimMoves(_ lane: Lane, _ action: Rules.Action) -> Bool {
        guard let from = Rules.State(rawValue: lane.state), let to = rules.next(from: from, action: action, agency: lane.agency) else {
            return false
        }
        return to != from
    }

    /// The case's aggregate outcome now.
    public func outcome(_ db: Database, caseID: String) throws -> CaseOutcome? {
        rules.outcome(try Lanes.lanes(db, kind: rules.kind, caseID: caseID))
    }

    private func decision(_ lane: Lane, _ before: [Lane], _ after: [Lane]) -> LaneDecision {
        let outcome = rules.outcome(after)
        return LaneDecision(lane: lane, lanes: after, outcome: outcome, reached: outcome != nil && rules.outcome(before) == nil)
    }
}
