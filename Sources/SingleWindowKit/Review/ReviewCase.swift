import Foundation
import Store

/// Everything an officer needs on one declaration: the declaration, its lanes (each with its
/// version to decide on), why the rules routed it (rule version and plain-language reason), the
/// joint inspection and the offered slots, and the one release.
public struct ReviewCase: Equatable, Sendable {
    /// One rule hit with its reason, as shown to the officer.
    public struct Reason: Equatable, Sendable {
        public var agency: Agency
        public var ruleKey: String
        public var ruleVersion: Int
        public var outcome: String
        public var decisive: Bool
        public var selected: Bool
        public var draw: Int?
        public var reasonEn: String
        public var reasonZh: String

        public func text(_ language: Language) -> String { language == .zh ? reasonZh : reasonEn }
    }

    public var declaration: Declaration
    public var creditClass: String
    public var lanes: [Lane]
    public var laneEvents: [Int64: [LaneEvent]]
    public var assessments: [RiskAssessment.Stored]
    public var reasons: [Reason]
    public var jointInspection: JointInspection?
    public var offeredSlots: [InspectionSlot]
    public var releasedAt: Date?
    public var supervisionTasks: [String]
    /// The trader's record on its other declarations (信用记录 as the officer weighs it).
    public var traderHistory: TraderHistory = TraderHistory()
    /// What changed since the previous submitted revision; nil on a first revision.
    public var revisionDiff: RevisionDiff? = nil
    /// The booked appointment (it may be full, so not among the offered slots).
    public var bookedSlot: InspectionSlot? = nil
    /// Whether the declaration owes duty at all (levy nature and rates), and the China day it was
    /// read on, against which a guarantee's validity is shown.
    public var duty: DutyLiability = .dutiable
    public var today: String = ""

    /// The guarantee customs recorded on its lane, if any.
    public var guarantee: DutyGuarantee? { lane(.customs).flatMap(DutyGuarantee.recorded(on:)) }

    public func lane(_ agency: Agency) -> Lane? { lanes.first { $0.agency == agency } }
}

public enum ReviewCases {
    /// One declaration as its officer (or broker, or a trainer) sees it, read in one snapshot.
    public static func show(_ ws: Workspace, declarationID: Int64, by actor: Operator) throws -> ReviewCase {
        try ws.db.read {
            let d = try Declarations.load(ws, id: declarationID, by: actor)
            let (lanes, events) = try Lanes.lanesWithEvents(ws.db, kind: .declaration, caseID: String(declarationID))
            let assessments = try RiskAssessment.assessments(ws.db, declarationID: declarationID).filter { $0.revision == d.revision }
            var reasons: [ReviewCase.Reason] = []
            for stored in assessments {
                for hit in stored.verdict.hits where hit.selected {
                    let rule = try RiskRules.rule(ws.db, id: hit.ruleID)
                    reasons.append(.init(agency: stored.verdict.agency, ruleKey: hit.ruleKey, ruleVersion: hit.ruleVersion,
                                         outcome: hit.outcome, decisive: hit.decisive, selected: hit.selected, draw: hit.draw,
                                         reasonEn: rule?.reasonEn ?? "", reasonZh: rule?.reasonZh ?? ""))
                }
            }
            let joint = try JointInspections.find(ws.db, declarationID: declarationID, revision: d.revision)
            let slots = try joint.map { try InspectionSlots.available(ws.db, place: $0.place, limit: 20) } ?? []
            let credit = try ws.db.scalar("SELECT credit_class FROM enterprise WHERE id = ?", [d.traderID]).string ?? ""
            let tasks = try ws.db.query("SELECT task, due_at FROM supervision_task WHERE declaration_id = ? ORDER BY id LIMIT 20",
                                        [declarationID]).map { "\($0.string("task") ?? "") (due \($0.string("due_at") ?? ""))" }
            return ReviewCase(declaration: d, creditClass: credit, lanes: lanes, laneEvents: events, assessments: assessments,
                              reasons: reasons, jointInspection: joint, offeredSlots: slots,
                              releasedAt: try DeclarationRelease.releasedAt(ws.db, declarationID: declarationID),
                              supervisionTasks: tasks,
                              traderHistory: try TraderHistories.history(ws.db, traderID: d.traderID, excluding: d.id, now: ws.now()),
                              revisionDiff: try RevisionDiffs.sincePrevious(ws.db, d),
                              bookedSlot: try joint?.slotID.flatMap { try InspectionSlots.slot(ws.db, id: $0) },
                              duty: try DutyRates.liability(ws.db, d), today: ChinaTime.day(ws.now()))
        }
    }
}

