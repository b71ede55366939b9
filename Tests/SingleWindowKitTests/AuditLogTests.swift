import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Audit chain")
struct AuditLogTests {
    static let at = Date(timeIntervalSince1970: 1_428_485_400) // 2015-04-08T09:30:00Z
    static let broker = Operator(id: "b1", name: "王报关", role: .broker)

    /// Five entries, each in its own action's transaction, the way actions write them.
    func fiveEntries(_ db: Database) throws -> [AuditEntry] {
        try (1...5).map { i in
            try db.write {
                try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", ["draft\(i)", "saved"])
                return try AuditLog.append(db, at: Self.at.addingTimeInterval(Double(i)), by: Self.broker,
                                           action: "declaration.save", entity: "declaration", entityID: "D\(i)",
                                           before: "", after: "{\"n\":\(i)}")
            }
        }
    }

    /// What someone editing the file with the sqlite3 shell could do: the triggers are the only
    /// thing in the way.
    func dropGuards(_ db: Database) throws {
        try db.execute("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete")
    }

    @Test func entriesLinkInOrderFromTheGenesisHash() throws {
        let db = try memoryDatabase()
        let entries = try fiveEntries(db)
        #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(entries[0].prevHash == AuditLog.genesis)
        for (previous, next) in zip(entries, entries.dropFirst()) { #expect(next.prevHash == previous.hash) }
        #expect(entries[2].at == "2015-04-08T09:30:03.000Z")
        #expect(entries[2].operatorID == "b1")
    }

    @Test func anIntactLogVerifies() throws {
        let db = try memoryDatabase()
        _ = try fiveEntries(db)
        let result = try AuditLog.verify(db)
        #expect(result.isIntact)
        #expect(result.checked == 5)
    }

    @Test func anEmptyLogVerifies() throws {
        let result = try AuditLog.verify(try memoryDatabase())
        #expect(result == AuditVerification(checked: 0, firstBreak: nil))
    }

    @Test func theSchemaRefusesUpdatesAndDeletes() throws {
        let db = try memoryDatabase()
        _ = try fiveEntries(db)
        let update = #expect(throws: DatabaseError.self) { try db.run("UPDATE audit_entry SET after = 'x' WHERE seq = 3") }
        #expect(update?.sqliteCode == sqliteConstraintTrigger)
        #expect(update?.description.contains("append-only") == true)
        let delete = #expect(throws: DatabaseError.self) { try db.run("DELETE FROM audit_entry WHERE seq = 3") }
        #expect(delete?.isConstraintViolation == true)
        #expect(try AuditLog.verify(db).isIntact)
    }

    @Test func alteredContentIsReportedAtThatEntry() throws {
        let db = try memoryDatabase()
        _ = try fiveEntries(db)
        try dropGuards(db)
        try db.run("UPDATE audit_entry SET after = '{\"n\":99}' WHERE seq = 3")
        let result = try AuditLog.verify(db)
        #expect(result.firstBreak?.seq == 3)
        #expect(result.firstBreak?.reason.contains("altered") == true)
        #expect(result.checked == 3)
    }

    @Test func alteringAnyHashedFieldIsDetected() throws {
        for column in ["at", "operator_id", "action", "entity", "entity_id", "before", "after"] {
            let db = try memoryDatabase()
            _ = try fiveEntries(db)
            try dropGuards(db)
            try db.run("UPDATE audit_entry SET \(column) = \(column) || 'x' WHERE seq = 2")
            #expect(try AuditLog.verify(db).firstBreak?.seq == 2, "\(column)")
        }
    }

    @Test func aRemovedEntryBreaksTheNextLink() throws {
        let db = try memoryDatabase()
        _ = try fiveEntries(db)
        try dropGuards(db)
        try db.run("DELETE FROM audit_entry WHERE seq = 3")
        #expect(try AuditLog.verify(db).firstBreak?.seq == 4)
    }

    @Test func aRemovedEntryWithSeqsRenumberedStillBreaksTheLink() throws {
        let db = try memoryDatabase()
        _ = try fiveEntries(db)
        try dropGuards(db)
        try db.execute("DELETE FROM audit_entry WHERE seq = 3; UPDATE audit_entry SET seq = seq - 1 WHERE seq > 3")
        let result = try AuditLog.verify(db)
        #expect(result.firstBreak?.seq == 3) // the old 4th entry, now numbered 3
    }

    @Test func aRehashedAlterationBreaksTheFollowingLink() throws {
        let db = try memoryDatabase()
        _ = try fiveEntries(db)
        try dropGuards(db)
        var forged = try AuditEntry(row: try #require(try db.queryOne("SELECT * FROM audit_entry WHERE seq = 3")))
        forged.after = "{\"n\":99}"
        forged.hash = forged.computedHash()
        try db.run("UPDATE audit_entry SET after = ?, hash = ? WHERE seq = 3", [forged.after, forged.hash])
        let result = try AuditLog.verify(db)
        #expect(result.firstBreak?.seq == 4)
        #expect(result.firstBreak?.reason.contains("link") == true)
    }

    @Test func appendingOutsideATransactionIsRefused() throws {
        let db = try memoryDatabase()
        #expect(throws: DatabaseError.transactionRequired(operation: "AuditLog.append")) {
            try AuditLog.append(db, at: Self.at, by: Self.broker, action: "x", entity: "y", entityID: "1")
        }
        #expect(try db.scalar("SELECT count(*) FROM audit_entry").int == 0)
    }

    @Test func anActionThatFailsAfterAppendingLeavesNoEntry() throws {
        let db = try memoryDatabase()
        _ = try fiveEntries(db)
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try db.write {
                try db.run("INSERT INTO meta(key, value) VALUES ('half', 'done')")
                try AuditLog.append(db, at: Self.at, by: Self.broker, action: "declaration.submit", entity: "declaration", entityID: "D9")
                throw Refused()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM audit_entry").int == 5)
        #expect(try db.scalar("SELECT count(*) FROM meta WHERE key = 'half'").int == 0)
        let next = try db.write {
            try AuditLog.append(db, at: Self.at, by: Self.broker, action: "declaration.submit", entity: "declaration", entityID: "D9")
        }
        #expect(next.seq == 6)
        #expect(try AuditLog.verify(db).isIntact)
    }

    @Test func anEntitysHistoryIsItsEntriesOldestFirst() throws {
        let db = try memoryDatabase()
        for (i, id) in ["D1", "D2", "D1", "D1"].enumerated() {
            try db.write {
                try AuditLog.append(db, at: Self.at, by: Self.broker, action: "step\(i)", entity: "declaration", entityID: id)
            }
        }
        let history = try AuditLog.entries(db, entity: "declaration", entityID: "D1")
        #expect(history.map(\.action) == ["step0", "step2", "step3"])
        #expect(try AuditLog.entries(db, entity: "declaration", entityID: "D1", limit: 2).count == 2)
        #expect(try AuditLog.entries(db, entity: "vessel", entityID: "D1").isEmpty)
    }

    @Test func fieldsAreLengthPrefixedSoShiftedTextDoesNotCollide() throws {
        let a = AuditEntry(seq: 1, at: "t", operatorID: "o", action: "ab", entity: "c", entityID: "", before: "", after: "",
                           prevHash: AuditLog.genesis, hash: "")
        let b = AuditEntry(seq: 1, at: "t", operatorID: "o", action: "a", entity: "bc", entityID: "", before: "", after: "",
                           prevHash: AuditLog.genesis, hash: "")
        #expect(a.computedHash() != b.computedHash())
    }
}
