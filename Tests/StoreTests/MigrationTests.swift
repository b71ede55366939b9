import Foundation
import Testing
@testable import Store

/// The runner on areas of its own: numbering per area, the `schema_migration` record, adopting a
/// database from the global numbering, refusing newer ones, the foreign key check.
@Suite("Migrations per area")
struct MigrationTests {
    static let parents = MigrationSet(area: "parents", migrations: [
        1: Migration(legacyVersion: 1, name: "parent", sql: "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"),
        2: Migration(legacyVersion: 3, name: "parent-note", sql: "ALTER TABLE parent ADD COLUMN note TEXT NOT NULL DEFAULT '';"),
    ])
    static let children = MigrationSet(area: "children", migrations: [
        1: Migration(legacyVersion: 2, name: "child", sql: """
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));
            """),
        2: Migration(name: "child-index", sql: "CREATE INDEX child_parent ON child(parent_id);"),
    ])
    static let sets = [parents, children]

    static func tables(_ db: Database) throws -> [String] {
        try db.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .map { try $0.string(0) }
    }

    static func recorded(_ db: Database) throws -> [String] {
        try db.query("SELECT area, version, name, legacy_version, applied_at <> '' FROM schema_migration ORDER BY area, version")
            .map { row in
                "\(try row.string(0)) \(try row.int(1)) \(try row.string(2)) legacy=\(try row.decodeIfPresent(3, as: Int.self).map(String.init) ?? "-") dated=\(try row.bool(4))"
            }
    }

