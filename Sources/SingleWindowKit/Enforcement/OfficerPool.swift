import Foundation
import Store
import TextWidth

/// The officers a draw picks from: active operators with an enforcement role at an inspecting
/// agency, with a certificate number (the operator's ID number, printed on the table).
public enum OfficerPool {
    static let roles = "'market_regulator', 'enforcement_officer'"

    /// The officers of an agency who may inspect the enterprise in `year`, in id order: not in
    /// the conflicts register with it, and not on its table in the previous year's published draw.
    static func eligible(_ db: Database, agency: String, enterpriseID: String, year: Int) throws -> [Operator] {
        try db.query("""
            SELECT o.* FROM operator o
            WHERE o.active = 1 AND o.role IN (\(roles)) AND o.agency = ? AND o.id_number <> ''
              AND NOT EXISTS (SELECT 1 FROM officer_conflict c WHERE c.officer_id = o.id AND c.enterprise_id = ?)
              -- Last year's teams of this enterprise, found from the enterprise (a few tables), not from
              -- the officer (whose tables grow with every draw); CROSS JOIN keeps that order.
              AND o.id NOT IN (SELECT t.officer_id FROM joint_table j CROSS JOIN draw d CROSS JOIN joint_team t
                               WHERE j.enterprise_id = ? AND d.id = j.draw_id AND d.year = ? AND d.state = 'published'
                                 AND t.table_id = j.id)
            ORDER BY o.id
            """, [agency, enterpriseID, enterpriseID, year - 1]).map(Operators.decode)
    }

    /// Every officer of the pool, by agency then id.
    public static func all(_ db: Database, after: (String, String) = ("", ""), limit: Int = 100) throws -> [Operator] {
        try db.query("""
            SELECT * FROM operator WHERE active = 1 AND role IN (\(roles)) AND id_number <> '' AND (agency, id) > (?, ?)
            ORDER BY agency, id LIMIT ?
            """, [after.0, after.1, limit]).map(Operators.decode)
    }

    /// Records that `officerID` may not inspect `enterpriseID`, and why.
    public static func addConflict(_ ws: Workspace, officerID: String, enterpriseID: String, reason: String,
                                   by actor: Operator) throws {
        try Authority.require(actor, "enforcement.conflict.add", roles: [.trainer, .marketRegulator])
        guard !reason.trimmed.isEmpty else { throw DomainError.invalid([Problem("reason", "enforcement.conflict.reason")]) }
        let now = ws.now()
        try ws.db.write {
            try ws.db.run("""
                INSERT OR REPLACE INTO officer_conflict(officer_id, enterprise_id, reason, recorded_at, recorded_by) VALUES (?,?,?,?,?)
                """, [officerID, enterpriseID, reason, Timestamp.string(now), actor.id])
            try AuditLog.append(ws.db, at: now, by: actor, action: "enforcement.conflict.add", entity: "officer_conflict",
                                entityID: "\(officerID)/\(enterpriseID)", after: reason)
        }
    }
}
