import Foundation
import SingleWindowKit
import TextWidth

/// An agency's decision on its lane of a call (or the agent's answer to a query), by name, as
/// the pane's keys and `vessels decide` both name them.
enum VesselDecision: String, CaseIterable, Sendable {
    case query, answer, hold, release, reject

    /// Whether the domain refuses it without text (a question, an answer, a reason).
    var needsText: Bool { self != .release }

    /// Applies the decision against `laneVersion` (what the user saw), or against the lane as it
    /// is now when nil (a headless command acts on the current state).
    @discardableResult
    func apply(_ ws: Workspace, callID: String, agency: Agency, laneVersion: Int64?, text: String,
               by actor: Operator) throws -> ReleaseOutcome? {
        let version: Int64
        if let laneVersion { version = laneVersion } else {
            guard let lane = try VesselClearance.lanes(ws.db, callID: callID).first(where: { $0.agency == agency }) else {
                throw DomainError.notFound(entity: "lane", id: "\(callID)/\(agency.rawValue)")
            }
            version = lane.version
        }
        switch self {
        case .query: try VesselClearance.query(ws, callID: callID, agency: agency, laneVersion: version, question: text, by: actor)
        case .answer: try VesselClearance.answer(ws, callID: callID, agency: agency, laneVersion: version, answer: text, by: actor)
        case .hold: try VesselClearance.hold(ws, callID: callID, agency: agency, laneVersion: version, reason: text, by: actor)
        case .reject: try VesselClearance.reject(ws, callID: callID, agency: agency, laneVersion: version, reason: text, by: actor)
        case .release:
            return try VesselClearance.release(ws, callID: callID, agency: agency, laneVersion: version, remark: text, by: actor)
        }
        return nil
    }
}

/// The voyage of a departure made from an arrival: only the voyage number is new; the port,
/// next port, master and berth are the arrival's, and the departure time the arrival's planned
/// one (or a day from now), so the draft passes validation and the agent amends what differs.
enum VesselDepartureVoyage {
    static func make(from arrival: VesselCall, voyageNumber: String, now: Date) -> VoyageParticulars {
        let a = arrival.declaration.voyage
        let planned = a.etd.flatMap { $0 > now ? $0 : nil } ?? now.addingTimeInterval(24 * 3600)
        return VoyageParticulars(voyageNumber: voyageNumber.trimmed, port: a.port, berth: a.berth,
                                 etd: planned, lastPort: a.lastPort, nextPort: a.nextPort, masterName: a.masterName)
    }
}
