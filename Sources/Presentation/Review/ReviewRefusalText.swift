import Foundation
import SingleWindowKit

/// A declaration review's refusals as one line in the user's language: the review screen, the
/// broker's status page and the `review` commands (in Chinese) word them alike.
public enum ReviewRefusalText {
    /// The line for a review or lane refusal; nil for any other error.
    public static func line(_ error: any Error, _ s: Strings, agencyName: (Agency) -> String) -> String? {
        if let error = error as? LaneError { return lane(error, s, agencyName: agencyName) }
        guard let error = error as? ReviewError else { return nil }
        switch error {
        case let .wrongAgency(op, agency): return s.format(.qErrWrongAgency, op, agencyName(agency))
        case .inspectionRequired: return s[.qErrInspectionRequired]
        case let .noLane(_, agency): return s.format(.qErrNoLane, agencyName(agency))
        case let .missing(what): return s.format(.qErrMissing, what)
        case .alreadyReleased: return s[.qErrReleased]
        case .notBooked: return s[.qErrNotBooked]
        case .slotFull: return s[.qErrSlotFull]
        case let .slotElsewhere(_, place): return s.format(.qErrSlotElsewhere, place)
        case .dutyUnpaid: return s[.qErrDutyUnpaid]
        case let .guaranteeExpired(_, number, until): return s.format(.qErrGuaranteeExpired, number, until)
        case let .dutyFree(_, levy?): return s.format(.qErrDutyFree, levy)
        case .dutyFree(_, nil): return s[.qErrZeroRate]
        case let .beforeAppointment(_, slot): return s.format(.qErrBeforeAppointment, slot)
        }
    }

    /// The engine's refusals of a declaration lane.
    public static func lane(_ error: LaneError, _ s: Strings, agencyName: (Agency) -> String) -> String {
        switch error {
        case .notClaimed: return s[.qErrNotClaimed]
        case let .claimedBySomeoneElse(_, by): return s.format(.qErrClaimedByOther, by)
        case let .notAllowed(_, state, _, reason) where reason.key == "lane.reason.state":
            return s.format(.qErrNotAllowed, stateName(state, s))
        case .stale: return s[.qErrStale]
        default: return error.reason.text(s.language, stateName: { stateName($0, s) }, agencyName: agencyName)
        }
    }

    /// A declaration lane's state in the user's language; one the table lacks shows as stored.
    public static func stateName(_ state: String, _ s: Strings) -> String {
        RV(rawValue: "review.state.\(state)").map { s[$0] } ?? state
    }
}
