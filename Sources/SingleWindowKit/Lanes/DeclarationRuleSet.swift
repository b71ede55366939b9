import Foundation

/// The big-table declaration's lanes (customs and inspection): which action moves which state
/// where, per agency. Only customs assesses and collects duty; the inspection lane goes from its
/// result straight to release. Claiming from `received` starts the review; claiming in a later
/// state keeps the state. Officers claim before deciding; the broker pays and withdraws; the
/// system routes on receipt and reopens a returned lane on resubmission.
public struct DeclarationRuleSet: LaneRuleSet {
    public typealias State = ReviewState
    public typealias Action = ReviewAction

    /// What the guards know of the declaration beyond its lanes (duty liability, the booked
    /// inspection); empty facts judge the lanes alone.
    public var facts: DeclarationCaseFacts

    public init(facts: DeclarationCaseFacts = DeclarationCaseFacts()) { self.facts = facts }

    public var kind: CaseKind { .declaration }
    public var agencies: [Agency] { [.customs, .inspection] }

    public func next(from state: ReviewState, action: ReviewAction, agency: Agency) -> ReviewState? {
        let customs = agency == .customs
        switch (state, action) {
        case (.received, .claim): return .underReview
        case (.underReview, .unclaim): return .received
        case (.inspectionOrdered, .claim), (.inspected, .claim), (.dutiesPaid, .claim): return state
        case (.inspectionOrdered, .unclaim), (.inspected, .unclaim), (.dutiesPaid, .unclaim): return state
        // A green lane waits for payment unclaimed: an officer claims it to take a guarantee.
        case (.dutiesDue, .claim), (.dutiesDue, .unclaim): return customs ? state : nil
        // A guarantee changes no state: it lets the release through while duty is unpaid.
        case (.underReview, .guarantee), (.inspected, .guarantee), (.dutiesDue, .guarantee): return customs ? state : nil
        case (.underReview, .returnForCorrection), (.inspected, .returnForCorrection): return .returned
        case (.underReview, .orderInspection): return .inspectionOrdered
        case (.inspectionOrdered, .recordResult): return .inspected
        case (.underReview, .assessDuty), (.inspected, .assessDuty): return customs ? .dutiesDue : nil
        case (.dutiesDue, .pay): return customs ? .dutiesPaid : nil
        case (.underReview, .release), (.inspected, .release), (.dutiesPaid, .release): return .released
        // Release with duty unpaid: only under a valid guarantee (the guard).
        case (.dutiesDue, .release): return customs ? .released : nil
        case (.underReview, .reject), (.inspected, .reject): return .rejected
        case (.returned, .resubmit): return .received
        // Routing picks its own target among `routeTargets` (the caller passes it).
        case (.received, .route): return .received
        case (_, .withdraw): return state.isFinal ? nil : .withdrawn
        default: return nil
        }
    }

    public func actor(_ action: ReviewAction) -> LaneActor {
        switch action {
        case .pay, .withdraw: return .party([.broker])
        case .route, .resubmit: return .system
        default: return .laneOfficer
        }
    }

    public func claim(_ action: ReviewAction) -> LaneClaim {
        switch action {
        case .claim: return .take
        case .unclaim: return .giveBack
        case .pay, .withdraw, .route, .resubmit: return .none
        default: return .required
        }
    }

    /// The review's own preconditions, each with the reason the key bar, a refused key and the
    /// commands give: a red channel or sampled declaration was selected for inspection (no duty,
    /// no release before its result); customs releases a dutiable declaration only when paid or
    /// under a guarantee valid today; nothing to assess or guarantee when no duty is owed; no
    /// inspection result before the appointment is booked and has begun.
    public func guardReason(_ action: ReviewAction, lane: Lane, lanes: [Lane], now: Date) -> LaneReason? {
        if action == .release || action == .assessDuty,
           lane.detail["inspection_required"] == "1" && lane.detail["inspected"] != "1" {
            return LaneReason("lane.reason.inspectionFirst")
        }
        switch action {
        case .release where lane.agency == .customs:
            guard facts.liability == .dutiable, lane.state != ReviewState.dutiesPaid.rawValue else { return nil }
            guard let guarantee = DutyGuarantee.recorded(on: lane) else { return LaneReason("review.reason.dutyUnpaid") }
            guard guarantee.isValid(on: ChinaTime.day(now)) else {
                return LaneReason("review.reason.guaranteeExpired", [guarantee.number, guarantee.validUntil])
            }
        case .assessDuty, .guarantee:
            switch facts.liability {
            case let .dutyFreeLevyNature(levy)?: return LaneReason("review.reason.dutyFree", [levy])
            case .zeroRate?: return LaneReason("review.reason.zeroRate")
            case .dutiable?, nil: break
            }
        case .recordResult:
            if facts.inspectionBooked == false { return LaneReason("review.reason.notBooked") }
            if let appointment = facts.appointment, now < appointment.start {
                return LaneReason("review.reason.beforeAppointment", [appointment.text])
            }
        default: break
        }
        return nil
    }

    /// One release (一次放行): the declaration is released when every lane has released.
    public func outcome(_ lanes: [Lane]) -> CaseOutcome? {
        allLanes(lanes, in: .released) ? .released : nil
    }

    /// Key-bar order of the review screen: claim, give back, decisions, then the rest.
    public var offered: [ReviewAction] {
        [.claim, .unclaim, .release, .returnForCorrection, .reject, .orderInspection, .recordResult, .assessDuty, .guarantee]
    }

    /// Where the rules may send a lane on receipt: stay for an officer, duties due (green),
    /// released (declaration, supervision and unsampled sampling release).
    public static let routeTargets: Set<ReviewState> = [.received, .dutiesDue, .released]
}
