import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Online backup")
struct StoreBackupTests {
    @Test func aBackupIsAValidCopyWithTheSameRows() throws {
        try withTempDirectory { dir in
            let db = try Database(path: dir.path("live.db"))
            try Schema.migrate(db)
            try db.write {
                for i in 0..<200 { try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["k\(i)", "v\(i)"]) }
            }
            try db.backup(to: dir.path("copy.db"))
            let copy = try Database(path: dir.path("copy.db"))
            #expect(try copy.scalar("PRAGMA integrity_check").string == "ok")
            #expect(try Schema.versions(of: copy) == Schema.latestVersions)
            #expect(try copy.scalar("SELECT count(*) FROM meta").int == 200)
            #expect(try copy.scalar("SELECT value FROM meta WHERE key = 'k199'").string == "v199")
        }
    }

    /// Another terminal commits pairs of rows (and an audit entry) in a loop while the backup
    /// runs: the copy must hold whole transactions only — an even row count and an intact chain.
    @Test func aBackupTakenWhileAnotherTerminalWritesIsConsistent() throws {
        try withTempDirectory { dir in
            let live = dir.path("live.db")
            let db = try Database(path: live)
            try Schema.migrate(db)
            let writer = try Database(path: live)
            let stop = BackupStopFlag()
            let done = DispatchSemaphore(value: 0)
            let written = BackupProgress()
            DispatchQueue.global().async {
                defer { done.signal() }
                var i = 0
                while !stop.isSet {
                    try? writer.write {
                        try writer.run("INSERT INTO meta(key, value) VALUES (?, 'a')", ["a\(i)"])
                        try writer.run("INSERT INTO meta(key, value) VALUES (?, 'b')", ["b\(i)"])
                        try AuditLog.append(writer, at: Date(), by: .system, action: "test.pair", entity: "meta", entityID: "\(i)")
                    }
                    i += 1
                    written.set(i)
                }
            }
            let deadline = Date().addingTimeInterval(10)
            while written.value < 20 && Date() < deadline { usleep(1_000) }
            try #require(written.value >= 20, "the writer never got going")
            for n in 0..<3 {
                try db.backup(to: dir.path("copy\(n).db"))
            }
            stop.set()
            done.wait()

            for n in 0..<3 {
                let copy = try Database(path: dir.path("copy\(n).db"))
                #expect(try copy.scalar("PRAGMA integrity_check").string == "ok")
                let rows = try #require(try copy.scalar("SELECT count(*) FROM meta").int)
                let entries = try #require(try copy.scalar("SELECT count(*) FROM audit_entry").int)
                #expect(rows >= 40)
                #expect(rows % 2 == 0)
                #expect(rows == entries * 2)
                #expect(try AuditLog.verify(copy).isIntact)
            }
        }
    }

    @Test func aBackupNeverOverwritesTheLiveFileOrAForeignFile() throws {
        try withTempDirectory { dir in
            let db = try Database(path: dir.path())
            try Schema.migrate(db)
            #expect(throws: DatabaseError.cannotOpen(path: dir.path(), reason: "it is the database being backed up")) {
                try db.backup(to: dir.path())
            }
            let notes = dir.path("notes.txt")
            try plant(Array("my notes".utf8), at: notes)
            let before = try FileSnapshot(notes)
            #expect(throws: DatabaseError.notADatabase(path: notes)) { try db.backup(to: notes) }
            #expect(try FileSnapshot(notes) == before)
            #expect(try Schema.versions(of: db) == Schema.latestVersions)
        }
    }

    @Test func aBackupReplacesAnOlderBackup() throws {
        try withTempDirectory { dir in
            let db = try Database(path: dir.path())
            try Schema.migrate(db)
            try db.backup(to: dir.path("copy.db"))
            try db.run("INSERT INTO meta(key, value) VALUES ('later', '1')")
            try db.backup(to: dir.path("copy.db"))
            let copy = try Database(path: dir.path("copy.db"))
            #expect(try copy.scalar("SELECT value FROM meta WHERE key = 'later'").string == "1")
        }
    }

    @Test func aBackupIntoAMissingDirectoryIsAClearError() throws {
        try withTempDirectory { dir in
            let db = try Database(path: dir.path())
            let target = dir.url.appendingPathComponent("missing/copy.db").path
            let error = #expect(throws: DatabaseError.self) { try db.backup(to: target) }
            guard case .cannotOpen = try #require(error) else {
                Issue.record("expected cannotOpen, got \(String(describing: error))")
                return
            }
        }
    }
}

final class BackupStopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    func set() { lock.lock(); raised = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return raised }
}

final class BackupProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    func set(_ value: Int) { lock.lock(); current = value; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return current }
}
