import Foundation
import Store
import TextWidth

/// The administrator's enterprise register: add, update (keeping the names it had), import a
/// CSV whole or not at all. The unified social credit code is checked everywhere.
public enum EnterpriseAdmin {
    /// Every problem with `e` at once, each on its field.
    public static func problems(_ e: Enterprise) -> [Problem] {
        var problems: [Problem] = []
        if !USCC.isValid(e.id) { problems.append(Problem("id", "problem.uscc", [e.id])) }
        if e.name.trimmed.isEmpty { problems.append(Problem("name", "problem.required")) }
        if !e.customsCode.isEmpty && e.customsCode.count != 10 {
            problems.append(Problem("customsCode", "admin.customsCode", [e.customsCode]))
        }
        if !e.ciqCode.isEmpty && (e.ciqCode.count != 10 || !e.ciqCode.allSatisfy { ("0"..."9").contains($0) }) {
            problems.append(Problem("ciqCode", "admin.ciqCode", [e.ciqCode]))
        }
        if !DemoDataLoader.creditClasses.contains(e.creditClass) {
            problems.append(Problem("creditClass", "admin.creditClass", [e.creditClass]))
        }
        return problems
    }

    @discardableResult
    public static func add(_ ws: Workspace, _ e: Enterprise, by actor: Operator) throws -> Enterprise {
        try Authority.require(actor, "add an enterprise", roles: OperatorAdmin.administrators)
        return try ws.db.write {
            var problems = problems(e)
            if try Enterprises.find(ws.db, id: e.id) != nil { problems.append(Problem("id", "admin.enterpriseExists", [e.id])) }
            guard problems.isEmpty else { throw DomainError.invalid(problems) }
            return try insert(ws.db, e, at: ws.now(), by: actor)
        }
    }

    /// Replaces the stored fields of `e.id`, at `e.version` (a stale version is refused). A new
    /// name moves the old one into the history.
    @discardableResult
    public static func update(_ ws: Workspace, _ e: Enterprise, by actor: Operator) throws -> Enterprise {
        try Authority.require(actor, "update an enterprise", roles: OperatorAdmin.administrators)
        return try ws.db.write {
            let problems = problems(e)
            guard problems.isEmpty else { throw DomainError.invalid(problems) }
            guard let before = try Enterprises.find(ws.db, id: e.id) else { throw DomainError.notFound(entity: "enterprise", id: e.id) }
            guard before.version == e.version else {
                throw DatabaseError.staleVersion(table: "enterprise", id: e.id, expected: Int64(e.version), found: Int64(before.version))
            }
            return try replace(ws.db, before, with: e, at: ws.now(), by: actor)
        }
    }

    static func insert(_ db: Database, _ e: Enterprise, at date: Date, by actor: Operator) throws -> Enterprise {
        var saved = e
        saved.version = 1
        try db.run("""
            INSERT INTO enterprise(id, name, name_en, kind, customs_code, ciq_code, district, industry, legal_rep, address,
                                   credit_class, version)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,1)
            """, [e.id, e.name, e.nameEn, e.kind.rawValue, e.customsCode, e.ciqCode, e.district, e.industry, e.legalRep,
                  e.address, e.creditClass])
        try AuditLog.append(db, at: date, by: actor, action: "enterprise.add", entity: "enterprise", entityID: e.id,
                            after: json(saved))
        return saved
    }

    static func replace(_ db: Database, _ before: Enterprise, with e: Enterprise, at date: Date, by actor: Operator) throws -> Enterprise {
        var saved = e
        saved.version = before.version
        guard saved != before else { return before }
        saved.version = before.version + 1
        if before.name != e.name || before.nameEn != e.nameEn {
            try db.run("""
                INSERT INTO enterprise_name_history(enterprise_id, seq, name, name_en, replaced_at)
                VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM enterprise_name_history WHERE enterprise_id = ?), ?, ?, ?)
                """, [e.id, e.id, before.name, before.nameEn, Timestamp.string(date)])
        }
        try db.run("""
            UPDATE enterprise SET name = ?, name_en = ?, kind = ?, customs_code = ?, ciq_code = ?, district = ?, industry = ?,
                   legal_rep = ?, address = ?, credit_class = ?, version = ? WHERE id = ?
            """, [e.name, e.nameEn, e.kind.rawValue, e.customsCode, e.ciqCode, e.district, e.industry, e.legalRep, e.address,
                  e.creditClass, saved.version, e.id])
        try AuditLog.append(db, at: date, by: actor, action: "enterprise.update", entity: "enterprise", entityID: e.id,
                            before: json(before), after: json(saved))
        return saved
    }

    /// The names `id` had before its present one, oldest first.
    public static func nameHistory(_ db: Database, id: String) throws -> [(name: String, nameEn: String, replacedAt: String)] {
        try db.query("SELECT name, name_en, replaced_at FROM enterprise_name_history WHERE enterprise_id = ? ORDER BY seq", [id])
            .map { (name: $0.string("name") ?? "", nameEn: $0.string("name_en") ?? "", replacedAt: $0.string("replaced_at") ?? "") }
    }

    static func json(_ e: Enterprise) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(e)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
