/// A department's lane on one stage of a project.
public enum ApprovalLaneState: String, Codable, CaseIterable, Sendable {
    /// Reviewing; the department's clock runs.
    case pending
    /// Supplements asked for; the clock is stopped until the applicant supplies them.
    case supplements
    case approved
    /// Approved with conditions (the text is on the lane).
    case conditional
    /// Rejected, with the legal basis.
    case rejected
    /// No opinion by the deadline: taken to agree (超时默认).
    case deemedTimeout = "deemed_timeout"
    /// Absent from the joint review meeting with no opinion: taken to agree (缺席默认).
    case deemedAbsent = "deemed_absent"
    /// Timeout or absence on a public-safety / public-interest item: the bureau decides.
    case escalated
    /// The bureau's decision on an escalated lane, recorded by the window.
    case bureauApproved = "bureau_approved"
    case bureauRejected = "bureau_rejected"

    /// Whether the lane has an outcome the decision can state.
    public var isFinal: Bool { ![.pending, .supplements, .escalated].contains(self) }
    /// Whether the outcome agrees (with or without conditions, deemed or by the bureau).
    public var agrees: Bool { [.approved, .conditional, .deemedTimeout, .deemedAbsent, .bureauApproved].contains(self) }
}

/// What moves a department's lane: the department's opinions, the applicant's supplements,
/// the system's deemed outcomes, and the bureau's decision on an escalated lane.
public enum ApprovalAction: String, CaseIterable, Codable, Sendable {
    case approve
    case approveWithConditions = "approve_with_conditions"
    case reject
    case requestSupplements = "request_supplements"
    case supply
    case deemTimeout = "deem_timeout"
    case escalateTimeout = "escalate_timeout"
    case deemAbsent = "deem_absent"
    case escalateAbsent = "escalate_absent"
    case bureauApprove = "bureau_approve"
    case bureauReject = "bureau_reject"
    /// The applicant applies again for a rejected item within the stage: the lane reviews anew.
    case reapply
}

/// Parallel review (并联审查): each department decides its own lane; no lane waits for another.
/// The window (not an officer of any department) supplies, reapplies and records the bureau's
/// decisions. A passed deadline is the engine's to apply: deemed agreement, or escalation
/// when the lane carries a public-safety / public-interest item (`flagged` in its detail).
public struct ApprovalRuleSet: LaneRuleSet {
    public typealias State = ApprovalLaneState
    public typealias Action = ApprovalAction

    public init() {}

    public var kind: CaseKind { .approvalStage }
    /// Lanes are opened per stage for the departments its items name; the list is not fixed.
    public var agencies: [Agency] { [] }

    public func next(from state: ApprovalLaneState, action: ApprovalAction, agency: Agency) -> ApprovalLaneState? {
        switch (state, action) {
        case (.pending, .approve): return .approved
        case (.pending, .approveWithConditions): return .conditional
        case (.pending, .reject): return .rejected
        case (.pending, .requestSupplements): return .supplements
        case (.supplements, .supply): return .pending
        case (.pending, .deemTimeout): return .deemedTimeout
        case (.pending, .escalateTimeout), (.pending, .escalateAbsent): return .escalated
        case (.pending, .deemAbsent): return .deemedAbsent
        case (.escalated, .bureauApprove): return .bureauApproved
        case (.escalated, .bureauReject): return .bureauRejected
        case (.rejected, .reapply), (.bureauRejected, .reapply): return .pending
        default: return nil
        }
    }

    public func actor(_ action: ApprovalAction) -> LaneActor {
        switch action {
        case .approve, .approveWithConditions, .reject, .requestSupplements: return .laneOfficer
        case .supply, .bureauApprove, .bureauReject, .reapply: return .party([.approvalWindow])
        case .deemTimeout, .escalateTimeout, .deemAbsent, .escalateAbsent: return .system
        }
    }

    public func deadlineAction(_ state: ApprovalLaneState, lane: Lane) -> ApprovalAction? {
        guard state == .pending else { return nil }
        return Self.isFlagged(lane) ? .escalateTimeout : .deemTimeout
    }

    /// Says the engine refuses a department's late opinion: a deadline here has an outcome.
    public func deadlineAction(_ state: ApprovalLaneState) -> ApprovalAction? { state == .pending ? .deemTimeout : nil }

    /// Whether any of the lane's items touches public safety or the public interest.
    public static func isFlagged(_ lane: Lane) -> Bool { lane.detail["flagged"] == "1" }

    /// Every lane has an outcome: the window may issue the decision.
    public func outcome(_ lanes: [Lane]) -> CaseOutcome? {
        guard !lanes.isEmpty, lanes.allSatisfy({ ApprovalLaneState(rawValue: $0.state)?.isFinal == true }) else { return nil }
        return .reviewed
    }

    public var offered: [ApprovalAction] {
        [.approve, .approveWithConditions, .reject, .requestSupplements, .supply, .bureauApprove, .bureauReject, .reapply]
    }
}

extension CaseOutcome {
    /// Every department's lane of an approval stage has an outcome.
    public static let reviewed = CaseOutcome(rawValue: "reviewed")
}
