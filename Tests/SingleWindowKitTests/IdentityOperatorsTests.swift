import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Operator directory")
struct IdentityOperatorsTests {
    static let at = Date(timeIntervalSince1970: 1_428_485_400)
    static let broker = Operator(id: "b1", name: "王报关", nameEn: "Wang", role: .broker, osUser: "wang")
    static let officer = Operator(id: "c1", name: "李关员", role: .customsOfficer, agency: .customs, idNumber: "310101198001010011")

    func auditCount(_ db: Database) throws -> Int? { try db.scalar("SELECT count(*) FROM audit_entry").int }

    @Test func insertedOperatorsAreFoundByIdAndLogin() throws {
        let db = try memoryDatabase()
        try Operators.insert(db, Self.broker, by: .system, at: Self.at)
        try Operators.insert(db, Self.officer, by: .system, at: Self.at)
        #expect(try Operators.find(db, "b1") == Self.broker)
        #expect(try Operators.find(db, "c1") == Self.officer)
        #expect(try Operators.findByOSUser(db, "wang") == Self.broker)
        #expect(try Operators.find(db, "zz") == nil)
        #expect(try Operators.findByOSUser(db, "nobody") == nil)
        let entry = try #require(try AuditLog.entries(db, entity: "operator", entityID: "c1").first)
        #expect(entry.action == "operator.add")
        #expect(entry.operatorID == "system")
        #expect(entry.after.contains("310101198001010011"))
    }

    @Test func anExistingIdIsAConflictNotAnOverwrite() throws {
        let db = try memoryDatabase()
        try Operators.insert(db, Self.broker, by: .system, at: Self.at)
        var other = Self.broker
        other.name = "冒名"
        #expect(throws: DomainError.conflict("operator b1 already exists")) { try Operators.insert(db, other, by: .system, at: Self.at) }
        #expect(try Operators.find(db, "b1")?.name == "王报关")
        #expect(try auditCount(db) == 1)
    }

    @Test func aLoginMapsToOneOperatorOnly() throws {
        let db = try memoryDatabase()
        try Operators.insert(db, Self.broker, by: .system, at: Self.at)
        let twin = Operator(id: "b2", name: "另一人", role: .broker, osUser: "wang")
        #expect(throws: DomainError.conflict("the login wang already belongs to operator b1")) {
            try Operators.insert(db, twin, by: .system, at: Self.at)
        }
        try Operators.insert(db, Operator(id: "b2", name: "另一人", role: .broker), by: .system, at: Self.at)
        #expect(throws: DomainError.conflict("the login wang already belongs to operator b1")) {
            try Operators.upsert(db, twin, by: .system, at: Self.at)
        }
        #expect(try Operators.find(db, "b2")?.osUser == nil)
        #expect(try auditCount(db) == 2)
        // The schema says the same, should a tool bypass the directory.
        let error = #expect(throws: DatabaseError.self) { try db.run("UPDATE operator SET os_user = 'wang' WHERE id = 'b2'") }
        #expect(error?.isConstraintViolation == true)
    }

    @Test func onlyATrainerManagesOperators() throws {
        let db = try memoryDatabase()
        #expect(throws: DomainError.notAuthorized(operatorID: "b1", action: "add an operator")) {
            try Operators.insert(db, Self.officer, by: Self.broker, at: Self.at)
        }
        #expect(throws: DomainError.notAuthorized(operatorID: "c1", action: "change an operator")) {
            try Operators.upsert(db, Self.broker, by: Self.officer, at: Self.at)
        }
        #expect(try Operators.list(db).isEmpty)
    }

    @Test func upsertChangesFieldsBumpsTheVersionAndAuditsBeforeAndAfter() throws {
        let db = try memoryDatabase()
        try Operators.upsert(db, Self.broker, by: .system, at: Self.at)
        var changed = Self.broker
        changed.name = "王明"
        changed.osUser = nil
        changed.active = false
        try Operators.upsert(db, changed, by: .system, at: Self.at)
        #expect(try Operators.find(db, "b1") == changed)
        #expect(try db.scalar("SELECT version FROM operator WHERE id = 'b1'").int == 2)
        let history = try AuditLog.entries(db, entity: "operator", entityID: "b1")
        #expect(history.map(\.action) == ["operator.add", "operator.change"])
        #expect(history[1].before.contains("王报关") && history[1].after.contains("王明"))
    }

    @Test func anUnchangedUpsertWritesNothing() throws {
        let db = try memoryDatabase()
        try Operators.upsert(db, Self.broker, by: .system, at: Self.at)
        try Operators.upsert(db, Self.broker, by: .system, at: Self.at)
        #expect(try auditCount(db) == 1)
        #expect(try db.scalar("SELECT version FROM operator WHERE id = 'b1'").int == 1)
    }

    @Test func listsPageByKeyset() throws {
        let db = try memoryDatabase()
        let roles: [Role] = [.broker, .customsOfficer, .broker, .trader, .broker, .customsOfficer, .broker]
        for (i, role) in roles.enumerated() {
            try Operators.insert(db, Operator(id: "op\(i)", name: "operator \(i)", role: role), by: .system, at: Self.at)
        }
        var pages: [[String]] = []
        var after = ""
        while true {
            let page = try Operators.list(db, after: after, limit: 3)
            if page.isEmpty { break }
            pages.append(page.map(\.id))
            after = page.last?.id ?? after
        }
        #expect(pages == [["op0", "op1", "op2"], ["op3", "op4", "op5"], ["op6"]])

        let brokers = try Operators.list(db, role: .broker, limit: 2)
        #expect(brokers.map(\.id) == ["op0", "op2"])
        #expect(try Operators.list(db, role: .broker, after: "op2", limit: 2).map(\.id) == ["op4", "op6"])
        #expect(try Operators.list(db, role: .broker, after: "op6", limit: 2).isEmpty)
        #expect(try Operators.list(db, role: .trainer).isEmpty)
    }
}

@Suite("Operator as JSON")
struct IdentityOperatorJSONTests {
    @Test func jsonWrittenBeforeTheNewerFieldsStillDecodes() throws {
        let old = #"{"id":"b1","name":"王报关","nameEn":"Wang","role":"broker","agency":""}"#
        let op = try JSONDecoder().decode(Operator.self, from: Data(old.utf8))
        #expect(op == Operator(id: "b1", name: "王报关", nameEn: "Wang", role: .broker))
        #expect(op.active && op.osUser == nil && op.idNumber.isEmpty)
    }

    @Test func anOperatorRoundTripsThroughTheAuditJSON() throws {
        let op = Operator(id: "c1", name: "李关员", role: .customsOfficer, agency: .customs, osUser: "li",
                          idNumber: "310101198001010011", active: false)
        let text = Operators.json(op)
        #expect(try JSONDecoder().decode(Operator.self, from: Data(text.utf8)) == op)
    }
}
