import Store

/// The schema as the house knows it: each area's migration set, in `DomainAreas.all` order.
/// Migrations are numbered per area (see `Store/Migration.swift`); add one in its area's file.
public enum Schema {
    public static var areas: [MigrationSet] { DomainAreas.all.map(\.migrations) }

    /// Migrates `db` to every area's latest version (refusing a file from a newer SingleWindow).
    @discardableResult
    public static func migrate(_ db: Database) throws -> [AppliedMigration] {
        try Migrator.migrate(db, sets: areas)
    }

    /// Each area's latest version.
    public static var latestVersions: [String: Int] {
        Dictionary(uniqueKeysWithValues: areas.map { ($0.area, $0.latestVersion) })
    }

    /// Each area's version in `db`.
    public static func versions(of db: Database) throws -> [String: Int] {
        try Migrator.versions(of: db, sets: areas)
    }

    /// "foundation 1, lanes 1, …": what this program knows, for `--version`.
    public static var summary: String {
        areas.map { "\($0.area) \($0.latestVersion)" }.joined(separator: ", ")
    }
}

extension Migrator {
    /// What `singlewindow --version` prints after "schema": each area's latest version.
    public static var latestVersion: String { Schema.summary }
}
