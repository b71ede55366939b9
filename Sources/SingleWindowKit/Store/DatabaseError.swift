import Foundation

/// Everything the store can refuse, typed so callers (and tests) can tell a conflict from a bug.
public enum DatabaseError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A failing sqlite3 call: its result code, its message and the SQL that caused it.
    case sqlite(code: Int32, message: String, sql: String?)
    /// The file is not a SQLite database (or is encrypted/corrupt); it was not touched.
    case notADatabase(path: String)
    /// The file was written by a newer SingleWindow; opening it could corrupt it.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Optimistic concurrency: someone else changed the row since it was read.
    case staleVersion(table: String, id: String, expected: Int64, found: Int64?)
    /// A row that should exist does not.
    case notFound(table: String, id: String)

    public var description: String {
        switch self {
        case let .sqlite(code, message, sql):
            return "SQLite error \(code): \(message)" + (sql.map { " (in: \($0.prefix(120)))" } ?? "")
        case let .notADatabase(path):
            return "\(path) is not a SingleWindow database (not a SQLite file); it was left untouched"
        case let .newerSchema(path, found, supported):
            return "\(path) was made by a newer SingleWindow (schema \(found); this program knows up to \(supported)); upgrade SingleWindow to open it"
        case let .staleVersion(table, id, expected, found):
            if let found {
                return "\(table) \(id) was changed by someone else (version \(found), you had \(expected)); reload and try again"
            }
            return "\(table) \(id) no longer exists"
        case let .notFound(table, id):
            return "\(table) \(id) not found"
        }
    }
}
