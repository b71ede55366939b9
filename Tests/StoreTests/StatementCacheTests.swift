import Foundation
import Testing
@testable import Store

@Suite("Prepared-statement cache")
struct StoreStatementCacheTests {
    @Test func cacheNeverHoldsMoreThanItsCapacityAndFinalizesWhatItDrops() throws {
        let db = try memoryDatabase()
        let capacity = db.statementCacheCapacity
        // Distinct SQL texts, as code that writes values into SQL would produce.
        for i in 0..<(capacity + 10) {
            #expect(try db.scalar("SELECT \(i) AS n").int == i)
        }
        #expect(db.cachedStatementCount == capacity)
        // The evicted ones are finalized, not just forgotten by the cache.
        #expect(db.liveStatementCount == capacity)
        // Least recently used first: the first texts went, the last ones stayed.
        #expect(!db.isCached("SELECT 0 AS n"))
        #expect(db.isCached("SELECT \(capacity + 9) AS n"))
    }

    @Test func aRecentlyUsedStatementSurvivesEviction() throws {
        let db = try memoryDatabase()
        db.statementCacheCapacity = 4
        let hot = "SELECT value FROM meta WHERE key = ?"
        for i in 0..<20 {
            _ = try db.scalar(hot, ["k"])
            _ = try db.scalar("SELECT \(i)")
        }
        #expect(db.cachedStatementCount == 4)
        #expect(db.isCached(hot))
    }

    @Test func aStatementMidIterationIsNeverEvicted() throws {
        let db = try memoryDatabase()
        db.statementCacheCapacity = 2
        for i in 0..<5 { try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["k\(i)", "\(i)"]) }
        var keys: [String] = []
        try db.forEach("SELECT key FROM meta ORDER BY key") { row in
            keys.append(row.string("key") ?? "")
            for j in 0..<5 { _ = try db.scalar("SELECT \(j) + \(keys.count)") } // churn the cache
            return true
        }
        #expect(keys == ["k0", "k1", "k2", "k3", "k4"])
        #expect(db.cachedStatementCount <= 2)
    }

    @Test func aStatementWhoseStepFailedIsEvictedAndTheSameSQLWorksAgain() throws {
        let db = try memoryDatabase()
        let sql = "INSERT INTO meta(key, value) VALUES (?, ?)"
        try db.run(sql, ["k", "v"])
        let before = try db.prepare(sql)
        #expect(db.isCached(sql))
        let error = #expect(throws: DatabaseError.self) { try db.run(sql, ["k", "again"]) } // primary key
        #expect(error?.isConstraintViolation == true)
        #expect(!db.isCached(sql))
        #expect(before.isFinalized)
        try db.run(sql, ["k2", "v2"])
        #expect(db.isCached(sql))
        #expect(try db.prepare(sql) !== before)
        #expect(try db.scalar("SELECT value FROM meta WHERE key = 'k2'").string == "v2")
    }

    @Test func aStatementWhoseBindFailedIsEvictedToo() throws {
        let db = try memoryDatabase()
        let sql = "SELECT value FROM meta WHERE key = ?"
        _ = try db.scalar(sql, ["k"])
        #expect(db.isCached(sql))
        #expect(throws: DatabaseError.self) { try db.scalar(sql, ["k", "extra"]) }
        #expect(!db.isCached(sql))
        try db.run("INSERT INTO meta(key, value) VALUES ('k', 'v')")
        #expect(try db.scalar(sql, ["k"]).string == "v")
    }

    @Test func aFailingInnerQueryDoesNotDisturbTheOuterIterationOfTheSameSQL() throws {
        let db = try memoryDatabase()
        for i in 0..<3 { try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["k\(i)", "\(i)"]) }
        let sql = "SELECT key FROM meta WHERE key > ? ORDER BY key"
        var keys: [String] = []
        try db.forEach(sql, [""]) { row in
            keys.append(row.string("key") ?? "")
            #expect(throws: DatabaseError.self) { try db.query(sql, ["a", "b"]) } // one-off copy fails
            return true
        }
        #expect(keys == ["k0", "k1", "k2"])
        #expect(db.isCached(sql))
    }
}
