import Foundation
import Store

/// A department's opinion, or a move the window records, on one lane of a stage — each a
/// decision of the lane engine, with the facts the decision needs in the lane's detail.
public enum DepartmentReview {
    static let engine = LaneEngine(ApprovalRuleSet())

    /// The department's lane of a stage.
    public static func lane(_ db: Database, caseID: String, department: Agency) throws -> Lane {
        guard let lane = try Lanes.lane(db, kind: .approvalStage, caseID: caseID, agency: department) else {
            throw DomainError.notFound(entity: "lane", id: "\(caseID)/\(department.rawValue)")
        }
        return lane
    }

    /// Decides on a lane. `text`: the conditions, the legal basis of a rejection, the supplements
    /// asked for, the bureau's reason — required where the action needs it. `items`: which of the
    /// lane's items a rejection concerns (default all). A request for supplements stops the
    /// clock and keeps the whole working days left after today; supplying them restarts it from
    /// today with those days.
    @discardableResult
    public static func decide(_ ws: Workspace, caseID: String, department: Agency, action: ApprovalAction, text: String = "",
                              items: [String] = [], expectedVersion: Int64? = nil, by actor: Operator) throws -> LaneDecision {
        let db = ws.db, now = ws.now()
        return try db.write {
            let lane = try lane(db, caseID: caseID, department: department)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let key = requiredText(action), trimmed.isEmpty { throw DomainError.invalid([Problem("text", key)]) }
            let laneItems = ApprovalCatalogue.list(lane.detail["items"])
            for item in items where !laneItems.contains(item) {
                throw DomainError.invalid([Problem("items", "approval.review.item", [item, department.rawValue])])
            }
            var detail: [String: String] = [:]
            var deadline: Date?? = .none
            let today = WorkDay(now)
            let calendar = try ApprovalCalendar.load(db)
            switch action {
            case .approveWithConditions: detail["conditions"] = trimmed
            case .reject, .bureauReject:
                detail["basis"] = trimmed
                detail["rejected_items"] = (items.isEmpty ? laneItems : items).joined(separator: ";")
            case .bureauApprove: detail["bureau_reason"] = trimmed
            case .requestSupplements:
                let due = lane.detail["due"].flatMap(WorkDay.init) ?? today
                detail["days_left"] = String(calendar.workingDays(after: today, through: due))
                detail["supplements"] = trimmed
                deadline = .some(nil)
            case .supply, .reapply:
                let count = action == .supply ? Int(lane.detail["days_left"] ?? "") ?? 0 : Int(lane.detail["days"] ?? "") ?? 0
                let due = calendar.due(after: today, workingDays: count)
                detail = ["from": today.description, "count": String(count), "due": due.day.description,
                          "provisional": due.provisionalYear.map(String.init) ?? "", "days_left": ""]
                if action == .reapply { detail["rejected_items"] = ""; detail["basis"] = "" }
                deadline = .some(WorkingDayCalendar.deadline(dueOn: due.day))
            default: break
            }
            // An outcome ends the clock: the deadline pass has nothing left to do on the lane.
            if ApprovalRuleSet().next(from: .pending, action: action, agency: department)?.isFinal == true
                || action == .bureauApprove || action == .bureauReject {
                deadline = .some(nil)
            }
            detail["by"] = actor.id
            detail["by_name"] = actor.name
            detail["at"] = Timestamp.string(now)
            let decision = try engine.decide(db, at: now, caseID: caseID, agency: department, action: action,
                                             expectedVersion: expectedVersion ?? lane.version, message: trimmed, detail: detail,
                                             deadline: deadline, by: actor)
            if action == .reapply { try reopenStage(db, caseID: caseID, at: now) }
            return decision
        }
    }

    /// Which text an action cannot go without (its message key), if any.
    public static func requiredText(_ action: ApprovalAction) -> String? {
        switch action {
        case .approveWithConditions: "approval.review.conditionsRequired"
        case .reject: "approval.review.basisRequired"
        case .requestSupplements: "approval.review.supplementsRequired"
        case .bureauApprove, .bureauReject: "approval.review.reasonRequired"
        default: nil
        }
    }

    /// A rejected item applied for again after the decision: the stage is back in review (a
    /// new decision will be issued) and the stage after it waits again.
    static func reopenStage(_ db: Database, caseID: String, at now: Date) throws {
        guard let (projectID, stage) = ApprovalCase.parse(caseID) else { return }
        let record = try Projects.stage(db, projectID, stage)
        guard record.state == .decided else { return }
        try Projects.update(db, record, state: .review, set: ["decided_day": SQLValue.null], at: now)
        if let next = stage.next {
            let following = try Projects.stage(db, projectID, next)
            if following.state == .open { try Projects.update(db, following, state: .locked, at: now) }
        }
    }
}
