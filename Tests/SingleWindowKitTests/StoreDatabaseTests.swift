import Foundation
import Testing
@testable import SingleWindowKit

// SQLite result codes, spelled out so the tests do not import the C module.
let sqliteConstraint: Int32 = 19
let sqliteConstraintPrimaryKey: Int32 = 1555
let sqliteConstraintForeignKey: Int32 = 787
let sqliteConstraintTrigger: Int32 = 1811

@Suite("Database connection")
struct StoreDatabaseTests {
    @Test func fileDatabaseRunsInWALWithForeignKeysAndBusyTimeout() throws {
        try withTempDirectory { dir in
            let db = try Database(path: dir.path(), busyTimeoutMilliseconds: 200)
            #expect(try db.scalar("PRAGMA journal_mode").string == "wal")
            #expect(try db.scalar("PRAGMA foreign_keys").int == 1)
            #expect(try db.scalar("PRAGMA busy_timeout").int == 200)
            let defaulted = try Database(path: dir.path())
            #expect(try defaulted.scalar("PRAGMA busy_timeout").int == 5_000)
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try memoryDatabase()
        let error = #expect(throws: DatabaseError.self) {
            try db.run("INSERT INTO operator(id, name, role, enterprise_id) VALUES ('b1', 'B', 'broker', 'nowhere')")
        }
        #expect(error?.sqliteCode == sqliteConstraintForeignKey)
        #expect(error?.isConstraintViolation == true)
    }

