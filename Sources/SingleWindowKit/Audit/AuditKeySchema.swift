import Store

/// The keyed chain's column: an entry's HMAC-SHA-256 under the database's audit key (`AuditKey`),
/// '' for an entry written without one (every entry before this version, and training
/// databases). A keyed entry's hash covers its MAC, so the plain chain still checks without the key.
enum AuditKeySchema {
    static let migration = Migration(name: "audit_mac", sql: """
    ALTER TABLE audit_entry ADD COLUMN mac TEXT NOT NULL DEFAULT '';
    """)
}
