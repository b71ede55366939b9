import Foundation
import Store

/// The qualification register: one row per enterprise and kind, set (added or renewed) by an
/// administrator with its audit entry.
public enum Qualifications {
    public static func list(_ db: Database, enterpriseID: String) throws -> [Qualification] {
        try db.query("SELECT * FROM qualification WHERE enterprise_id = ? ORDER BY kind", [enterpriseID])
            .map(Qualification.init(row:))
    }

    public static func find(_ db: Database, enterpriseID: String, kind: Qualification.Kind) throws -> Qualification? {
        try db.queryOne("SELECT * FROM qualification WHERE enterprise_id = ? AND kind = ?", [enterpriseID, kind.rawValue])
            .map(Qualification.init(row:))
    }

    /// Every problem with `q` at once: a known enterprise, a number, real dates in order.
    static func problems(_ db: Database, _ q: Qualification) throws -> [Problem] {
        var problems: [Problem] = []
        if try Enterprises.find(db, id: q.enterpriseID) == nil {
            problems.append(Problem("enterprise", "admin.noSuchEnterprise", [q.enterpriseID]))
        }
        if q.number.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(Problem("number", "problem.required")) }
        if ChinaDate.date(q.validFrom) == nil { problems.append(Problem("validFrom", "problem.notDate", [q.validFrom])) }
        if !q.validUntil.isEmpty {
            if ChinaDate.date(q.validUntil) == nil {
                problems.append(Problem("validUntil", "problem.notDate", [q.validUntil]))
            } else if ChinaDate.date(q.validFrom) != nil, q.validUntil < q.validFrom {
                problems.append(Problem("validUntil", "admin.untilBeforeFrom", [q.validUntil, q.validFrom]))
            }
        }
        return problems
    }

    /// Adds or renews `q` (one per enterprise and kind). Unchanged: no write, no audit entry.
    @discardableResult
    public static func set(_ ws: Workspace, _ q: Qualification, by actor: Operator) throws -> Qualification {
        try Authority.require(actor, "set a qualification", roles: OperatorAdmin.administrators)
        return try ws.db.write { try store(ws.db, q, at: ws.now(), by: actor) }
    }

    /// The write itself, inside the caller's transaction (the training loader shares it).
    static func store(_ db: Database, _ q: Qualification, at date: Date, by actor: Operator) throws -> Qualification {
        let problems = try problems(db, q)
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        let before = try find(db, enterpriseID: q.enterpriseID, kind: q.kind)
        var saved = q
        saved.version = (before?.version ?? 0) + 1
        if let before, before.number == q.number, before.issuer == q.issuer, before.validFrom == q.validFrom,
           before.validUntil == q.validUntil { return before }
        try db.run("""
            INSERT INTO qualification(enterprise_id, kind, number, issuer, valid_from, valid_until, version) VALUES (?,?,?,?,?,?,?)
            ON CONFLICT(enterprise_id, kind) DO UPDATE SET number = excluded.number, issuer = excluded.issuer,
                valid_from = excluded.valid_from, valid_until = excluded.valid_until, version = excluded.version
            """, [saved.enterpriseID, saved.kind.rawValue, saved.number, saved.issuer, saved.validFrom, saved.validUntil, saved.version])
        try AuditLog.append(db, at: date, by: actor, action: "qualification.set", entity: "enterprise",
                            entityID: q.enterpriseID, before: before.map(json) ?? "", after: json(saved))
        return saved
    }

    static func json(_ q: Qualification) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(q)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
