import Foundation
import Store

/// One material of a stage's form as the window checks it: which items need it, and whether
/// the applicant handed it in.
public struct MaterialCheck: Equatable, Codable, Sendable {
    public var material: ApprovalMaterial
    public var items: [String]
    public var present: Bool
}

/// One form, one window (一表申请、一口受理): the applicant applies for a stage with one form;
/// the window checks the materials and accepts — which starts every department's clock — or
/// returns the application listing exactly what is missing.
public enum ApprovalWindow {
    /// Applies for a stage: the items that always apply plus the chosen optional ones, and the
    /// materials handed in.
    @discardableResult
    public static func apply(_ ws: Workspace, projectID: String, stage: ApprovalStage, optionalItems: [String] = [],
                             materials: [String], data: [String: String] = [:], by actor: Operator) throws -> ProjectStage {
        try Authority.require(actor, "apply for an approval stage", roles: Projects.applicants)
        let db = ws.db, now = ws.now()
        return try db.write {
            let current = try Projects.stage(db, projectID, stage)
            guard current.state == .open || current.state == .returned else {
                throw DomainError.invalid([Problem("stage", "approval.apply.state", [current.caseID, current.state.rawValue])])
            }
            let catalogue = try ApprovalCatalogue.load(db)
            let stageItems = catalogue.items(of: stage)
            guard !stageItems.isEmpty else { throw DomainError.invalid([Problem("catalogue", "approval.catalogue.empty")]) }
            var problems: [Problem] = []
            for code in optionalItems where !stageItems.contains(where: { $0.code == code && !$0.always }) {
                problems.append(Problem("items", "approval.apply.item", [code, String(stage.rawValue)]))
            }
            for code in materials where catalogue.material(code) == nil { problems.append(Problem("materials", "approval.apply.material", [code])) }
            let chosen = stageItems.filter { $0.always || optionalItems.contains($0.code) }
            // The data items are checked by the form's catalogue; empty ones may follow later
            // (supplements), a wrong one is refused.
            let form = ApprovalStageForm.catalogue(catalogue, items: chosen)
            let typed = data.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
            for key in typed.keys where form.field(key)?.section != ApprovalStageForm.dataSection {
                problems.append(Problem(key, "approval.apply.field", [key]))
            }
            problems += try form.read(typed, pathPrefix: "").problems.filter { $0.key != "problem.required" }
            guard problems.isEmpty else { throw DomainError.invalid(problems) }
            let items = chosen.map(\.code)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try Projects.update(db, current, state: .applied, set: [
                "items": items.joined(separator: ";"), "materials": materials.joined(separator: ";"), "missing": "",
                "form": String(decoding: try encoder.encode(typed), as: UTF8.self),
                "applied_at": Timestamp.string(now),
            ], at: now)
            try AuditLog.append(db, at: now, by: actor, action: "approval.apply", entity: "approval_stage", entityID: current.caseID,
                                after: items.joined(separator: " "))
            return try Projects.stage(db, projectID, stage)
        }
    }

    /// The window's checklist: every material the stage's form needs, present or missing.
    public static func check(_ db: Database, projectID: String, stage: ApprovalStage) throws -> [MaterialCheck] {
        let record = try Projects.stage(db, projectID, stage)
        let catalogue = try ApprovalCatalogue.load(db)
        let items = record.items.compactMap(catalogue.item)
        return catalogue.materials(for: items).map { m in
            MaterialCheck(material: m, items: items.filter { $0.materials.contains(m.code) }.map(\.code),
                          present: record.materials.contains(m.code))
        }
    }

    /// Returns the application listing the missing materials (the window's list, or what the
    /// checklist finds missing).
    @discardableResult
    public static func returnApplication(_ ws: Workspace, projectID: String, stage: ApprovalStage, missing: [String]? = nil,
                                         by actor: Operator) throws -> ProjectStage {
        try Authority.require(actor, "return an application", roles: [.approvalWindow])
        let db = ws.db, now = ws.now()
        return try db.write {
            let current = try Projects.stage(db, projectID, stage)
            guard current.state == .applied else {
                throw DomainError.invalid([Problem("stage", "approval.window.notApplied", [current.caseID, current.state.rawValue])])
            }
            let list = try missing ?? check(db, projectID: projectID, stage: stage).filter { !$0.present }.map(\.material.code)
            guard !list.isEmpty else { throw DomainError.invalid([Problem("missing", "approval.window.nothingMissing", [current.caseID])]) }
            try Projects.update(db, current, state: .returned, set: ["missing": list.joined(separator: ";")], at: now)
            try AuditLog.append(db, at: now, by: actor, action: "approval.return", entity: "approval_stage", entityID: current.caseID,
                                after: list.joined(separator: " "))
            return try Projects.stage(db, projectID, stage)
        }
    }

    /// Accepts a complete application: opens one lane per department, each due on the N-th
    /// working day after today (N: the longest deadline of its items), and marks the lanes of
    /// departments with a public-safety / public-interest item so they escalate, not deem.
    @discardableResult
    public static func accept(_ ws: Workspace, projectID: String, stage: ApprovalStage, by actor: Operator) throws -> [Lane] {
        try Authority.require(actor, "accept an application", roles: [.approvalWindow])
        let db = ws.db, now = ws.now()
        return try db.write {
            let current = try Projects.stage(db, projectID, stage)
            guard current.state == .applied else {
                throw DomainError.invalid([Problem("stage", "approval.window.notApplied", [current.caseID, current.state.rawValue])])
            }
            let missing = try check(db, projectID: projectID, stage: stage).filter { !$0.present }.map(\.material.code)
            guard missing.isEmpty else {
                throw DomainError.invalid([Problem("materials", "approval.window.missing", [missing.joined(separator: ", ")])])
            }
            let catalogue = try ApprovalCatalogue.load(db), calendar = try ApprovalCalendar.load(db)
            let items = current.items.compactMap(catalogue.item)
            let today = WorkDay(now)
            try Projects.update(db, current, state: .review, set: ["accepted_day": today.description, "missing": ""], at: now)
            var lanes: [Lane] = []
            for department in ApprovalCatalogue.departments(of: items) {
                let own = items.filter { $0.departments.contains(department) }
                let days = own.map(\.days).max() ?? 0
                let due = calendar.due(after: today, workingDays: days)
                let detail = [
                    "items": own.map(\.code).joined(separator: ";"), "days": String(days), "from": today.description,
                    "count": String(days), "due": due.day.description, "flagged": own.contains(where: \.publicInterest) ? "1" : "0",
                    "provisional": due.provisionalYear.map(String.init) ?? "",
                ]
                lanes += try Lanes.open(db, kind: .approvalStage, caseID: current.caseID, agencies: [department],
                                        initialState: ApprovalLaneState.pending.rawValue, at: now, by: actor,
                                        deadline: WorkingDayCalendar.deadline(dueOn: due.day), detail: detail)
            }
            try AuditLog.append(db, at: now, by: actor, action: "approval.accept", entity: "approval_stage", entityID: current.caseID,
                                after: lanes.map(\.agency.rawValue).joined(separator: " "))
            return lanes
        }
    }
}
