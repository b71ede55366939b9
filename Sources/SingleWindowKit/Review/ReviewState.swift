/// The states of a declaration lane on the officers' side (the declarations pane owns
/// `received` and `returned`; these continue them). Receipts as the source's systems name them
/// are in domain-research §2.6: L received, C/S inspection notice, T duties due, P released,
/// E rejected, Z returned for correction.
public enum ReviewState: String, CaseIterable, Codable, Sendable {
    case received
    case underReview = "under_review"
    case returned
    case inspectionOrdered = "inspection_ordered"
    case inspected
    case dutiesDue = "duties_due"
    case dutiesPaid = "duties_paid"
    case released
    case rejected
    case withdrawn

    /// Which queue view a lane in this state belongs to. The `review_queue` triggers compute the
    /// same from the state text (a test keeps the two in step).
    public var bucket: QueueBucket {
        switch self {
        case .received, .underReview, .inspected, .dutiesPaid: return .action
        case .returned, .inspectionOrdered, .dutiesDue: return .waiting
        case .released, .rejected, .withdrawn: return .done
        }
    }

    public var isFinal: Bool { bucket == .done }
}

/// A queue's coarse views: what an officer must act on now, what waits on someone else (the
/// broker's correction, booking or payment; the inspection itself), and what is finished.
public enum QueueBucket: String, CaseIterable, Codable, Sendable {
    case action
    case waiting
    case done
}

/// What can be done to a declaration lane, by whom it is done is checked in `Review`.
public enum ReviewAction: String, CaseIterable, Codable, Sendable {
    case claim
    case unclaim
    case returnForCorrection = "return"
    case orderInspection = "order-inspection"
    case recordResult = "record-result"
    case assessDuty = "assess-duty"
    /// The customs officer records a guarantee (担保): release before payment while it is valid.
    case guarantee
    case pay
    case release
    case reject
    case withdraw
    /// The risk rules' routing on receipt (system).
    case route
    /// The broker's resubmission after an amendment (the declarations pane).
    case resubmit
}
