import Foundation
import TextWidth
import Store

/// Filing, correcting and removing credit records. Each change and the class it causes are one
/// transaction with one audit entry; nothing ages out on its own.
public enum CreditRecords {
    static let roles: Set<Role> = [.trainer, .marketRegulator, .enforcementOfficer]

    /// Files a record; the enterprise is re-classified in the same transaction. A case number
    /// already on file is refused (`enforcement.record.duplicate`).
    @discardableResult
    public static func add(_ ws: Workspace, _ record: CreditRecord, by actor: Operator) throws -> Classification {
        try Authority.require(actor, "enforcement.record.add", roles: roles)
        let problems = validate(record)
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let now = ws.now()
        return try ws.db.write {
            try insert(ws.db, record, at: now, by: actor)
            return try Classifications.recompute(ws.db, enterpriseID: record.enterpriseID, cause: "added",
                                                 caseNumber: record.caseNumber, at: now, by: actor)
        }
    }

    /// Inside the caller's transaction; true when inserted, false when the case number was on file.
    @discardableResult
    static func insert(_ db: Database, _ r: CreditRecord, at now: Date, by actor: Operator, ignoreDuplicate: Bool = false) throws -> Bool {
        guard try db.queryOne("SELECT 1 FROM enterprise WHERE id = ?", [r.enterpriseID]) != nil else {
            throw DomainError.notFound(entity: "enterprise", id: r.enterpriseID)
        }
        if try db.queryOne("SELECT 1 FROM credit_record WHERE case_number = ?", [r.caseNumber]) != nil {
            if ignoreDuplicate { return false }
            throw DomainError.invalid([Problem("caseNumber", "enforcement.record.duplicate", [r.caseNumber])])
        }
        try db.run("""
            INSERT INTO credit_record(enterprise_id, kind, penalty, amount_fen, performance, occurred_on, agency, legal_basis,
                                      case_number, reason, source, recorded_at, recorded_by)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, [r.enterpriseID, r.kind.rawValue, r.penalty?.rawValue ?? "", r.amountFen, r.performance, r.occurredOn,
                  r.agency, r.legalBasis, r.caseNumber, r.reason, r.source, Timestamp.string(now), actor.id])
        try AuditLog.append(db, at: now, by: actor, action: "enforcement.record.add", entity: "credit_record",
                            entityID: r.caseNumber, after: describe(r))
        return true
    }

    /// The enterprise comes off the abnormal-operation list on `on`, for `reason`.
    @discardableResult
    public static func delist(_ ws: Workspace, caseNumber: String, on day: String, reason: String,
                              by actor: Operator) throws -> Classification {
        try Authority.require(actor, "enforcement.record.delist", roles: roles)
        var problems: [Problem] = []
        if !isDay(day) { problems.append(Problem("on", "enforcement.record.day", [day])) }
        if reason.trimmed.isEmpty { problems.append(Problem("reason", "problem.required")) }
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let now = ws.now()
        return try ws.db.write {
            let r = try existing(ws.db, caseNumber)
            guard r.kind == .abnormalList, r.removedOn.isEmpty else {
                throw DomainError.invalid([Problem("caseNumber", "enforcement.record.notListed", [caseNumber])])
            }
            try ws.db.run("UPDATE credit_record SET removed_on = ?, removal_reason = ? WHERE id = ?", [day, reason, r.id])
            try AuditLog.append(ws.db, at: now, by: actor, action: "enforcement.record.delist", entity: "credit_record",
                                entityID: caseNumber, before: describe(r), after: "removed \(day): \(reason)")
            return try Classifications.recompute(ws.db, enterpriseID: r.enterpriseID, cause: "delisted",
                                                 caseNumber: caseNumber, at: now, by: actor)
        }
    }

    /// Removes a record filed in error (a correction, with its reason in the audit).
    @discardableResult
    public static func remove(_ ws: Workspace, caseNumber: String, reason: String, by actor: Operator) throws -> Classification {
        try Authority.require(actor, "enforcement.record.remove", roles: roles)
        guard !reason.trimmed.isEmpty else { throw DomainError.invalid([Problem("reason", "problem.required")]) }
        let now = ws.now()
        return try ws.db.write {
            let r = try existing(ws.db, caseNumber)
            try ws.db.run("DELETE FROM credit_record WHERE id = ?", [r.id])
            try AuditLog.append(ws.db, at: now, by: actor, action: "enforcement.record.remove", entity: "credit_record",
                                entityID: caseNumber, before: describe(r), after: "removed: \(reason)")
            return try Classifications.recompute(ws.db, enterpriseID: r.enterpriseID, cause: "removed",
                                                 caseNumber: caseNumber, at: now, by: actor)
        }
    }

    static func existing(_ db: Database, _ caseNumber: String) throws -> CreditRecord {
        guard let row = try db.queryOne("SELECT * FROM credit_record WHERE case_number = ?", [caseNumber]) else {
            throw DomainError.notFound(entity: "credit_record", id: caseNumber)
        }
        return CreditRecord(row: row)
    }

    public static func find(_ db: Database, caseNumber: String) throws -> CreditRecord? {
        try db.queryOne("SELECT * FROM credit_record WHERE case_number = ?", [caseNumber]).map(CreditRecord.init(row:))
    }

    /// An enterprise's records, newest first, keyset-paged by id.
    public static func list(_ db: Database, enterpriseID: String, before: Int64 = .max, limit: Int = 50) throws -> [CreditRecord] {
        try db.query("SELECT * FROM credit_record WHERE enterprise_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
                     [enterpriseID, before, limit]).map(CreditRecord.init(row:))
    }

    /// Every problem of a record, with its field.
    public static func validate(_ r: CreditRecord) -> [Problem] {
        var p: [Problem] = []
        if r.enterpriseID.trimmed.isEmpty { p.append(Problem("enterprise", "problem.required")) }
        if r.caseNumber.trimmed.isEmpty { p.append(Problem("caseNumber", "problem.required")) }
        if !isDay(r.occurredOn) { p.append(Problem("date", "enforcement.record.day", [r.occurredOn])) }
        switch r.kind {
        case .penalty:
            guard let penalty = r.penalty else { p.append(Problem("penalty", "problem.required")); break }
            if penalty.hasAmount, r.amountFen <= 0 { p.append(Problem("amount", "enforcement.record.amountNeeded", [penalty.rawValue])) }
            if !penalty.hasAmount, r.amountFen != 0 { p.append(Problem("amount", "enforcement.record.noAmount", [penalty.rawValue])) }
        case .performance:
            if r.performance != "good", r.performance != "bad" {
                p.append(Problem("performance", "enforcement.record.performance", [r.performance]))
            }
        default:
            if r.penalty != nil { p.append(Problem("penalty", "enforcement.record.penaltyKind", [r.kind.rawValue])) }
        }
        return p
    }

    /// YYYY-MM-DD.
    static func isDay(_ s: String) -> Bool {
        let c = Array(s)
        guard c.count == 10, c[4] == "-", c[7] == "-",
              let y = Int(String(c[0...3])), let m = Int(String(c[5...6])), let d = Int(String(c[8...9])) else { return false }
        return y >= 1900 && (1...12).contains(m) && (1...31).contains(d)
    }

    static func describe(_ r: CreditRecord) -> String {
        var parts = [r.enterpriseID, r.kind.rawValue]
        if let p = r.penalty { parts.append(p.rawValue) }
        if r.amountFen > 0 { parts.append(r.amountText) }
        if !r.performance.isEmpty { parts.append(r.performance) }
        parts.append(r.occurredOn)
        return parts.joined(separator: " ")
    }
}
