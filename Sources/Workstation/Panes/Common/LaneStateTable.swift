import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// Every lane state's name and colour, per case kind: the review screen and queue, the broker's
/// status page and declaration list, and the vessel call screen's lane board all read this one
/// table, so a state reads and looks the same wherever it is shown.
enum LaneStateTable {
    struct Entry: Sendable {
        var role: ThemeRole
        var name: @Sendable (Strings) -> String
    }

    static let declaration: [ReviewState: Entry] = [
        .received: Entry(role: .agencyPending) { $0[RV.qStReceived] },
        .underReview: Entry(role: .agencyPending) { $0[RV.qStUnderReview] },
        .returned: Entry(role: .agencyReturned) { $0[RV.qStReturned] },
        .inspectionOrdered: Entry(role: .agencyInspection) { $0[RV.qStInspectionOrdered] },
        .inspected: Entry(role: .agencyInspection) { $0[RV.qStInspected] },
        .dutiesDue: Entry(role: .agencyPending) { $0[RV.qStDutiesDue] },
        .dutiesPaid: Entry(role: .agencyPending) { $0[RV.qStDutiesPaid] },
        .released: Entry(role: .agencyReleased) { $0[RV.qStReleased] },
        .rejected: Entry(role: .agencyRejected) { $0[RV.qStRejected] },
        .withdrawn: Entry(role: .agencyPending) { $0[RV.qStWithdrawn] },
    ]

    /// Vessel lane names come from `VesselText`, which the headless `vessels show` reads too.
    static let vessel: [VesselLaneState: Entry] = [
        .pending: Entry(role: .agencyPending) { VesselText.laneStateName(VesselLaneState.pending.rawValue, $0) },
        .query: Entry(role: .agencyReturned) { VesselText.laneStateName(VesselLaneState.query.rawValue, $0) },
        .held: Entry(role: .agencyInspection) { VesselText.laneStateName(VesselLaneState.held.rawValue, $0) },
        .released: Entry(role: .agencyReleased) { VesselText.laneStateName(VesselLaneState.released.rawValue, $0) },
        .rejected: Entry(role: .agencyRejected) { VesselText.laneStateName(VesselLaneState.rejected.rawValue, $0) },
    ]

    /// A department's lane in an approval stage; deemed and bureau outcomes read as agreement or refusal.
    static let approval: [ApprovalLaneState: Entry] = Dictionary(uniqueKeysWithValues: ApprovalLaneState.allCases.map { state in
        let role: ThemeRole
        switch state {
        case .approved, .conditional, .deemedTimeout, .deemedAbsent, .bureauApproved: role = .agencyReleased
        case .rejected, .bureauRejected, .escalated: role = .agencyRejected
        case .supplements: role = .agencyReturned
        case .pending: role = .agencyPending
        }
        return (state, Entry(role: role) { ApprovalText.laneState(state.rawValue, $0) })
    })

    static func entry(_ kind: CaseKind, _ state: String) -> Entry? {
        switch kind {
        case .declaration: return ReviewState(rawValue: state).flatMap { declaration[$0] }
        case .vesselCall: return VesselLaneState(rawValue: state).flatMap { vessel[$0] }
        case .approvalStage: return ApprovalLaneState(rawValue: state).flatMap { approval[$0] }
        default: return nil
        }
    }

    /// The state in the user's language; a state the table does not know shows as stored.
    static func name(_ kind: CaseKind, _ state: String, _ s: Strings) -> String {
        entry(kind, state)?.name(s) ?? state
    }

    /// The state's colour; one the table does not know reads as pending.
    static func role(_ kind: CaseKind, _ state: String) -> ThemeRole {
        entry(kind, state)?.role ?? .agencyPending
    }
}
