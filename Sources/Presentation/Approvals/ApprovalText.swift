import Foundation
import SingleWindowKit

/// Names of the approval area's states, stages and refusals, as both faces show them.
public enum ApprovalText {
    public static func stageName(_ stage: ApprovalStage, _ s: Strings) -> String {
        switch stage {
        case .siteAndLand: s[.apStage1]
        case .projectReview: s[.apStage2]
        case .designAndPermit: s[.apStage3]
        case .completion: s[.apStage4]
        }
    }

    public static func stageState(_ state: StageState, _ s: Strings) -> String {
        switch state {
        case .locked: s[.apStLocked]
        case .skipped: s[.apStSkipped]
        case .open: s[.apStOpen]
        case .applied: s[.apStApplied]
        case .returned: s[.apStReturned]
        case .review: s[.apStReview]
        case .decided: s[.apStDecided]
        }
    }

    public static func laneState(_ raw: String, _ s: Strings) -> String {
        guard let state = ApprovalLaneState(rawValue: raw) else { return raw }
        switch state {
        case .pending: return s[.apLnPending]
        case .supplements: return s[.apLnSupplements]
        case .approved: return s[.apLnApproved]
        case .conditional: return s[.apLnConditional]
        case .rejected: return s[.apLnRejected]
        case .deemedTimeout: return s[.apLnDeemedTimeout]
        case .deemedAbsent: return s[.apLnDeemedAbsent]
        case .escalated: return s[.apLnEscalated]
        case .bureauApproved: return s[.apLnBureauApproved]
        case .bureauRejected: return s[.apLnBureauRejected]
        }
    }

    public static func land(_ land: LandSupply, _ s: Strings) -> String { land == .market ? s[.apLandMarket] : s[.apLandAllocated] }

    /// "3 days left", "late by 2", with the provisional mark when the count ran through an
    /// unloaded year.
    public static func daysLeft(_ row: DepartmentLaneRow, _ s: Strings) -> String {
        guard let left = row.daysLeft else { return "" }
        return left >= 0 ? s.format(.apDaysLeftFormat, left) : s.format(.apLateBy, -left)
    }

    /// A refusal in the user's language: the engine's reasons with this area's state names,
    /// the domain's messages, the rest as the vessel pane words them.
    public static func errorLines(_ error: any Error, _ s: Strings) -> [String] {
        if let error = error as? LaneError, case let .notAllowed(ref, state, action, reason) = error {
            let base = s.format(.errTransition, "\(ref.caseID) \(ref.agency.rawValue)", laneState(state, s), action)
            if reason.key == "lane.reason.state" { return [base] }
            return [base + " — " + reason.text(s.language, stateName: { laneState($0, s) })]
        }
        return VesselErrorText.lines(error, s)
    }
}
