import Foundation

/// One action with whether it can be taken now: `reason` nil means available.
public struct AvailableAction<Action: Hashable & Sendable>: Hashable, Sendable {
    public var action: Action
    public var reason: LaneReason?
    public var isAvailable: Bool { reason == nil }
}

extension LaneEngine {
    /// Every offered action for `actor` on the case, available now or with the reason it is not:
    /// an officer is judged on the own agency's lane; a party on the lane where the action would
    /// apply (the first such lane, e.g. the one lane a query waits on).
    public func availableActions(_ db: Database, actor: Operator, caseID: String, now: Date) throws -> [AvailableAction<Rules.Action>] {
        availableActions(actor: actor, lanes: try Lanes.lanes(db, kind: rules.kind, caseID: caseID), now: now)
    }

    /// The same over lanes already loaded (a screen's model), so rendering reads no database.
    public func availableActions(actor: Operator, lanes: [Lane], now: Date) -> [AvailableAction<Rules.Action>] {
        availableActions(rules.offered, actor: actor, lanes: lanes, now: now)
    }

    /// The same for chosen actions (a party's own: the broker's pay and withdraw).
    public func availableActions(_ actions: [Rules.Action], actor: Operator, lanes: [Lane], now: Date) -> [AvailableAction<Rules.Action>] {
        actions.map { action in
            AvailableAction(action: action, reason: reason(action, actor: actor, lanes: lanes, now: now))
        }
    }

    /// Why `action` is not available to `actor` on this case now, or nil.
    public func reason(_ action: Rules.Action, actor: Operator, lanes: [Lane], now: Date) -> LaneReason? {
        let candidates: [Lane]
        if rules.actor(action) == .laneOfficer {
            let own = actor.agency == .none ? actor.role.impliedAgency : actor.agency
            candidates = lanes.filter { $0.agency == own }
            if candidates.isEmpty { return actor.role.isOfficer ? .noLane() : .role() }
        } else {
            candidates = lanes
        }
        var first: LaneReason?
        for lane in candidates {
            // Claiming one's own lane again changes nothing: not offered.
            if rules.claim(action) == .take, lane.claimedBy == actor.id, !claimMoves(lane, action) {
                first = first ?? LaneReason("lane.reason.claimedByYou")
                continue
            }
            guard let refusal = refusal(action, lane: lane, lanes: lanes, actor: actor, now: now) else { return nil }
            if first == nil { first = refusal.reason }
        }
        return first ?? .noLane()
    }
}