/// A trader's other declarations as the officer weighs them: counts over the last 12 months
/// (by the workspace clock) and the last few with their outcome. Only what the store records:
/// returns are lane events, inspections are joint inspections, rejections are lane states, the
/// release is `declaration_release`. Inspection results are free text, so a "non-conforming"
/// result shows as the rejection it led to.
public struct TraderHistory: Equatable, Sendable {
    public enum Outcome: String, Equatable, Sendable {
        case released, rejected, returned, inspection, inReview
    }

    public struct Entry: Equatable, Sendable {
        public var declarationID: Int64
        public var number: String?
        public var submittedAt: Date?
        public var outcome: Outcome
    }

    public var since: Date = Date(timeIntervalSince1970: 0)
    /// Submitted (last submission) within the period.
    public var submitted = 0
    /// Of those: returned for correction at least once, an inspection ordered, rejected, released.
    public var returned = 0
    public var inspected = 0
    public var rejected = 0
    public var released = 0
    /// The most recently active submitted declarations, newest first.
    public var recent: [Entry] = []

    public init() {}
}

public enum TraderHistories {
    public static let recentLimit = 5

    /// Two queries, each walking the trader's slice of `declaration_trader_list` (trader_id,
    /// updated_at, id); the per-declaration facts are primary-key or `lane_case` look-ups. A
    /// declaration submitted in the period was updated in it too, so `updated_at` bounds the scan.
    public static func history(_ db: Database, traderID: String, excluding declarationID: Int64, now: Date) throws -> TraderHistory {
        var history = TraderHistory()
        guard !traderID.isEmpty else { return history }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let since = calendar.date(byAdding: .month, value: -12, to: now) ?? now.addingTimeInterval(-365 * 86_400)
        history.since = since
        let sinceText = Timestamp.string(since)
        if let row = try db.queryOne(summarySQL, [traderID, sinceText, sinceText, declarationID]) {
            history.submitted = row.int("submitted") ?? 0
            history.returned = row.int("returned") ?? 0
            history.inspected = row.int("inspected") ?? 0
            history.rejected = row.int("rejected") ?? 0
            history.released = row.int("released") ?? 0
        }
        history.recent = try db.query(recentSQL, [traderID, declarationID, recentLimit]).map { row in
            let status = row.string("status") ?? ""
            let outcome: TraderHistory.Outcome
            if row.bool("released") { outcome = .released }
            else if row.bool("rejected") { outcome = .rejected }
            else if status != DeclarationStatus.submitted.rawValue { outcome = .returned } // returned, or amending
            else if row.bool("inspected") { outcome = .inspection }
            else { outcome = .inReview }
            return TraderHistory.Entry(declarationID: row.int64("id") ?? 0, number: row.string("number"),
                                       submittedAt: row.string("submitted_at").flatMap(Timestamp.date), outcome: outcome)
        }
        return history
    }

    static let summarySQL = """
        SELECT count(*) AS submitted,
               coalesce(sum(\(returnedSQL)), 0) AS returned, coalesce(sum(\(inspectedSQL)), 0) AS inspected,
               coalesce(sum(\(rejectedSQL)), 0) AS rejected, coalesce(sum(\(releasedSQL)), 0) AS released
        FROM declaration d
        WHERE d.trader_id = ? AND d.updated_at >= ? AND d.submitted_at >= ? AND d.id <> ?
        """
    static let recentSQL = """
        SELECT d.id, d.number, d.status, d.submitted_at, \(releasedSQL) AS released, \(rejectedSQL) AS rejected,
               \(inspectedSQL) AS inspected
        FROM declaration d
        WHERE d.trader_id = ? AND d.id <> ? AND d.submitted_at IS NOT NULL
        ORDER BY d.updated_at DESC, d.id DESC LIMIT ?
        """

    private static let laneOfD = "l.case_kind = 'declaration' AND l.case_id = CAST(d.id AS TEXT)"
    private static let returnedSQL = """
        EXISTS (SELECT 1 FROM lane l JOIN lane_event e ON e.lane_id = l.id WHERE \(laneOfD) AND e.to_state = 'returned')
        """
    private static let inspectedSQL = "EXISTS (SELECT 1 FROM joint_inspection j WHERE j.declaration_id = d.id)"
    private static let rejectedSQL = "EXISTS (SELECT 1 FROM lane l WHERE \(laneOfD) AND l.state = 'rejected')"
    private static let releasedSQL = "EXISTS (SELECT 1 FROM declaration_release r WHERE r.declaration_id = d.id)"
}
