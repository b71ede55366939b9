import Foundation

/// One forward-only schema step of one area. A released step is never edited, only followed by
/// a new one. Its number is the key it is registered under in its area's `MigrationSet`.
public struct Migration: Sendable {
    /// The global `user_version` this step was applied as before migrations were numbered per
    /// area (1…9); nil for every step added since. Only used to record, on opening a database
    /// from before the change, which steps it already has.
    public let legacyVersion: Int?
    public let name: String
    public let sql: String

    public init(legacyVersion: Int? = nil, name: String, sql: String) {
        self.legacyVersion = legacyVersion
        self.name = name
        self.sql = sql
    }
}

/// An area's migrations, numbered 1, 2, 3… within the area, so two areas built in parallel
/// never collide on one number. Adding a step is one line: `4: NewStepSchema.migration,`.
public struct MigrationSet: Sendable {
    public let area: String
    public let migrations: [Int: Migration]

    /// Numbers must run 1…n without a gap; a duplicate number already stops the dictionary
    /// literal. Steps from before per-area numbering come first, in their global order.
    public init(area: String, migrations: [Int: Migration]) {
        precondition(!area.isEmpty, "a migration set needs an area name")
        precondition(migrations.keys.sorted() == Array(1..<(migrations.count + 1)),
                     "\(area): migrations must be numbered 1…\(migrations.count) without a gap")
        let legacy = migrations.sorted { $0.key < $1.key }.map(\.value.legacyVersion)
        let known = legacy.prefix { $0 != nil }.compactMap { $0 }
        precondition(known.count == legacy.compactMap({ $0 }).count && known == known.sorted(),
                     "\(area): steps with a legacy version come first, in their global order")
        self.area = area
        self.migrations = migrations
    }

    /// The steps by number.
    public var ordered: [(version: Int, migration: Migration)] {
        migrations.sorted { $0.key < $1.key }.map { (version: $0.key, migration: $0.value) }
    }

    public var latestVersion: Int { migrations.count }

    /// The same area as an earlier release knew it: steps 1…`version` (tests build old files).
    public func through(_ version: Int) -> MigrationSet {
        MigrationSet(area: area, migrations: migrations.filter { $0.key <= version })
    }
}

/// A step the runner applied.
public struct AppliedMigration: Equatable, Sendable, CustomStringConvertible {
    public let area: String
    public let version: Int
    public let name: String

    public init(area: String, version: Int, name: String) {
        self.area = area
        self.version = version
        self.name = name
    }

    public var description: String { "\(area) \(version) \(name)" }
}

/// Applies the areas' migrations: the areas in the order given (an area's steps may refer only to
/// tables of areas before it), each area's pending steps in number order, each step in its own
/// transaction together with its row in `schema_migration(area, version, name, applied_at,
/// legacy_version)`.
///
/// `PRAGMA user_version` holds the runner's format, `perAreaFormat`. A database from before
/// per-area numbering holds its global version there (1…9); opening it records, in one
/// transaction, the steps whose `legacyVersion` it had reached, and then goes on as usual.
public enum Migrator {
    /// The `user_version` of a database whose steps are recorded per area. Releases before the
    /// change refuse any `user_version` above their own last global version, so they refuse a
    /// per-area database as newer instead of misreading it.
    public static let perAreaFormat = 1_000

