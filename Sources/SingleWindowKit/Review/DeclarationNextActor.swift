import Foundation
import Store

/// Who acts next on a declaration, so a trainer playing S2 on one terminal hands it over with one
/// key (Ctrl-O) instead of picking a name: the declarant while the case waits on them (a draft,
/// a return; once both agencies have decided: duty to pay, an inspection to book), otherwise the
/// next agency whose lane is still the officers' to move, after the acting officer's own.
public enum DeclarationNextActor: Equatable, Sendable {
    case declarant(String)
    /// The agency's lane; `claimedBy` is the officer holding it, if any.
    case officer(Agency, claimedBy: String?)

    /// Lane states an officer moves next (returned and duties due wait on the declarant).
    static let officersTurn: Set<ReviewState> = [.received, .underReview, .inspectionOrdered, .inspected, .dutiesPaid]

    public static func next(_ db: Database, declarationID: Int64, after current: Agency?) throws -> DeclarationNextActor? {
        guard let d = try DeclarationStore.load(db, id: declarationID) else { return nil }
        let lanes = try Lanes.lanes(db, kind: .declaration, caseID: String(declarationID))
        let joint = try JointInspections.find(db, declarationID: declarationID, revision: d.revision)
        let unbooked = joint.map { $0.slotID == nil && $0.results.isEmpty } ?? false
        return next(status: d.status, declarant: d.createdBy, lanes: lanes, inspectionUnbooked: unbooked, after: current)
    }

    static func next(status: DeclarationStatus, declarant: String, lanes: [Lane], inspectionUnbooked: Bool,
                     after current: Agency?) -> DeclarationNextActor? {
        let states = lanes.compactMap { ReviewState(rawValue: $0.state) }
        if status == .draft || status == .returned || states.contains(.returned) { return .declarant(declarant) }
        // Lanes not yet decided come first (both agencies order before the one booking); then
        // what waits on the declarant (duty, the booking); then the officers' later steps.
        let undecided = lanes.filter { $0.state == ReviewState.received.rawValue || $0.state == ReviewState.underReview.rawValue }
        if undecided.isEmpty && (inspectionUnbooked || states.contains(.dutiesDue)) { return .declarant(declarant) }
        let open = undecided.isEmpty ? lanes.filter { ReviewState(rawValue: $0.state).map(officersTurn.contains) ?? false } : undecided
        guard !open.isEmpty else { return nil }
        let order = DeclarationScope.customsAndInspection.agencies
        let start = current.flatMap { order.firstIndex(of: $0) } ?? -1
        let lane = open.first { (order.firstIndex(of: $0.agency) ?? 0) > start } ?? open[0]
        return .officer(lane.agency, claimedBy: lane.claimedBy)
    }
}
