import Foundation
import Store

/// The operator directory (`operator` table): look-ups, keyset-paged lists, audited writes.
public enum Operators {
    private static let columns = "id, name, name_en, role, agency, enterprise_id, os_user, id_number, active, version"

    public static func find(_ db: Database, _ id: String) throws -> Operator? {
        try db.queryOne("SELECT \(columns) FROM operator WHERE id = ?", [id]).map(decode)
    }

    public static func findByOSUser(_ db: Database, _ osUser: String) throws -> Operator? {
        try db.queryOne("SELECT \(columns) FROM operator WHERE os_user = ?", [osUser]).map(decode)
    }

    /// One page ordered by id, starting after `after` (the last id of the previous page; "" for
    /// the first), optionally only one role. Uses the primary key or `operator_role(role, id)`.
    public static func list(_ db: Database, role: Role? = nil, after: String = "", limit: Int = 50) throws -> [Operator] {
        if let role {
            return try db.query("SELECT \(columns) FROM operator WHERE role = ? AND id > ? ORDER BY id LIMIT ?",
                                [role.rawValue, after, limit]).map(decode)
        }
        return try db.query("SELECT \(columns) FROM operator WHERE id > ? ORDER BY id LIMIT ?", [after, limit]).map(decode)
    }

    /// Operators whose id or name contains `text`, in id order after `after` (keyset; "" for the
    /// first page).
    public static func search(_ db: Database, text: String, after: String, limit: Int = 50) throws -> [Operator] {
        let like = "%" + Enterprises.likeEscaped(text) + "%"
        return try db.query("""
            SELECT \(columns) FROM operator WHERE id > ? AND (? = '' OR id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')
            ORDER BY id LIMIT ?
            """, [after, text, like, like, limit]).map(decode)
    }

    /// The `limit` operators just before `before` (nil: the last page), in ascending order.
    public static func search(_ db: Database, text: String, before: String?, limit: Int = 50) throws -> [Operator] {
        let like = "%" + Enterprises.likeEscaped(text) + "%"
        return try db.query("""
            SELECT \(columns) FROM operator WHERE id < ? AND (? = '' OR id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')
            ORDER BY id DESC LIMIT ?
            """, [before ?? "\u{10FFFF}", text, like, like, limit]).map(decode).reversed()
    }

    /// Adds a new operator; an existing id is a conflict, not an overwrite.
    public static func insert(_ db: Database, _ op: Operator, by actor: Operator, at date: Date) throws {
        try Authority.require(actor, "add an operator", roles: [.trainer, .administrator])
        try db.write {
            if try find(db, op.id) != nil {
                throw DomainError.conflict("operator \(op.id) already exists")
            }
            try requireFreeLogin(db, op)
            try db.run("INSERT INTO operator(\(columns)) VALUES (?,?,?,?,?,?,?,?,?,1)", values(op))
            try AuditLog.append(db, at: date, by: actor, action: "operator.add", entity: "operator",
                                entityID: op.id, after: json(op))
        }
    }

    /// Adds the operator, or replaces its fields if the id exists (bumping its version). An
    /// unchanged operator writes nothing and no audit entry.
    public static func upsert(_ db: Database, _ op: Operator, by actor: Operator, at date: Date) throws {
        try Authority.require(actor, "change an operator", roles: [.trainer, .administrator])
        try db.write {
            guard let existing = try find(db, op.id) else {
                try insert(db, op, by: actor, at: date)
                return
            }
            if existing == op { return }
            try requireFreeLogin(db, op)
            try db.run("""
                UPDATE operator SET name = ?, name_en = ?, role = ?, agency = ?, enterprise_id = ?, os_user = ?,
                       id_number = ?, active = ?, version = version + 1
                WHERE id = ?
                """, Array(values(op).dropFirst()) + [op.id])
            try AuditLog.append(db, at: date, by: actor, action: "operator.change", entity: "operator",
                                entityID: op.id, before: json(existing), after: json(op))
        }
    }

    /// One login, one operator: said as a conflict naming the holder, not as a UNIQUE failure.
    private static func requireFreeLogin(_ db: Database, _ op: Operator) throws {
        guard let login = op.osUser, let holder = try findByOSUser(db, login), holder.id != op.id else { return }
        throw DomainError.conflict("the login \(login) already belongs to operator \(holder.id)")
    }

    private static func values(_ op: Operator) -> [any SQLBindable] {
        [op.id, op.name, op.nameEn, op.role.rawValue, op.agency.rawValue, op.enterpriseID, op.osUser, op.idNumber, op.active]
    }

    /// The audit entry's before/after: stable key order, so equal operators give equal text.
    static func json(_ op: Operator) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(op)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// NOT NULL columns read typed (a NULL or mistyped one throws `DatabaseError.decode`).
    static func decode(_ row: Row) throws -> Operator {
        Operator(id: try row.decode("id"), name: try row.decode("name"), nameEn: try row.decode("name_en"),
                 // An unknown role (a newer release's) falls back to the least-privileged one.
                 role: Role(rawValue: try row.decode("role")) ?? .trader,
                 agency: Agency(rawValue: try row.decode("agency")) ?? .none,
                 enterpriseID: try row.decodeIfPresent("enterprise_id"), osUser: try row.decodeIfPresent("os_user"),
                 idNumber: try row.decode("id_number"), active: try row.decode("active"))
    }
}
