import Foundation
import SingleWindowKit

/// What `approvals … --json` prints: stable field names, ISO times, codes not names.
enum ApprovalJSON {
    struct StageOut: Encodable {
        var caseID: String, stage: Int, state: String, items: [String], materials: [String], missing: [String]
        var acceptedDay: String?, decidedDay: String?
        init(_ s: ProjectStage) {
            caseID = s.caseID; stage = s.stage.rawValue; state = s.state.rawValue; items = s.items; materials = s.materials
            missing = s.missing; acceptedDay = s.acceptedDay?.description; decidedDay = s.decidedDay?.description
        }
    }

    struct ProjectOut: Encodable {
        var project: Project
        var stages: [StageOut]
        init(_ p: Project, _ stages: [ProjectStage]) { project = p; self.stages = stages.map(StageOut.init) }
    }

    struct LaneOut: Encodable {
        var caseID: String, department: String, state: String, due: String?, deadline: String?, daysLeft: Int?
        var flagged: Bool, provisionalYear: String, version: Int64, detail: [String: String]
        init(_ r: DepartmentLaneRow) {
            caseID = r.lane.caseID; department = r.lane.agency.rawValue; state = r.lane.state; due = r.due?.description
            deadline = r.lane.deadline.map(Timestamp.string); daysLeft = r.daysLeft; flagged = r.flagged
            provisionalYear = r.provisionalYear; version = r.lane.version; detail = r.lane.detail
        }
    }

    struct Board: Encodable { var project: ProjectOut; var lanes: [LaneOut] }

    struct MeetingOut: Encodable {
        var caseID: String, at: String, attended: [String], absent: [String], closedAt: String?
        init(_ m: JointMeeting) {
            caseID = m.caseID; at = Timestamp.string(m.at); attended = m.attended.map(\.rawValue); absent = m.absent.map(\.rawValue)
            closedAt = m.closedAt.map(Timestamp.string)
        }
    }

    struct DecisionOut: Encodable {
        var code: String, printCount: Int, facts: ApprovalDecisionFacts
        init(_ d: ApprovalDecision) { code = d.verificationCode; printCount = d.printCount; facts = d.facts }
    }

    struct Printed: Encodable { var number: String, code: String, destination: String, copy: Int, text: String? }

    struct Verified: Encodable {
        var status: String
        var number: String? = nil
        var decision: DecisionOut?
    }

    struct CalendarOut: Encodable {
        var year: Int, loaded: Bool, source: String, workingDays: Int, holidays: [String], makeUpDays: [String]
    }

    struct DueOut: Encodable { var from: String, workingDays: Int, due: String, passedAt: String, provisionalYear: Int? }
    struct CalendarLoaded: Encodable { var year: Int, holidays: Int, makeUpDays: Int, recounted: Int }
    struct Provisional: Encodable { var caseID: String, department: String, due: String, year: String }
    struct WarningsOut: Encodable { var warnings: [EfficiencyWarning]; var provisional: [Provisional] }
}
