import Foundation
import Store

/// What the declarant side (the broker and the trader) may know of a submitted declaration:
/// each agency's state, what is asked of them (book the inspection, pay the duty, correct the
/// declaration) and the outcome. Never why it was selected — the channel or release mode, the
/// risk rules that routed it, the sampling draw and its seed — nor which officer decided: an
/// officer's login becomes the name of the agency the officer acts for.
///
/// `DeclarationQueries.show` applies this for a broker or a trader, so the status page, the
/// headless `declarations show` (text and JSON) and anything built on them cannot leak what the
/// officers' `review show` keeps.
enum DeclarantView {
    /// Lane facts the declarant is told: the duty to pay and when it was paid, the guarantee given
    /// for it, the inspection instruction and result, the officer's reason for a return or a rejection.
    static let laneFacts: Set<String> = ["duty", "paid_at", "guarantee_no", "guarantee_amount", "guarantee_until",
                                         "instruction", "result", "reason"]

    /// Lane actions whose message is addressed to the declarant (what to correct, what is
    /// inspected, what is due, why it ended). The rules' routing message (`route`: channel and
    /// rule keys) and the system's release note (which names the channel) are not.
    static let spokenActions: Set<String> = [
        ReviewAction.returnForCorrection.rawValue, ReviewAction.orderInspection.rawValue,
        ReviewAction.recordResult.rawValue, ReviewAction.assessDuty.rawValue, ReviewAction.pay.rawValue,
        ReviewAction.reject.rawValue, ReviewAction.withdraw.rawValue, ReviewAction.resubmit.rawValue,
        ReviewAction.guarantee.rawValue,
    ]

    /// Internal moves of the officers' work (taking and giving back a claim): not shown at all.
    static let hiddenActions: Set<String> = [ReviewAction.claim.rawValue, ReviewAction.unclaim.rawValue]

    /// The label shown for an operator outside the declarant side whose agency is unknown.
    static let anonymousOfficer = "officer"

    static func applies(to actor: Operator) -> Bool { actor.role == .broker || actor.role == .trader }

    /// A lane as the declarant sees it: no claim holder, only the facts addressed to them.
    static func redact(_ lane: Lane) -> Lane {
        var lane = lane
        lane.claimedBy = nil
        lane.detail = lane.detail.filter { laneFacts.contains($0.key) && !$0.value.isEmpty }
        return lane
    }

    /// The detail with the officers' side left out.
    static func redact(_ detail: DeclarationDetail, _ db: Database) throws -> DeclarationDetail {
        var names = NameCache(db: db)
        var out = detail
        out.lanes = detail.lanes.map(redact)
        var events: [Int64: [LaneEvent]] = [:]
        for lane in detail.lanes {
            events[lane.id] = try (detail.laneEvents[lane.id] ?? []).compactMap { event -> LaneEvent? in
                guard !hiddenActions.contains(event.action) else { return nil }
                var event = event
                if !spokenActions.contains(event.action) { event.message = "" }
                if try !names.isDeclarantSide(event.operatorID) { event.operatorID = lane.agency.rawValue }
                return event
            }
        }
        out.laneEvents = events
        out.history = try detail.history.map { entry in
            guard try !names.isDeclarantSide(entry.operatorID) else { return entry }
            var entry = entry
            entry.operatorID = try names.agencyLabel(entry.operatorID)
            // The chain's hashes cover the login; a reader of this view checks nothing with them.
            entry.prevHash = ""
            entry.hash = ""
            return entry
        }
        out.revisions = try detail.revisions.map { revision in
            guard try !names.isDeclarantSide(revision.operatorID) else { return revision }
            var revision = revision
            revision.operatorID = try names.agencyLabel(revision.operatorID)
            return revision
        }
        if var joint = out.jointInspection, let booker = joint.bookedBy, try !names.isDeclarantSide(booker) {
            joint.bookedBy = nil
            out.jointInspection = joint
        }
        return out
    }

    /// Looks each operator up once.
    private struct NameCache {
        let db: Database
        var known: [String: Operator?] = [:]

        mutating func find(_ id: String) throws -> Operator? {
            if let hit = known[id] { return hit }
            let found = try Operators.find(db, id)
            known[id] = .some(found)
            return found
        }

        /// A broker or a trader: the declarant side, whose logins the declarant may see.
        mutating func isDeclarantSide(_ id: String) throws -> Bool {
            guard let op = try find(id) else { return false }
            return op.role == .broker || op.role == .trader
        }

        /// The agency an officer acts for, in its code (customs, inspection); "system" stays.
        mutating func agencyLabel(_ id: String) throws -> String {
            if id == Operator.system.id { return id }
            guard let op = try find(id) else { return anonymousOfficer }
            let agency = op.role.impliedAgency ?? op.agency
            return agency == .none ? anonymousOfficer : agency.rawValue
        }
    }
}
