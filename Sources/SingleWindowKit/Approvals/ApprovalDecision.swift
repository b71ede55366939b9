import Foundation
import Store

/// What a comprehensive approval decision (综合审批决定书) certifies, exactly as issued; the
/// verification code is computed over its canonical JSON.
public struct ApprovalDecisionFacts: Equatable, Codable, Sendable {
    public struct ItemLine: Equatable, Codable, Sendable {
        public var code: String
        public var nameZh: String
        public var nameEn: String
        public var rejected: Bool
    }

    public struct DepartmentLine: Equatable, Codable, Sendable {
        public var department: String
        /// The lane's final state (`ApprovalLaneState`).
        public var outcome: String
        public var items: [String]
        public var conditions: String
        public var basis: String
        /// "timeout", "absence" or "" — why agreement was deemed.
        public var deemed: String
        public var bureauReason: String
        public var byName: String
        public var at: String
    }

    public var number: String
    public var caseID: String
    public var projectID: String
    public var projectName: String
    public var investorID: String
    public var investorName: String
    public var site: String
    public var stage: Int
    public var acceptedDay: String
    public var issuedDay: String
    public var issuedAt: String
    public var stageWorkingDays: Int
    public var totalWorkingDays: Int
    public var targetWorkingDays: Int
    public var items: [ItemLine]
    public var departments: [DepartmentLine]
}

public struct ApprovalDecision: Equatable, Sendable {
    public var facts: ApprovalDecisionFacts
    /// "XXXX-XXXX-XXXX-XXXX-XXXX": 80 bits of SHA-256 over the facts and the database's secret.
    public var verificationCode: String
    public var issuedBy: String
    public var printCount: Int
}

public enum ApprovalDecisionVerification: Equatable, Sendable {
    case valid(ApprovalDecision)
    case unknownCode
    case altered(number: String)
}

/// One seal (一章审批): the window issues the numbered decision once every lane has an outcome;
/// the next stage unlocks unless an item it needs was rejected.
public enum ApprovalDecisions {
    /// The whole approval's target (the source: within 93 working days).
    public static let targetWorkingDays = 93

    @discardableResult
    public static func issue(_ ws: Workspace, caseID: String, by actor: Operator) throws -> ApprovalDecision {
        try Authority.require(actor, "issue the comprehensive approval decision", roles: [.approvalWindow])
        let db = ws.db, now = ws.now()
        return try db.write {
            guard let (projectID, stage) = ApprovalCase.parse(caseID) else { throw DomainError.notFound(entity: "stage", id: caseID) }
            let record = try Projects.stage(db, projectID, stage)
            guard record.state == .review else {
                throw DomainError.invalid([Problem("stage", "approval.stage.notInReview", [caseID, record.state.rawValue])])
            }
            let lanes = try Lanes.lanes(db, kind: .approvalStage, caseID: caseID)
            guard ApprovalRuleSet().outcome(lanes) != nil else {
                let open = lanes.filter { ApprovalLaneState(rawValue: $0.state)?.isFinal != true }.map(\.agency.rawValue)
                throw DomainError.invalid([Problem("lanes", "approval.decision.open", [open.joined(separator: ", ")])])
            }
            let project = try Projects.require(db, projectID)
            let catalogue = try ApprovalCatalogue.load(db), calendar = try ApprovalCalendar.load(db)
            let today = WorkDay(now)
            let rejected = Set(lanes.flatMap { ApprovalCatalogue.list($0.detail["rejected_items"]) })
            let items = record.items.compactMap(catalogue.item).map {
                ApprovalDecisionFacts.ItemLine(code: $0.code, nameZh: $0.nameZh, nameEn: $0.nameEn, rejected: rejected.contains($0.code))
            }
            let departments = lanes.map { lane in
                ApprovalDecisionFacts.DepartmentLine(
                    department: lane.agency.rawValue, outcome: lane.state, items: ApprovalCatalogue.list(lane.detail["items"]),
                    conditions: lane.detail["conditions"] ?? "", basis: lane.detail["basis"] ?? "",
                    deemed: lane.state == ApprovalLaneState.deemedTimeout.rawValue ? "timeout"
                        : lane.state == ApprovalLaneState.deemedAbsent.rawValue ? "absence" : "",
                    bureauReason: lane.detail["bureau_reason"] ?? "", byName: lane.detail["by_name"] ?? "",
                    at: lane.detail["at"] ?? Timestamp.string(lane.updatedAt))
            }
            let stageDays = calendar.workingDays(after: record.acceptedDay ?? today, through: today)
            let earlier = try Projects.stages(db, projectID: projectID).filter { $0.stage < stage && $0.state == .decided }
            let total = stageDays + earlier.reduce(0) { sum, s in
                sum + calendar.workingDays(after: s.acceptedDay ?? today, through: s.decidedDay ?? today)
            }
            let year = today.year
            let serial = (try db.queryOne("SELECT count(*) AS n FROM approval_decision WHERE number LIKE ?", ["SP\(year)%"])?.int("n") ?? 0) + 1
            let facts = ApprovalDecisionFacts(
                number: String(format: "SP%04d%06d", year, serial), caseID: caseID, projectID: projectID, projectName: project.name,
                investorID: project.investorID, investorName: project.investorName, site: project.site, stage: stage.rawValue,
                acceptedDay: record.acceptedDay?.description ?? "", issuedDay: today.description, issuedAt: Timestamp.string(now),
                stageWorkingDays: stageDays, totalWorkingDays: total, targetWorkingDays: targetWorkingDays,
                items: items, departments: departments)
            let factsText = try encode(facts)
            let code = try verificationCode(db, factsText)
            try db.run("""
                INSERT INTO approval_decision(number, case_id, issued_at, issued_by, verification_code, facts) VALUES (?,?,?,?,?,?)
                """, [facts.number, caseID, facts.issuedAt, actor.id, code, factsText])
            try Projects.update(db, record, state: .decided, set: ["decided_day": today.description], at: now)
            if let next = stage.next {
                let needed = Set(catalogue.items(of: stage).filter(\.nextStageNeeds).map(\.code))
                let following = try Projects.stage(db, projectID, next)
                if needed.isDisjoint(with: rejected), following.state == .locked {
                    try Projects.update(db, following, state: .open, at: now)
                }
            }
            try AuditLog.append(db, at: now, by: actor, action: "approval.decision.issue", entity: "approval_decision",
                                entityID: facts.number, after: "\(caseID) code \(code)")
            return ApprovalDecision(facts: facts, verificationCode: code, issuedBy: actor.id, printCount: 0)
        }
    }

