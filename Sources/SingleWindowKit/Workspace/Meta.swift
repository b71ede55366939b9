import Foundation
import Store

/// The database's own settings (`meta` table): what kind it is, when it was made, by which
/// version, and a training clock's offset. Keys are named here so no caller misspells one.
public enum Meta {
    public static let kind = "kind"
    public static let createdAt = "created_at"
    public static let appVersion = "app_version"
    public static let clockOffsetSeconds = "clock_offset_seconds"
    /// A random UUID given to the database when it is made and renewed when a training database
    /// is reset: the audit chain belongs to it, so an anchor kept from another chain (before a
    /// reset) is told apart from a truncated one.
    public static let databaseID = "database_id"

    /// A new database id (lower-case UUID).
    public static func newDatabaseID() -> String { UUID().uuidString.lowercased() }

    public static func get(_ db: Database, _ key: String) throws -> String? {
        try db.queryOne("SELECT value FROM meta WHERE key = ?", [key])?.string("value")
    }

    public static func set(_ db: Database, _ key: String, _ value: String) throws {
        try db.run("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   [key, value])
    }
}
