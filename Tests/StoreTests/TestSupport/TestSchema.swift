import Foundation
@testable import Store

/// The store's tests know no domain: a small schema of their own, one area.
enum TestSchema {
    static let sets = [
        MigrationSet(area: "test", migrations: [
            1: Migration(name: "settings-and-register", sql: """
                CREATE TABLE meta (
                    key   TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE enterprise (
                    id        TEXT PRIMARY KEY,
                    name      TEXT NOT NULL,
                    kind      TEXT NOT NULL,
                    district  TEXT NOT NULL DEFAULT '',
                    legal_rep TEXT NOT NULL DEFAULT '',
                    version   INTEGER NOT NULL DEFAULT 1
                );
                """),
        ]),
    ]
}

/// A fresh directory for one test's database files, removed on every exit path of `body`.
struct TempDirectory {
    let url: URL

    func path(_ name: String = "test.db") -> String { url.appendingPathComponent(name).path }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}

@discardableResult
func withTempDirectory<T>(_ body: (TempDirectory) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("sw-store-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(TempDirectory(url: url))
}

/// A database with the test schema in a temp file, with its path (to open more connections).
@discardableResult
func withTempDatabase<T>(_ body: (Database, String) throws -> T) throws -> T {
    try withTempDirectory { dir in
        let path = dir.path()
        let db = try Database(path: path)
        defer { db.close() }
        try Migrator.migrate(db, sets: TestSchema.sets)
        return try body(db, path)
    }
}

/// An in-memory database with the test schema.
func memoryDatabase() throws -> Database {
    let db = try Database(path: ":memory:")
    try Migrator.migrate(db, sets: TestSchema.sets)
    return db
}
