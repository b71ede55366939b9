import Foundation
@testable import SingleWindowKit

/// A fresh directory for one test's database files, removed on every exit path of `body`.
/// Each test gets its own, since Swift Testing runs tests in parallel.
struct TempDirectory {
    let url: URL

    /// A path inside the directory (the file itself is not created).
    func path(_ name: String = "test.db") -> String { url.appendingPathComponent(name).path }

    /// Whether a file exists in the directory (e.g. `test.db-wal`).
    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}

@discardableResult
func withTempDirectory<T>(_ body: (TempDirectory) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("sw-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(TempDirectory(url: url))
}

/// A migrated database in a temp file, with its path (to open more connections to it).
@discardableResult
func withTempDatabase<T>(_ body: (Database, String) throws -> T) throws -> T {
    try withTempDirectory { dir in
        let path = dir.path()
        let db = try Database(path: path)
        defer { db.close() }
        try Schema.migrate(db)
        return try body(db, path)
    }
}

/// A migrated in-memory database, for rules that do not need a file.
func memoryDatabase() throws -> Database {
    let db = try Database(path: ":memory:")
    try Schema.migrate(db)
    return db
}
