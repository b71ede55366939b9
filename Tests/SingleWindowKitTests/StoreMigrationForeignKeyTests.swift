import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Migrations: foreign key check")
struct StoreMigrationForeignKeyTests {
    /// A step that leaves an operator pointing to an enterprise that does not exist. Deferred
    /// foreign keys let the bad row in until commit, as a table rebuild or a backfill would.
    static let bad = Migration(version: Migrator.latestVersion + 1, name: "bad-test", sql: """
        PRAGMA defer_foreign_keys = ON;
        CREATE TABLE test_marker (x INTEGER);
        INSERT INTO operator(id, name, role, enterprise_id) VALUES ('ghost', 'Ghost', 'broker', 'NO-SUCH-ENTERPRISE');
        """)

    @Test func aMigrationLeavingADanglingRowFailsNamingTableAndRowidAndRollsBack() throws {
        try withTempDatabase { db, _ in
            let error = #expect(throws: DatabaseError.self) {
                try Migrator.migrate(db, upTo: nil, migrations: Schema.migrations + [Self.bad])
            }
            guard case let .migrationForeignKeyViolation(version, table, rowid, parent) = try #require(error) else {
                Issue.record("expected a foreign key violation, got \(String(describing: error))")
                return
            }
            #expect(version == Self.bad.version)
            #expect(table == "operator")
            #expect(parent == "enterprise")
            let badRow = try #require(rowid)
            #expect(badRow > 0)
            #expect(error?.description.contains("row \(badRow) of operator") == true)
            // Rolled back: no version bump, no table, no row.
            #expect(try Migrator.currentVersion(of: db) == Migrator.latestVersion)
            #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'test_marker'").int == 0)
            #expect(try db.scalar("SELECT count(*) FROM operator WHERE id = 'ghost'").int == 0)
            #expect(!db.isInTransaction)
        }
    }

    @Test func theRegisteredMigrationsPassTheCheck() throws {
        let db = try Database(path: ":memory:")
        #expect(try Migrator.migrate(db).map(\.version) == Schema.migrations.map(\.version).sorted())
        #expect(try db.query("PRAGMA foreign_key_check").isEmpty)
    }

    @Test func migrateUpToStopsAtTheVersionAsked() throws {
        let db = try Database(path: ":memory:")
        let first = try #require(Schema.migrations.map(\.version).min())
        #expect(try Migrator.migrate(db, upTo: first, migrations: Schema.migrations).map(\.version) == [first])
        #expect(try Migrator.currentVersion(of: db) == first)
        try Migrator.migrate(db)
        #expect(try Migrator.currentVersion(of: db) == Migrator.latestVersion)
    }
}
