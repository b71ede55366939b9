import Foundation

/// The broker's actions on a declaration that are not a move of one lane: booking (or moving)
/// the joint inspection's appointment (查验电子预约), and amending a declaration returned for
/// correction. Judged here, like the lane actions, so the status page's key bar, its F1 help
/// and a refused key all give the same reason.
public enum BrokerCaseAction: String, CaseIterable, Hashable, Sendable {
    case book
    case amend
}

extension DeclarationDetail {
    /// Each broker case action, available now or with the reason it is not.
    public func brokerActions(actor: Operator) -> [AvailableAction<BrokerCaseAction>] {
        BrokerCaseAction.allCases.map { AvailableAction(action: $0, reason: brokerRefusal($0, actor: actor)) }
    }

    /// Why `actor` may not take `action` on this declaration now, or nil.
    public func brokerRefusal(_ action: BrokerCaseAction, actor: Operator) -> LaneReason? {
        guard actor.role == .broker else { return .role() }
        let status = declaration.status
        switch action {
        case .book:
            if releasedAt != nil { return LaneReason("lane.reason.caseState", ["released"]) }
            guard status == .submitted else { return LaneReason("lane.reason.caseState", [status.rawValue]) }
            // Booking, or moving the booking, must still change something: an inspection of this
            // revision, its result not yet recorded.
            guard let joint = jointInspection, joint.revision == declaration.revision else { return LaneReason("lane.reason.noInspection") }
            guard joint.results.isEmpty else { return LaneReason("review.reason.inspected") }
            return nil
        case .amend:
            return status == .returned ? nil : LaneReason("lane.reason.caseState", [status.rawValue])
        }
    }
}
