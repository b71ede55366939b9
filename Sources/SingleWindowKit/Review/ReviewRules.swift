/// Which action moves a declaration lane from which state to which, per agency. Only customs
/// assesses and collects duty; the inspection lane goes from its result straight to release.
/// Claiming from `received` starts the review; claiming in a later state keeps the state.
public struct DeclarationReviewRules: LaneRules {
    public init() {}

    public func next(from state: String, action: String, agency: Agency) -> String? {
        guard let from = ReviewState(rawValue: state), let action = ReviewAction(rawValue: action) else { return nil }
        return next(from: from, action: action, agency: agency)?.rawValue
    }

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
        // Release with duty unpaid: only under a valid guarantee (checked by `Review.decide`).
        case (.dutiesDue, .release): return customs ? .released : nil
        case (.underReview, .reject), (.inspected, .reject): return .rejected
        case (.returned, .resubmit): return .received
        case (.received, .route): return nil // routing picks its own target; see `routeTargets`
        case (_, .withdraw): return state.isFinal ? nil : .withdrawn
        default: return nil
        }
    }

    /// Where the rules may send a lane on receipt: stay for an officer, duties due (green),
    /// released (declaration, supervision and unsampled sampling release).
    public static let routeTargets: Set<ReviewState> = [.received, .dutiesDue, .released]
}
