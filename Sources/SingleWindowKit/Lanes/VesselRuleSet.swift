/// The states of a vessel call's agency lane.
public enum VesselLaneState: String, Codable, CaseIterable, Sendable {
    /// Waiting for the officer.
    case pending
    /// The officer asked the agent a question; waiting for the answer.
    case query
    /// The officer holds the ship (inspection, documents to see) before deciding.
    case held
    /// Electronic release (电子放行指令) sent back to the window.
    case released
    /// Refused, with a reason; an amendment of this agency's data reopens it.
    case rejected
}

/// An agency's decision on its lane of a call, or the agent's answer to a query: the vessel
/// rule set's actions, named as the pane's keys and `vessels decide` name them.
public enum VesselDecision: String, CaseIterable, Codable, Sendable {
    case query, answer, hold, release, reject

    /// Whether the decision is refused without text (a question, an answer, a reason).
    public var needsText: Bool { self != .release }
}

/// Who may move a vessel lane where. The four agencies decide in parallel ("串联改并联"); the one
/// gate between lanes — the maritime authority grants departure only on the strength of the
/// other three releases (source: "海事部门凭各部门电子放行指令，办理船舶出口岸手续") — is `gate`.
/// Vessel lanes take no claims: each agency has one officer's desk per call.
public struct VesselRuleSet: LaneRuleSet {
    public typealias State = VesselLaneState
    public typealias Action = VesselDecision

    public static let agencies: [Agency] = [.customs, .inspection, .border, .maritime]

    public var direction: CallDirection

    public init(direction: CallDirection) { self.direction = direction }

    public var kind: CaseKind { .vesselCall }
    public var agencies: [Agency] { Self.agencies }

    public func next(from state: VesselLaneState, action: VesselDecision, agency: Agency) -> VesselLaneState? {
        guard Self.agencies.contains(agency) else { return nil }
        switch (state, action) {
        case (.pending, .query): return .query
        case (.query, .answer): return .pending
        case (.pending, .hold): return .held
        case (.pending, .release), (.held, .release): return .released
        case (.pending, .reject), (.held, .reject): return .rejected
        default: return nil
        }
    }

    public func actor(_ action: VesselDecision) -> LaneActor {
        action == .answer ? .party([.shippingAgent]) : .laneOfficer
    }

    public func gate(_ action: VesselDecision, lane: Lane, lanes: [Lane]) -> [Lane] {
        guard action == .release, lane.agency == .maritime, direction == .departure else { return [] }
        return Self.maritimeGate(lanes)
    }

    /// The lanes still open when the maritime lane of a departure wants to release.
    public static func maritimeGate(_ lanes: [Lane]) -> [Lane] {
        lanes.filter { $0.agency != .maritime && $0.state != VesselLaneState.released.rawValue }
    }

    /// All four released: an arrival is cleared inward, a departure gets its port clearance.
    public func outcome(_ lanes: [Lane]) -> CaseOutcome? {
        lanes.count == Self.agencies.count && allLanes(lanes, in: .released) ? .cleared : nil
    }

    public var offered: [VesselDecision] { [.release, .query, .hold, .reject, .answer] }
}
