import Foundation
import Store

/// How long clearance took: submission, each agency's release, clearance. The source reports
/// entry cut from 36 h to 2.5 h and departure from 36 h to 1 h; a trainer shows the same measure.
public struct ClearanceTimes: Equatable, Sendable {
    public var callID: String
    public var direction: CallDirection
    public var submittedAt: Date?
    /// The latest release of each agency that has released.
    public var releasedAt: [Agency: Date]
    /// Cleared inward (arrival) or port clearance issued (departure).
    public var clearedAt: Date?

    /// Seconds from submission to `agency`'s release.
    public func toRelease(_ agency: Agency) -> TimeInterval? {
        guard let start = submittedAt, let end = releasedAt[agency] else { return nil }
        return end.timeIntervalSince(start)
    }

    /// Seconds from submission to clearance.
    public var total: TimeInterval? {
        guard let start = submittedAt, let end = clearedAt else { return nil }
        return end.timeIntervalSince(start)
    }

    public static func of(_ db: Database, callID: String) throws -> ClearanceTimes {
        try db.read {
            let call = try VesselRecords.require(db, id: callID)
            var released: [Agency: Date] = [:]
            for lane in try VesselClearance.lanes(db, callID: callID) where lane.state == VesselLaneState.released.rawValue {
                if let at = lane.detail["releasedAt"].flatMap(Timestamp.date) { released[lane.agency] = at }
            }
            return ClearanceTimes(callID: callID, direction: call.direction, submittedAt: call.submittedAt,
                                  releasedAt: released, clearedAt: call.clearedAt)
        }
    }

    /// "2.5 h", "45 min", "36 h".
    public static func format(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return "\(minutes) min" }
        let hours = Double(minutes) / 60
        let rounded = (hours * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) h" : "\(rounded) h"
    }

    /// One line per measure, e.g. "customs 1.2 h" … "cleared 2.5 h".
    public var summary: [(label: String, duration: String)] {
        var out: [(String, String)] = VesselRuleSet.agencies.compactMap { a in
            toRelease(a).map { (a.rawValue, ClearanceTimes.format($0)) }
        }
        if let total { out.append((direction == .arrival ? "cleared inward" : "port clearance", ClearanceTimes.format(total))) }
        return out
    }

}
