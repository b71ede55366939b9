import CSQLite
import Foundation

/// Everything the store can refuse, typed so callers (and tests) can tell a conflict from a bug.
public enum DatabaseError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A failing sqlite3 call: its (extended) result code, its message and the SQL that caused it.
    case sqlite(code: Int32, message: String, sql: String?)
    /// The file could not be opened at all (missing directory, a directory, no permission).
    case cannotOpen(path: String, reason: String)
    /// The file is not a SQLite database (or is encrypted/corrupt); it was not touched.
    case notADatabase(path: String)
    /// The file was written by a newer SingleWindow; opening it could corrupt it. `area` names
    /// the area whose schema is newer (nil: the file's format or old global version is newer);
    /// `supported` 0 means this program does not know the area at all.
    case newerSchema(path: String, area: String?, found: Int, supported: Int)
    /// Optimistic concurrency: someone else changed the row since it was read.
    case staleVersion(table: String, id: String, expected: Int64, found: Int64?)
    /// A row that should exist does not.
    case notFound(table: String, id: String)
    /// An operation that only makes sense inside the caller's transaction (an audit entry must
    /// commit or roll back with the change it records) was called outside one.
    case transactionRequired(operation: String)
    /// A column read through a typed accessor (`try row.int(0)`, `try row.decode("name")`) was
    /// NULL, of another type, or missing from the row. `found` is the SQLite storage class seen
    /// (`null`, `integer`, `real`, `text`, `blob`) or `no such column`.
    case decode(column: String, expected: String, found: String)
    /// `PRAGMA foreign_key_check` found a row pointing nowhere after a migration ran; the
    /// migration was rolled back.
    case migrationForeignKeyViolation(area: String, version: Int, table: String, rowid: Int64?, parent: String)

    /// The extended SQLite result code, when the error came from SQLite.
    public var sqliteCode: Int32? {
        if case let .sqlite(code, _, _) = self { return code }
        return nil
    }

    /// The primary result code (`SQLITE_CONSTRAINT`, `SQLITE_BUSY`…), without the extended bits.
    public var primaryCode: Int32? { sqliteCode.map { $0 & 0xff } }

    /// UNIQUE, NOT NULL, CHECK, FOREIGN KEY or a trigger's RAISE(ABORT): the data was refused.
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// Another connection held the lock for longer than the busy timeout.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// What a writer that waited its whole time for the lock is told.
    static func busyMessage(seconds: Double) -> String {
        "another SingleWindow kept this database busy for over \(String(format: "%g", seconds)) s; nothing was changed, try again"
    }

    public var description: String {
        switch self {
        case let .sqlite(code, message, _) where code & 0xff == SQLITE_BUSY || code & 0xff == SQLITE_LOCKED:
            // Never SQLite's bare "database is locked": say what it means for the user.
            return message.hasPrefix("another SingleWindow") ? message : DatabaseError.busyMessage(seconds: 5) + " (\(message))"
        case let .sqlite(code, message, sql):
            return "SQLite error \(code): \(message)" + (sql.map { " (in: \($0.prefix(120)))" } ?? "")
        case let .cannotOpen(path, reason):
            return "cannot open \(path): \(reason)"
        case let .notADatabase(path):
            return "\(path) is not a SingleWindow database (not a SQLite file); it was left untouched"
        case let .newerSchema(path, area, found, supported):
            let schema = area.map { "\($0) schema \(found)" } ?? "schema \(found)"
            let known = supported == 0 && area != nil ? "this program does not know that area" : "this program knows up to \(supported)"
            return "\(path) was made by a newer SingleWindow (\(schema); \(known)); upgrade SingleWindow to open it"
        case let .staleVersion(table, id, expected, found):
            if let found {
                return "\(table) \(id) was changed by someone else (version \(found), you had \(expected)); reload and try again"
            }
            return "\(table) \(id) no longer exists"
        case let .notFound(table, id):
            return "\(table) \(id) not found"
        case let .transactionRequired(operation):
            return "\(operation) must run inside a write transaction (db.write { })"
        case let .decode(column, expected, found):
            return "column \(column): expected \(expected), found \(found)"
        case let .migrationForeignKeyViolation(area, version, table, rowid, parent):
            let row = rowid.map { "row \($0)" } ?? "a row"
            return "migration \(area) \(version) left \(row) of \(table) pointing to a missing \(parent); it was rolled back"
        }
    }
}