    @Test func aNewDatabaseGetsEveryAreaInAreaOrderAndRecordsEachStep() throws {
        let db = try Database(path: ":memory:")
        let applied = try Migrator.migrate(db, sets: Self.sets)
        #expect(applied.map(\.description) == ["parents 1 parent", "parents 2 parent-note", "children 1 child", "children 2 child-index"])
        #expect(try Migrator.format(of: db) == Migrator.perAreaFormat)
        #expect(try Migrator.versions(of: db, sets: Self.sets) == ["parents": 2, "children": 2])
        #expect(try Self.recorded(db) == [
            "children 1 child legacy=- dated=true", "children 2 child-index legacy=- dated=true",
            "parents 1 parent legacy=- dated=true", "parents 2 parent-note legacy=- dated=true",
        ])
        #expect(try Migrator.migrate(db, sets: Self.sets).isEmpty)
    }

    /// Two areas built in parallel both add their step 3; neither number is taken from the other.
    @Test func areasNumberTheirStepsIndependently() throws {
        let db = try Database(path: ":memory:")
        try Migrator.migrate(db, sets: Self.sets)
        let grownParents = MigrationSet(area: "parents", migrations: Self.parents.migrations.merging([
            3: Migration(name: "parent-code", sql: "ALTER TABLE parent ADD COLUMN code TEXT NOT NULL DEFAULT '';"),
        ]) { old, _ in old })
        let grownChildren = MigrationSet(area: "children", migrations: Self.children.migrations.merging([
            3: Migration(name: "child-code", sql: "ALTER TABLE child ADD COLUMN code TEXT NOT NULL DEFAULT '';"),
        ]) { old, _ in old })
        let applied = try Migrator.migrate(db, sets: [grownParents, grownChildren])
        #expect(applied.map(\.description) == ["parents 3 parent-code", "children 3 child-code"])
        #expect(try Migrator.versions(of: db, sets: [grownParents, grownChildren]) == ["parents": 3, "children": 3])
    }

    @Test func throughGivesTheAreaAsAnEarlierReleaseKnewIt() throws {
        let db = try Database(path: ":memory:")
        try Migrator.migrate(db, sets: Self.sets.map { $0.through(1) })
        #expect(try Migrator.versions(of: db, sets: Self.sets) == ["parents": 1, "children": 1])
        #expect(try Migrator.migrate(db, sets: Self.sets).map(\.description) == ["parents 2 parent-note", "children 2 child-index"])
    }

    /// A file as the global runner left it at `version`: each step with a legacy version up to it,
    /// in global order, `user_version` set to the step's number.
    static func legacyDatabase(at version: Int) throws -> Database {
        let db = try Database(path: ":memory:")
        let steps = sets.flatMap { $0.migrations.values }.filter { ($0.legacyVersion ?? .max) <= version }
        for step in steps.sorted(by: { $0.legacyVersion! < $1.legacyVersion! }) {
            try db.write {
                try db.execute(step.sql)
                try db.execute("PRAGMA user_version = \(step.legacyVersion!)")
            }
        }
        return db
    }

    @Test func aDatabaseFromTheGlobalNumberingIsAdoptedWithItsStepsRecorded() throws {
        let db = try Self.legacyDatabase(at: 2)
        try db.run("INSERT INTO parent(id, name) VALUES (1, 'kept')")
        try db.run("INSERT INTO child(id, parent_id) VALUES (1, 1)")
        #expect(try Migrator.versions(of: db, sets: Self.sets) == ["parents": 1, "children": 1])
        let applied = try Migrator.migrate(db, sets: Self.sets)
        #expect(applied.map(\.description) == ["parents 2 parent-note", "children 2 child-index"])
        #expect(try Self.recorded(db) == [
            "children 1 child legacy=2 dated=false", "children 2 child-index legacy=- dated=true",
            "parents 1 parent legacy=1 dated=false", "parents 2 parent-note legacy=- dated=true",
        ])
        #expect(try Migrator.format(of: db) == Migrator.perAreaFormat)
        #expect(try db.scalar("SELECT name FROM parent JOIN child ON child.parent_id = parent.id").string == "kept")
    }

    @Test func aDatabaseAtTheLastGlobalVersionOnlyGetsTheNewSteps() throws {
        let db = try Self.legacyDatabase(at: 3)
        #expect(try Migrator.migrate(db, sets: Self.sets).map(\.description) == ["children 2 child-index"])
        #expect(try Self.tables(db) == ["child", "child_parent", "parent", "schema_migration"])
    }

    @Test func aNewerAreaStepIsRefused() throws {
        let db = try Database(path: ":memory:")
        try Migrator.migrate(db, sets: Self.sets)
        let older = [Self.parents, Self.children.through(1)]
        let expected = DatabaseError.newerSchema(path: ":memory:", area: "children", found: 2, supported: 1)
        let error = #expect(throws: expected) { try Migrator.migrate(db, sets: older) }
        #expect(error?.description.contains("children schema 2; this program knows up to 1") == true)
        #expect(error?.description.contains("upgrade SingleWindow") == true)
    }

    @Test func anAreaThisProgramDoesNotKnowIsRefused() throws {
        let db = try Database(path: ":memory:")
        try Migrator.migrate(db, sets: Self.sets)
        let error = #expect(throws: DatabaseError.newerSchema(path: ":memory:", area: "children", found: 2, supported: 0)) {
            try Migrator.migrate(db, sets: [Self.parents])
        }
        #expect(error?.description.contains("does not know that area") == true)
    }

    @Test func aGlobalVersionBeyondTheLastLegacyStepIsRefused() throws {
        let db = try Self.legacyDatabase(at: 3)
        try db.execute("PRAGMA user_version = 4")
        #expect(throws: DatabaseError.newerSchema(path: ":memory:", area: nil, found: 4, supported: 3)) {
            try Migrator.migrate(db, sets: Self.sets)
        }
        #expect(try Migrator.format(of: db) == 4)
    }

    @Test func aNewerRunnerFormatIsRefusedByAnyOpen() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            do {
                let db = try Database(path: path)
                try db.execute("PRAGMA user_version = \(Migrator.perAreaFormat + 1)")
                db.close()
            }
            #expect(throws: DatabaseError.newerSchema(path: path, area: nil, found: Migrator.perAreaFormat + 1,
                                                      supported: Migrator.perAreaFormat)) {
                try Database(path: path)
            }
        }
    }

    @Test func openingWithTheKnownSchemaRefusesANewerAreaBeforeWritingAnything() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            do {
                let db = try Database(path: path)
                try Migrator.migrate(db, sets: Self.sets)
                db.close()
            }
            #expect(throws: DatabaseError.newerSchema(path: path, area: "children", found: 2, supported: 0)) {
                try Database(path: path, knownSchema: [Self.parents])
            }
            // Without the sets only the format is checked; the runner still refuses.
            let db = try Database(path: path)
            #expect(throws: DatabaseError.self) { try Migrator.migrate(db, sets: [Self.parents]) }
        }
    }

    /// A step that leaves a child pointing to a parent that does not exist. Deferred foreign keys
    /// let the bad row in until commit, as a table rebuild or a backfill would.
    @Test func aStepLeavingADanglingRowFailsNamingTableAndRowidAndRollsBack() throws {
        let db = try Database(path: ":memory:")
        try Migrator.migrate(db, sets: Self.sets)
        let bad = MigrationSet(area: "children", migrations: Self.children.migrations.merging([
            3: Migration(name: "bad-test", sql: """
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE test_marker (x INTEGER);
                INSERT INTO child(id, parent_id) VALUES (7, 999);
                """),
        ]) { old, _ in old })
        let error = #expect(throws: DatabaseError.self) { try Migrator.migrate(db, sets: [Self.parents, bad]) }
        #expect(error == .migrationForeignKeyViolation(area: "children", version: 3, table: "child", rowid: 7, parent: "parent"))
        #expect(error?.description.contains("migration children 3 left row 7 of child") == true)
        #expect(try Migrator.versions(of: db, sets: Self.sets) == ["parents": 2, "children": 2])
        #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'test_marker'").int == 0)
        #expect(try db.scalar("SELECT count(*) FROM child").int == 0)
        #expect(!db.isInTransaction)
    }

    @Test func setsListTheirStepsInNumberOrder() {
        #expect(Self.children.ordered.map(\.version) == [1, 2])
        #expect(Self.children.latestVersion == 2)
        #expect(Self.children.through(1).ordered.map(\.migration.name) == ["child"])
    }
}
