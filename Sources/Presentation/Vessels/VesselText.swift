import SingleWindowKit

/// Names the vessels pane and the `vessels` commands both show, and whose lane an officer
/// decides on: said once, so the two faces agree.
public enum VesselText {
    /// The agency whose lane the acting officer decides on, if any.
    public static func officerAgency(_ actor: Operator) -> Agency? {
        guard let agency = actor.role.impliedAgency, VesselRuleSet.agencies.contains(agency) else { return nil }
        return agency
    }

    /// A call's state in the user's language.
    /// A call's state in a list: one with a question waiting for the agent says so instead of
    /// "submitted" (×N for several), so the agent sees what asks for an answer.
    public static func listState(_ c: VesselCallSummary, _ s: Strings) -> String {
        c.openQueries > 0 ? s[.laneQuery] + (c.openQueries > 1 ? " ×\(c.openQueries)" : "") : stateName(c.state, s)
    }

    public static func stateName(_ state: VesselCallState, _ s: Strings) -> String {
        switch state {
        case .draft: return s[.stateDraft]
        case .submitted: return s[.stateSubmitted]
        case .cleared: return s[.stateCleared]
        }
    }

    /// A lane's state in the user's language (the raw value when it is not a vessel lane's).
    public static func laneStateName(_ state: String, _ s: Strings) -> String {
        switch VesselLaneState(rawValue: state) {
        case .pending?: return s[.lanePending]
        case .query?: return s[.laneQuery]
        case .held?: return s[.laneHeld]
        case .released?: return s[.vesselLaneReleased]
        case .rejected?: return s[.vesselLaneRejected]
        case nil: return state
        }
    }
}
