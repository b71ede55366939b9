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

/// Who may move a vessel lane where. The four agencies decide in parallel ("串联改并联"); the one
/// gate between lanes — the maritime authority grants departure only on the strength of the
/// other three releases — needs the other lanes, so it is `maritimeGate`, not a single move.
public struct VesselLaneRules: LaneRules {
    public static let agencies: [Agency] = [.customs, .inspection, .border, .maritime]

    public init() {}

    public func next(from state: String, action: String, agency: Agency) -> String? {
        guard VesselLaneRules.agencies.contains(agency), let from = VesselLaneState(rawValue: state) else { return nil }
        let to: VesselLaneState?
        switch (from, action) {
        case (.pending, "query"): to = .query
        case (.query, "answer"): to = .pending
        case (.pending, "hold"): to = .held
        case (.pending, "release"), (.held, "release"): to = .released
        case (.pending, "reject"), (.held, "reject"): to = .rejected
        // An amendment of this lane's data sends it back to the officer from wherever it was.
        case (_, "amend"): to = .pending
        default: to = nil
        }
        return to?.rawValue
    }

    /// The lanes still open when the maritime lane of a departure wants to release: every other
    /// agency must have released first (source: "海事部门凭各部门电子放行指令，办理船舶出口岸手续").
    public static func maritimeGate(_ lanes: [Lane]) -> [Lane] {
        lanes.filter { $0.agency != .maritime && $0.state != VesselLaneState.released.rawValue }
    }
}
