import Foundation

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

    public func lane(_ agency: Agency) -> Lane? { lanes.first { $0.agency == agency } }
}

public enum ReviewCases {
    /// One declaration as its officer (or broker, or a trainer) sees it, read in one snapshot.
    public static func show(_ ws: Workspace, declarationID: Int64, by actor: Operator) throws -> ReviewCase {
        try ws.db.read {
            let d = try Declarations.load(ws, id: declarationID, by: actor)
            let lanes = try Lanes.lanes(ws.db, kind: .declaration, caseID: String(declarationID))
            var events: [Int64: [LaneEvent]] = [:]
            for lane in lanes { events[lane.id] = try Lanes.events(ws.db, laneID: lane.id) }
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
                              supervisionTasks: tasks)
        }
    }
}
