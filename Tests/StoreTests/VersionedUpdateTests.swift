import Foundation
import Testing
@testable import Store

@Suite("Optimistic concurrency")
struct StoreVersionedUpdateTests {
    static let enterpriseID = "91310000MA1FL0000X"

    func addEnterprise(_ db: Database) throws {
        try db.run("INSERT INTO enterprise(id, name, kind) VALUES (?, '上海外贸有限公司', 'trader')", [Self.enterpriseID])
    }

    func version(_ db: Database) throws -> Int64? {
        try db.scalar("SELECT version FROM enterprise WHERE id = ?", [Self.enterpriseID]).int64
    }

    @Test func aStaleWriteFromAnotherTerminalIsRefusedNeverApplied() throws {
        try withTempDatabase { first, path in
            try addEnterprise(first)
            let second = try Database(path: path)
            let seenByFirst = try #require(try version(first))
            let seenBySecond = try #require(try version(second))
            #expect(seenByFirst == 1 && seenBySecond == 1)

            let newVersion = try first.updateVersioned(table: "enterprise", id: Self.enterpriseID, expectedVersion: seenByFirst,
                                                       set: [("name", "第一终端"), ("district", "2248")])
            #expect(newVersion == 2)

            #expect(throws: DatabaseError.staleVersion(table: "enterprise", id: Self.enterpriseID, expected: 1, found: 2)) {
                try second.updateVersioned(table: "enterprise", id: Self.enterpriseID, expectedVersion: seenBySecond,
                                           set: [("name", "第二终端")])
            }
            let row = try #require(try second.queryOne("SELECT name, district, version FROM enterprise WHERE id = ?", [Self.enterpriseID]))
            #expect(row.string("name") == "第一终端")
            #expect(row.string("district") == "2248")
            #expect(row.int64("version") == 2)
        }
    }

    @Test func theCurrentVersionIsAcceptedAndBumpedEachTime() throws {
        let db = try memoryDatabase()
        try addEnterprise(db)
        #expect(try db.updateVersioned(table: "enterprise", id: Self.enterpriseID, expectedVersion: 1, set: [("legal_rep", "张三")]) == 2)
        #expect(try db.updateVersioned(table: "enterprise", id: Self.enterpriseID, expectedVersion: 2, set: [("legal_rep", "李四")]) == 3)
        #expect(try version(db) == 3)
    }

    @Test func aVersionFromTheFutureIsStaleToo() throws {
        let db = try memoryDatabase()
        try addEnterprise(db)
        #expect(throws: DatabaseError.staleVersion(table: "enterprise", id: Self.enterpriseID, expected: 2, found: 1)) {
            try db.updateVersioned(table: "enterprise", id: Self.enterpriseID, expectedVersion: 2, set: [("name", "x")])
        }
        #expect(try db.scalar("SELECT name FROM enterprise").string == "上海外贸有限公司")
    }

    @Test func aRowDeletedMeanwhileReportsNoCurrentVersion() throws {
        let db = try memoryDatabase()
        try addEnterprise(db)
        try db.run("DELETE FROM enterprise")
        let error = #expect(throws: DatabaseError.staleVersion(table: "enterprise", id: Self.enterpriseID, expected: 1, found: nil)) {
            try db.updateVersioned(table: "enterprise", id: Self.enterpriseID, expectedVersion: 1, set: [("name", "x")])
        }
        #expect(error?.description.contains("no longer exists") == true)
    }

    @Test func aVersionedUpdateRollsBackWithItsEnclosingAction() throws {
        let db = try memoryDatabase()
        try addEnterprise(db)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.write {
                try db.updateVersioned(table: "enterprise", id: Self.enterpriseID, expectedVersion: 1, set: [("name", "x")])
                throw Boom()
            }
        }
        #expect(try version(db) == 1)
    }

    @Test func identifiersAreQuoted() {
        #expect(Database.quote("operator") == "\"operator\"")
        #expect(Database.quote("we\"ird") == "\"we\"\"ird\"")
    }
}
