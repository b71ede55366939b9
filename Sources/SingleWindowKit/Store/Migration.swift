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
        try migrate(db, upTo: nil, migrations: Schema.migrations)
    }

    /// Applies `migrations` (by default the registered ones) up to and including version `upTo`
    /// (nil: all). Tests build a database as an earlier release left it with `upTo`, and try a
    /// deliberately bad step with `migrations`.
    ///
    /// After each step's SQL, still inside its transaction, `PRAGMA foreign_key_check` must find
    /// nothing: a row left pointing to a missing parent (a table rebuilt, a backfill gone wrong,
    /// data from a file written with foreign keys off) fails the migration, naming the table and
    /// rowid, and the step rolls back with `user_version` unchanged.
    @discardableResult
    static func migrate(_ db: Database, upTo target: Int?, migrations: [Migration]) throws -> [Migration] {
        let latest = migrations.map(\.version).max() ?? 0
        let current = try currentVersion(of: db)
        if current > latest {
            throw DatabaseError.newerSchema(path: db.path, found: current, supported: latest)
        }
        var applied: [Migration] = []
        for migration in migrations.sorted(by: { $0.version < $1.version })
        where migration.version > current && migration.version <= (target ?? Int.max) {
            let ran = try db.write { () throws -> Bool in
                guard try currentVersion(of: db) < migration.version else { return false }
                try db.execute(migration.sql)
                try checkForeignKeys(db, after: migration)
                try db.execute("PRAGMA user_version = \(migration.version)")
                return true
            }
            if ran { applied.append(migration) }
        }
        return applied
    }

    /// Throws for the first row `PRAGMA foreign_key_check` reports (columns: table, rowid —
    /// NULL for a WITHOUT ROWID table —, parent, foreign key index).
    private static func checkForeignKeys(_ db: Database, after migration: Migration) throws {
        guard let violation = try db.queryOne("PRAGMA foreign_key_check") else { return }
        throw DatabaseError.migrationForeignKeyViolation(
            version: migration.version, table: try violation.string(0),
            rowid: try violation.decodeIfPresent(1, as: Int64.self), parent: try violation.string(2))
    }
}
