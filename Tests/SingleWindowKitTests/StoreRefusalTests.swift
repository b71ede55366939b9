import Foundation
import Testing
@testable import SingleWindowKit

/// A file's bytes and modification time, to show that a refused open left it alone.
struct FileSnapshot: Equatable {
    let bytes: Data
    let modified: Date?

    init(_ path: String) throws {
        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    }
}

/// Writes `bytes` and dates the file in the past, so any write by the open would show in mtime.
func plant(_ bytes: [UInt8], at path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_400_000_000)], ofItemAtPath: path)
}

/// Pseudo-random bytes from a fixed seed (a linear congruential generator), the same every run.
func seededBytes(count: Int) -> [UInt8] {
    var state: UInt32 = 20_150_408
    return (0..<count).map { _ in
        state = state &* 1_664_525 &+ 1_013_904_223
        return UInt8(truncatingIfNeeded: state >> 24)
    }
}

@Suite("Refusing files that are not ours to open")
struct StoreRefusalTests {
    static let foreignFiles: [(String, [UInt8])] = [
        ("text", Array("declaration,hs_code\nD1,0101210010\n".utf8)),
        ("short text", Array("hi".utf8)),
        ("random bytes", seededBytes(count: 4096)),
        ("PNG header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]),
        ("SQLite magic misspelt", Array("SQLite format 2\u{0}".utf8) + [UInt8](repeating: 0, count: 100)),
    ]

    @Test(arguments: foreignFiles.indices)
    func aForeignFileIsRefusedAndLeftUntouched(index: Int) throws {
        let (name, bytes) = Self.foreignFiles[index]
        try withTempDirectory { dir in
            let path = dir.path("foreign.db")
            try plant(bytes, at: path)
            let before = try FileSnapshot(path)
            #expect(throws: DatabaseError.notADatabase(path: path), "\(name)") { try Database(path: path) }
            #expect(try FileSnapshot(path) == before, "\(name)")
            #expect(!dir.exists("foreign.db-wal") && !dir.exists("foreign.db-shm") && !dir.exists("foreign.db-journal"))
        }
    }

    @Test func aForeignFileIsRefusedByWorkspaceOpeningToo() throws {
        try withTempDirectory { dir in
            let path = dir.path("notes.db")
            try plant(Array("not a database".utf8), at: path)
            #expect(throws: DatabaseError.notADatabase(path: path)) { try Workspace.open(path: path, createAs: .training) }
        }
    }

    @Test func anEmptyFileOpensAsANewDatabase() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            try plant([], at: path)
            let db = try Database(path: path)
            #expect(try Schema.migrate(db).count == Schema.areas.map(\.latestVersion).reduce(0, +))
            #expect(try Schema.versions(of: db) == Schema.latestVersions)
        }
    }

    static let newerArea = "review"
    static var newerFound: Int { (Schema.latestVersions[newerArea] ?? 0) + 1 }

    /// A database one step beyond ours in one area (a newer release's review step), in
    /// rollback-journal mode so that switching to WAL would visibly rewrite its header.
    func plantNewerDatabase(at path: String) throws {
        let db = try Database(path: path)
        _ = try db.query("PRAGMA journal_mode=DELETE")
        let newer = Schema.areas.map { set in
            set.area != Self.newerArea ? set : MigrationSet(area: set.area, migrations: set.migrations.merging([
                Self.newerFound: Migration(name: "future", sql: "CREATE TABLE future(x);"),
            ]) { old, _ in old })
        }
        try Migrator.migrate(db, sets: newer)
        db.close()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_400_000_000)], ofItemAtPath: path)
    }

    @Test func aNewerSchemaIsRefusedWithAClearMessageAndLeftUntouched() throws {
        try withTempDirectory { dir in
            let path = dir.path("future.db")
            try plantNewerDatabase(at: path)
            let before = try FileSnapshot(path)
            let expected = DatabaseError.newerSchema(path: path, area: Self.newerArea, found: Self.newerFound,
                                                     supported: Self.newerFound - 1)
            let error = #expect(throws: expected) { try Database(path: path, knownSchema: Schema.areas) }
            #expect(error?.description.contains("newer SingleWindow") == true)
            #expect(error?.description.contains("upgrade") == true)
            #expect(try FileSnapshot(path) == before)
            #expect(!dir.exists("future.db-wal") && !dir.exists("future.db-shm"))
            #expect(throws: expected) { try Workspace.open(path: path, createAs: nil) }
            #expect(try FileSnapshot(path) == before)
        }
    }

    @Test func theCurrentSchemaVersionIsNotNewer() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let first = try Database(path: path)
            try Schema.migrate(first)
            first.close()
            let again = try Database(path: path)
            #expect(try Schema.migrate(again).isEmpty)
        }
    }

    @Test func theMigratorRefusesANewerSchemaOnAConnectionThatSkippedTheCheck() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            try plantNewerDatabase(at: path)
            let db = try Database(path: path)
            #expect(throws: DatabaseError.newerSchema(path: path, area: Self.newerArea, found: Self.newerFound,
                                                      supported: Self.newerFound - 1)) {
                try Schema.migrate(db)
            }
        }
    }

    @Test func aPathInAMissingDirectoryIsAClearError() throws {
        try withTempDirectory { dir in
            let path = dir.url.appendingPathComponent("no/such/dir/sw.db").path
            let error = #expect(throws: DatabaseError.self) { try Database(path: path) }
            guard case let .cannotOpen(failedPath, reason) = try #require(error) else {
                Issue.record("expected cannotOpen, got \(String(describing: error))")
                return
            }
            #expect(failedPath == path)
            #expect(reason.contains("does not exist"))
            #expect(!dir.exists("no"))
        }
    }

    @Test func aDirectoryIsNotADatabase() throws {
        try withTempDirectory { dir in
            #expect(throws: DatabaseError.cannotOpen(path: dir.url.path, reason: "it is a directory")) {
                try Database(path: dir.url.path)
            }
        }
    }

    @Test func openingWithoutCreateNeedsAnExistingFile() throws {
        try withTempDirectory { dir in
            #expect(throws: DatabaseError.cannotOpen(path: dir.path(), reason: "no such file")) {
                try Database(path: dir.path(), create: false)
            }
            #expect(!dir.exists("test.db"))
        }
    }

    @Test func twoTerminalsMigratingANewFileAtOnceApplyEachMigrationOnce() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let connections = try (0..<2).map { _ in try Database(path: path) }
            let results = MigrationResults()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                results.add(Result { try Schema.migrate(connections[i]).count })
            }
            let counts = try results.all.map { try $0.get() }
            #expect(counts.sorted() == [0, Schema.areas.map(\.latestVersion).reduce(0, +)])
            #expect(try Schema.versions(of: connections[0]) == Schema.latestVersions)
        }
    }
}

/// Collects results from concurrent work.
final class MigrationResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<Int, any Error>] = []
    func add(_ item: Result<Int, any Error>) { lock.lock(); items.append(item); lock.unlock() }
    var all: [Result<Int, any Error>] { lock.lock(); defer { lock.unlock() }; return items }
}