    static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migration (
            area           TEXT NOT NULL,
            version        INTEGER NOT NULL,
            name           TEXT NOT NULL,
            applied_at     TEXT NOT NULL,  -- UTC; '' for a step recorded from a global version
            legacy_version INTEGER,        -- the global user_version it was applied as, if any
            PRIMARY KEY (area, version)
        ) WITHOUT ROWID
        """

    /// `PRAGMA user_version`: 0 for a new file, `perAreaFormat`, or an old global version.
    public static func format(of db: Database) throws -> Int {
        try db.scalar("PRAGMA user_version").int ?? 0
    }

    /// Each area's version as recorded in `db`; a database from before per-area numbering reads
    /// as the steps its global version stands for (nothing is written). Areas with no step: absent.
    public static func versions(of db: Database, sets: [MigrationSet]) throws -> [String: Int] {
        let format = try format(of: db)
        if format == perAreaFormat { return try recordedVersions(db) }
        var versions: [String: Int] = [:]
        for set in sets {
            let reached = set.ordered.filter { ($0.migration.legacyVersion ?? Int.max) <= format }.count
            if reached > 0 { versions[set.area] = reached }
        }
        return versions
    }

    static func recordedVersions(_ db: Database) throws -> [String: Int] {
        var versions: [String: Int] = [:]
        for row in try db.query("SELECT area, max(version) AS version FROM schema_migration GROUP BY area") {
            versions[try row.decode("area", as: String.self)] = try row.decode("version", as: Int.self)
        }
        return versions
    }

    /// Throws `newerSchema` when `db` was written by a program that knows more than `sets`: a
    /// runner format beyond ours, a global version beyond the last legacy one, an area step
    /// beyond ours or an area we do not know at all. Reads only, so it may run before anything
    /// is written to the file.
    public static func refuseNewer(_ db: Database, sets: [MigrationSet]?) throws {
        let format = try format(of: db)
        if format > perAreaFormat {
            throw DatabaseError.newerSchema(path: db.path, area: nil, found: format, supported: perAreaFormat)
        }
        guard let sets else { return }
        if format == perAreaFormat {
            let known = Dictionary(uniqueKeysWithValues: sets.map { ($0.area, $0.latestVersion) })
            for (area, found) in try recordedVersions(db).sorted(by: { $0.key < $1.key }) where found > known[area] ?? 0 {
                throw DatabaseError.newerSchema(path: db.path, area: area, found: found, supported: known[area] ?? 0)
            }
        } else {
            let lastLegacy = sets.flatMap { $0.migrations.values.compactMap(\.legacyVersion) }.max() ?? 0
            if format > lastLegacy {
                throw DatabaseError.newerSchema(path: db.path, area: nil, found: format, supported: lastLegacy)
            }
        }
    }

    /// Brings `db` up to date with `sets` and returns the steps applied. Refuses a file from a
    /// newer SingleWindow rather than guessing. Each step re-reads its area's version inside its
    /// write transaction: two terminals opening a new file at once must not both run a step.
    ///
    /// After each step's SQL, still inside its transaction, `PRAGMA foreign_key_check` must find
    /// nothing: a row left pointing to a missing parent (a table rebuilt, a backfill gone wrong,
    /// data from a file written with foreign keys off) fails the step, naming the table and
    /// rowid, and the step rolls back with its area's version unchanged.
    @discardableResult
    public static func migrate(_ db: Database, sets: [MigrationSet]) throws -> [AppliedMigration] {
        precondition(Set(sets.map(\.area)).count == sets.count, "each area registers one migration set")
        try refuseNewer(db, sets: sets)
        try adoptPerAreaFormat(db, sets: sets)
        let current = try recordedVersions(db)
        var applied: [AppliedMigration] = []
        for set in sets {
            for (version, migration) in set.ordered where version > current[set.area] ?? 0 {
                let ran = try db.write { () throws -> Bool in
                    let now = try db.scalar("SELECT max(version) FROM schema_migration WHERE area = ?", [set.area]).int ?? 0
                    guard now < version else { return false }
                    try db.execute(migration.sql)
                    try checkForeignKeys(db, area: set.area, version: version)
                    try db.run("""
                        INSERT INTO schema_migration(area, version, name, applied_at)
                        VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                        """, [set.area, version, migration.name])
                    return true
                }
                if ran { applied.append(AppliedMigration(area: set.area, version: version, name: migration.name)) }
            }
        }
        return applied
    }

    /// A new file, or one from before per-area numbering, gets `schema_migration` (the latter
    /// with a row for each step it had as a global version) and `perAreaFormat`, in one
    /// transaction. A no-op once done.
    static func adoptPerAreaFormat(_ db: Database, sets: [MigrationSet]) throws {
        guard try format(of: db) != perAreaFormat else { return }
        try db.write {
            let format = try format(of: db)
            guard format != perAreaFormat else { return }
            try refuseNewer(db, sets: sets)
            try db.execute(createTable)
            for set in sets {
                for (version, migration) in set.ordered {
                    guard let legacy = migration.legacyVersion, legacy <= format else { continue }
                    try db.run("""
                        INSERT INTO schema_migration(area, version, name, applied_at, legacy_version) VALUES (?, ?, ?, '', ?)
                        """, [set.area, version, migration.name, legacy])
                }
            }
            try db.execute("PRAGMA user_version = \(perAreaFormat)")
        }
    }

    /// Throws for the first row `PRAGMA foreign_key_check` reports (columns: table, rowid —
    /// NULL for a WITHOUT ROWID table —, parent, foreign key index).
    private static func checkForeignKeys(_ db: Database, area: String, version: Int) throws {
        guard let violation = try db.queryOne("PRAGMA foreign_key_check") else { return }
        throw DatabaseError.migrationForeignKeyViolation(
            area: area, version: version, table: try violation.string(0),
            rowid: try violation.decodeIfPresent(1, as: Int64.self), parent: try violation.string(2))
    }
}
