import Foundation
import Store

/// The database's kind, written into its audit chain: the first `database.kind` entry. `meta`
/// is a plain table anyone with sqlite3 can edit; the chain is not (an edit breaks its hashes).
/// So opening trusts the anchor over `meta`, and `audit verify` fails when they disagree.
public enum KindAnchor {
    public static let action = "database.kind"

    /// The kind the chain was anchored with, and the anchor's seq; nil for a chain without one.
    public static func anchored(_ db: Database) throws -> (kind: String, seq: Int64)? {
        try db.queryOne("SELECT seq, after FROM audit_entry WHERE action = ? ORDER BY seq LIMIT 1", [action])
            .map { (kind: $0.string("after") ?? "", seq: $0.int64("seq") ?? 0) }
    }

    /// Appends the anchor when the chain has none: the first entry of a new database, and for a
    /// database made before anchors, the entry its first opening by this version appends.
    /// Inside the caller's transaction.
    static func ensure(_ db: Database, kind: DatabaseKind, at date: Date) throws {
        guard try anchored(db) == nil else { return }
        try AuditLog.append(db, at: date, by: .system, action: action, entity: "database",
                            entityID: try Meta.get(db, Meta.databaseID) ?? "", after: kind.rawValue)
    }

    /// Why `meta.kind` cannot be believed, or nil when it agrees with the anchor. A database
    /// with neither (a bare store in a test) has nothing to disagree.
    static func disagreement(_ db: Database) throws -> AuditVerification.Break? {
        guard let stored = try Meta.get(db, Meta.kind) else { return nil }
        guard let anchor = try anchored(db) else {
            return .init(seq: 0, reason: "meta.kind says '\(stored)' but no audit entry records the database's kind")
        }
        guard anchor.kind != stored else { return nil }
        return .init(seq: anchor.seq, reason: "meta.kind says '\(stored)' but the audit chain was anchored as '\(anchor.kind)' (meta was edited)")
    }
}