    /// The latest decision of a stage.
    public static func latest(_ db: Database, caseID: String) throws -> ApprovalDecision? {
        try db.queryOne("SELECT * FROM approval_decision WHERE case_id = ? ORDER BY issued_at DESC, number DESC LIMIT 1", [caseID])
            .flatMap(decision)
    }

    public static func find(_ db: Database, number: String) throws -> ApprovalDecision? {
        try db.queryOne("SELECT * FROM approval_decision WHERE number = ?", [number]).flatMap(decision)
    }

    /// Counts a print (the printout itself is the presentation's).
    @discardableResult
    public static func recordPrint(_ ws: Workspace, number: String, by actor: Operator) throws -> Int {
        let db = ws.db, now = ws.now()
        return try db.write {
            guard try db.run("UPDATE approval_decision SET print_count = print_count + 1 WHERE number = ?", [number]) == 1 else {
                throw DomainError.notFound(entity: "decision", id: number)
            }
            try AuditLog.append(db, at: now, by: actor, action: "approval.decision.print", entity: "approval_decision", entityID: number)
            return try db.queryOne("SELECT print_count FROM approval_decision WHERE number = ?", [number])?.int("print_count") ?? 1
        }
    }

    public static func verify(_ db: Database, code typed: String) throws -> ApprovalDecisionVerification {
        let code = normaliseCode(typed)
        guard let row = try db.queryOne("SELECT * FROM approval_decision WHERE verification_code = ?", [code]),
              let found = decision(row) else { return .unknownCode }
        guard try verificationCode(db, row.string("facts") ?? "") == code else { return .altered(number: found.facts.number) }
        return .valid(found)
    }

    static func decision(_ row: Row) -> ApprovalDecision? {
        guard let text = row.string("facts"),
              let facts = try? JSONDecoder().decode(ApprovalDecisionFacts.self, from: Data(text.utf8)) else { return nil }
        return ApprovalDecision(facts: facts, verificationCode: row.string("verification_code") ?? "",
                                issuedBy: row.string("issued_by") ?? "", printCount: row.int("print_count") ?? 0)
    }

    static func encode(_ facts: ApprovalDecisionFacts) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(facts), as: UTF8.self)
    }

    static func verificationCode(_ db: Database, _ factsText: String) throws -> String {
        // A secret that never leaves the database: a code cannot be made for forged facts elsewhere.
        try db.run("INSERT OR IGNORE INTO meta(key, value) VALUES ('approval.decision_secret', lower(hex(randomblob(32))))")
        guard let secret = try db.queryOne("SELECT value FROM meta WHERE key = 'approval.decision_secret'")?.string("value") else {
            throw DatabaseError.notFound(table: "meta", id: "approval.decision_secret")
        }
        let hex = Array(SHA256.hex(secret + "\n" + factsText).uppercased())
        return stride(from: 0, to: 20, by: 4).map { String(hex[$0..<$0 + 4]) }.joined(separator: "-")
    }

    static func normaliseCode(_ text: String) -> String {
        let compact = Array(text.uppercased().filter(\.isHexDigit))
        guard compact.count == 20 else { return text.uppercased() }
        return stride(from: 0, to: 20, by: 4).map { String(compact[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