    @Test func typedErrorCarriesExtendedCodeMessageAndSQL() throws {
        let db = try memoryDatabase()
        try db.run("INSERT INTO meta(key, value) VALUES ('k', 'v')")
        let sql = "INSERT INTO meta(key, value) VALUES (?, ?)"
        let error = #expect(throws: DatabaseError.self) { try db.run(sql, ["k", "again"]) }
        guard case let .sqlite(code, message, failedSQL) = try #require(error) else {
            Issue.record("expected an SQLite error, got \(String(describing: error))")
            return
        }
        #expect(code == sqliteConstraintPrimaryKey)
        #expect(error?.primaryCode == sqliteConstraint)
        #expect(message.contains("meta.key"))
        #expect(failedSQL == sql)
        #expect(error?.description.contains("1555") == true)
    }

    @Test func syntaxErrorIsTypedToo() throws {
        let db = try memoryDatabase()
        let error = #expect(throws: DatabaseError.self) { try db.query("SELEC 1") }
        #expect(error?.primaryCode == 1) // SQLITE_ERROR
        #expect(error?.isConstraintViolation == false)
    }

    @Test func preparedStatementsAreCachedAndReused() throws {
        let db = try memoryDatabase()
        let sql = "SELECT value FROM meta WHERE key = ?"
        let first = try db.prepare(sql)
        let second = try db.prepare(sql)
        #expect(first === second)
        let before = db.cachedStatementCount
        for i in 0..<50 { try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["k\(i)", "v\(i)"]) }
        for i in 0..<50 { #expect(try db.scalar(sql, ["k\(i)"]).string == "v\(i)") }
        #expect(db.cachedStatementCount == before + 1) // the INSERT; the SELECT was already cached
    }

    @Test func sameQueryInsideItsOwnIterationDoesNotResetTheOuterOne() throws {
        let db = try memoryDatabase()
        for i in 0..<5 { try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["k\(i)", "\(i)"]) }
        let sql = "SELECT key FROM meta WHERE key > ? ORDER BY key"
        var outer: [String] = []
        var innerCounts: [Int] = []
        try db.forEach(sql, [""]) { row in
            let key = row.string("key") ?? ""
            outer.append(key)
            innerCounts.append(try db.query(sql, [key]).count)
            return true
        }
        #expect(outer == ["k0", "k1", "k2", "k3", "k4"])
        #expect(innerCounts == [4, 3, 2, 1, 0])
    }

    @Test func bindingMismatchIsRefused() throws {
        let db = try memoryDatabase()
        let error = #expect(throws: DatabaseError.self) { try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["only one"]) }
        #expect(error?.primaryCode == 25) // SQLITE_RANGE
    }

    @Test func textRoundTripsExactlyIncludingEmptyAndEmbeddedNUL() throws {
        let db = try memoryDatabase()
        let values = ["", "a\u{0}b", "报关报检一张大表", "emoji 🚢"]
        for (i, value) in values.enumerated() { try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["k\(i)", value]) }
        for (i, value) in values.enumerated() {
            let stored = try db.scalar("SELECT value FROM meta WHERE key = ?", ["k\(i)"])
            #expect(stored == .text(value))
        }
        #expect(try db.scalar("SELECT count(*) FROM meta WHERE value IS NULL").int == 0)
    }

    @Test func writeCommits() throws {
        try withTempDatabase { db, path in
            let value = try db.write { () throws -> Int in
                try db.run("INSERT INTO meta(key, value) VALUES ('a', '1')")
                return 7
            }
            #expect(value == 7)
            #expect(!db.isInTransaction)
            let other = try Database(path: path)
            #expect(try other.scalar("SELECT value FROM meta WHERE key = 'a'").string == "1")
        }
    }

    @Test func writeRollsBackWhenTheBodyThrows() throws {
        let db = try memoryDatabase()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.write {
                try db.run("INSERT INTO meta(key, value) VALUES ('a', '1')")
                throw Boom()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM meta").int == 0)
    }

    @Test func nestedWriteRollsBackOnlyTheInnerPart() throws {
        let db = try memoryDatabase()
        struct Boom: Error {}
        try db.write {
            try db.run("INSERT INTO meta(key, value) VALUES ('outer-before', '1')")
            #expect(throws: Boom.self) {
                try db.write {
                    try db.run("INSERT INTO meta(key, value) VALUES ('inner', '1')")
                    throw Boom()
                }
            }
            #expect(db.isInTransaction)
            try db.write { try db.run("INSERT INTO meta(key, value) VALUES ('inner-ok', '1')") }
            try db.run("INSERT INTO meta(key, value) VALUES ('outer-after', '1')")
        }
        let keys = try db.query("SELECT key FROM meta ORDER BY key").compactMap { $0.string("key") }
        #expect(keys == ["inner-ok", "outer-after", "outer-before"])
    }

    @Test func writeInsideAManualTransactionBecomesASavepoint() throws {
        let db = try memoryDatabase()
        try db.execute("BEGIN")
        try db.write { try db.run("INSERT INTO meta(key, value) VALUES ('a', '1')") }
        #expect(db.isInTransaction)
        try db.execute("ROLLBACK")
        #expect(try db.scalar("SELECT count(*) FROM meta").int == 0)
    }

    @Test func readSeesOneSnapshotWhileAnotherConnectionCommits() throws {
        try withTempDatabase { db, path in
            let other = try Database(path: path)
            try other.run("INSERT INTO meta(key, value) VALUES ('a', '1')")
            let (first, second) = try db.read { () throws -> (Int?, Int?) in
                let first = try db.scalar("SELECT count(*) FROM meta").int
                try other.run("INSERT INTO meta(key, value) VALUES ('b', '2')")
                return (first, try db.scalar("SELECT count(*) FROM meta").int)
            }
            #expect(first == 1)
            #expect(second == 1)
            #expect(try db.scalar("SELECT count(*) FROM meta").int == 2)
        }
    }

    @Test func aWriterWaitsForAnotherWritersTransaction() throws {
        try withTempDatabase { holder, path in
            let waiter = try Database(path: path, busyTimeoutMilliseconds: 2_000)
            try holder.execute("BEGIN IMMEDIATE")
            try holder.run("INSERT INTO meta(key, value) VALUES ('first', '1')")
            let released = DispatchSemaphore(value: 0)
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(150)) {
                try? holder.execute("COMMIT")
                released.signal()
            }
            let start = Date()
            try waiter.write { try waiter.run("INSERT INTO meta(key, value) VALUES ('second', '2')") }
            let waited = Date().timeIntervalSince(start)
            released.wait()
            #expect(waited >= 0.1)
            #expect(try waiter.scalar("SELECT count(*) FROM meta").int == 2)
        }
    }

    @Test func aWriterGivesUpAfterItsBusyTimeoutNotBefore() throws {
        try withTempDatabase { holder, path in
            let waiter = try Database(path: path, busyTimeoutMilliseconds: 200)
            try holder.execute("BEGIN IMMEDIATE")
            defer { try? holder.execute("ROLLBACK") }
            let start = Date()
            let error = #expect(throws: DatabaseError.self) {
                try waiter.write { try waiter.run("INSERT INTO meta(key, value) VALUES ('x', '1')") }
            }
            let waited = Date().timeIntervalSince(start)
            #expect(error?.isBusy == true)
            #expect(waited >= 0.18)
            #expect(waited < 2)
            #expect(!waiter.isInTransaction)
        }
    }
}
