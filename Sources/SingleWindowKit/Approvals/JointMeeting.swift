import Foundation
import Store

/// The joint review meeting (联合审查会) of a stage, as the window schedules and records it.
public struct JointMeeting: Equatable, Codable, Sendable {
    public var caseID: String
    public var at: Date
    public var attended: [Agency]
    public var absent: [Agency]
    public var closedAt: Date?
}

/// Scheduling, attendance and closing. Closing applies 缺席默认: a department absent with no
/// opinion is taken to agree — or, on a public-safety / public-interest item, escalated —
/// through the engine, by the system on the window's behalf. Absence is not lateness.
public enum JointMeetings {
    static let engine = LaneEngine(ApprovalRuleSet())

    public static func find(_ db: Database, caseID: String) throws -> JointMeeting? {
        try db.queryOne("SELECT * FROM approval_meeting WHERE case_id = ?", [caseID]).map { row in
            JointMeeting(caseID: caseID, at: Timestamp.date(row.string("at") ?? "") ?? Date(timeIntervalSince1970: 0),
                         attended: ApprovalCatalogue.list(row.string("attended")).map(Agency.init),
                         absent: ApprovalCatalogue.list(row.string("absent")).map(Agency.init),
                         closedAt: row.string("closed_at").flatMap(Timestamp.date))
        }
    }

    @discardableResult
    public static func schedule(_ ws: Workspace, caseID: String, at: Date, by actor: Operator) throws -> JointMeeting {
        try Authority.require(actor, "schedule a joint review meeting", roles: [.approvalWindow])
        let db = ws.db, now = ws.now()
        return try db.write {
            try requireReview(db, caseID)
            if let open = try find(db, caseID: caseID), open.closedAt != nil {
                throw DomainError.invalid([Problem("meeting", "approval.meeting.closed", [caseID])])
            }
            try db.run("""
                INSERT INTO approval_meeting(case_id, at) VALUES (?, ?)
                ON CONFLICT(case_id) DO UPDATE SET at = excluded.at
                """, [caseID, Timestamp.string(at)])
            try AuditLog.append(db, at: now, by: actor, action: "approval.meeting.schedule", entity: "approval_stage",
                                entityID: caseID, after: Timestamp.string(at))
            return try find(db, caseID: caseID)!
        }
    }

    /// Records whether a department attended.
    @discardableResult
    public static func attendance(_ ws: Workspace, caseID: String, department: Agency, attended: Bool,
                                  by actor: Operator) throws -> JointMeeting {
        try Authority.require(actor, "record attendance", roles: [.approvalWindow])
        let db = ws.db, now = ws.now()
        return try db.write {
            guard var meeting = try find(db, caseID: caseID) else {
                throw DomainError.invalid([Problem("meeting", "approval.meeting.none", [caseID])])
            }
            guard meeting.closedAt == nil else { throw DomainError.invalid([Problem("meeting", "approval.meeting.closed", [caseID])]) }
            _ = try DepartmentReview.lane(db, caseID: caseID, department: department)
            meeting.attended.removeAll { $0 == department }
            meeting.absent.removeAll { $0 == department }
            if attended { meeting.attended.append(department) } else { meeting.absent.append(department) }
            try db.run("UPDATE approval_meeting SET attended = ?, absent = ? WHERE case_id = ?",
                       [meeting.attended.map(\.rawValue).joined(separator: ";"), meeting.absent.map(\.rawValue).joined(separator: ";"), caseID])
            try AuditLog.append(db, at: now, by: actor, action: "approval.meeting.attendance", entity: "approval_stage",
                                entityID: caseID, after: "\(department.rawValue) \(attended ? "attended" : "absent")")
            return meeting
        }
    }

    /// Closes the meeting once it has begun: every absent department whose lane still has no
    /// opinion is deemed to agree, or escalated if flagged. Returns the lanes moved.
    @discardableResult
    public static func close(_ ws: Workspace, caseID: String, by actor: Operator) throws -> [Lane] {
        try Authority.require(actor, "close a joint review meeting", roles: [.approvalWindow])
        let db = ws.db, now = ws.now()
        return try db.write {
            guard let meeting = try find(db, caseID: caseID) else {
                throw DomainError.invalid([Problem("meeting", "approval.meeting.none", [caseID])])
            }
            guard meeting.closedAt == nil else { throw DomainError.invalid([Problem("meeting", "approval.meeting.closed", [caseID])]) }
            guard now >= meeting.at else {
                throw DomainError.invalid([Problem("meeting", "approval.meeting.notYet", [Timestamp.string(meeting.at)])])
            }
            var moved: [Lane] = []
            for department in meeting.absent {
                let lane = try DepartmentReview.lane(db, caseID: caseID, department: department)
                guard lane.state == ApprovalLaneState.pending.rawValue else { continue }
                let action: ApprovalAction = ApprovalRuleSet.isFlagged(lane) ? .escalateAbsent : .deemAbsent
                let d = try engine.decide(db, at: now, caseID: caseID, agency: department, action: action,
                                          expectedVersion: lane.version, message: "meeting " + Timestamp.string(meeting.at),
                                          deadline: .some(nil), by: .system, recordedAs: actor)
                moved.append(d.lane)
            }
            try db.run("UPDATE approval_meeting SET closed_at = ? WHERE case_id = ?", [Timestamp.string(now), caseID])
            try AuditLog.append(db, at: now, by: actor, action: "approval.meeting.close", entity: "approval_stage",
                                entityID: caseID, after: moved.map(\.agency.rawValue).joined(separator: " "))
            return moved
        }
    }

    static func requireReview(_ db: Database, _ caseID: String) throws {
        guard let (projectID, stage) = ApprovalCase.parse(caseID) else { throw DomainError.notFound(entity: "stage", id: caseID) }
        let record = try Projects.stage(db, projectID, stage)
        guard record.state == .review else {
            throw DomainError.invalid([Problem("stage", "approval.stage.notInReview", [caseID, record.state.rawValue])])
        }
    }
}
