import Foundation

/// One forward-only schema step. Versions are dense and never reused; a released migration is
/// never edited, only followed by a new one.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Applies `Schema.migrations` in order, each in its own transaction with `user_version`.
public enum Migrator {
    public static var latestVersion: Int { Schema.migrations.map(\.version).max() ?? 0 }

    public static func currentVersion(of db: Database) throws -> Int {
        try db.scalar("PRAGMA user_version").int ?? 0
    }

    /// Brings `db` up to date. Refuses a file from a newer SingleWindow rather than guessing.
    /// Each step re-reads the version inside its write transaction: two terminals opening a new
    /// file at once must not both run the same migration.
    @discardableResult
    public static func migrate(_ db: Database) throws -> [Migration] {
        let current = try currentVersion(of: db)
        if current > latestVersion {
            throw DatabaseError.newerSchema(path: db.path, found: current, supported: latestVersion)
        }
        var applied: [Migration] = []
        for migration in Schema.migrations.sorted(by: { $0.version < $1.version }) where migration.version > current {
            let ran = try db.write { () throws -> Bool in
                guard try currentVersion(of: db) < migration.version else { return false }
                try db.execute(migration.sql)
                try db.execute("PRAGMA user_version = \(migration.version)")
                return true
            }
            if ran { applied.append(migration) }
        }
        return applied
    }
}
