import Foundation
import Testing
@testable import SingleWindowKit

/// One enterprise, one table: filled by each agency's drawn officer, signed, and each signed
/// part fed back into the class as the source says.
@Suite struct EnforcementTableTests {
    /// A published draw of exactly the enterprise, and its table.
    static func table(_ f: EnforcementFixture, industry: String = "62") throws -> JointTable {
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        let id = try f.enterprise(77, industry: industry, district: "120177")
        let d = try Draws.run(f.ws, DrawParameters(scope: DrawScope(year: 2027, district: "120177"), ratioBasisPoints: 10_000, seed: 3),
                              by: f.regulator)
        try Draws.publish(f.ws, id: d.id, by: f.regulator)
        let first = try #require(try JointTables.list(f.db, drawID: d.id).first)
        let t = try #require(try JointTables.find(f.db, id: first.id))
        #expect(t.enterprise.id == id)
        return t
    }

    static func officer(_ f: EnforcementFixture, _ t: JointTable, _ agency: String) throws -> Operator {
        let member = try #require(t.member(agency))
        return try #require(try Operators.find(f.db, member.officerID))
    }

    static func fillAll(_ f: EnforcementFixture, _ t: JointTable, _ agency: String, _ result: InspectionResult,
                        last: InspectionResult? = nil) throws -> Operator {
        let o = try officer(f, t, agency)
        let lines = t.lines.filter { $0.agency == agency }
        for (i, l) in lines.enumerated() {
            try JointTables.fill(f.ws, tableID: t.id, seq: l.seq, result: i == lines.count - 1 ? (last ?? result) : result, by: o)
        }
        return o
    }

    @Test func theTableCarriesTheSheetsFieldsAndAnOfficerPerAgency() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        #expect(!t.lines.isEmpty)
        #expect(Set(t.lines.map(\.agency)) == Set(t.team.map(\.agency)))
        #expect(t.team.allSatisfy { !$0.officerID.isEmpty && !$0.certificate.isEmpty })
        #expect(t.lines.contains { $0.agency == "food_drug" && $0.itemCode == "D03" })
    }

    @Test func eachAgencyIsALaneAssignedToItsDrawnOfficer() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        let lanes = try Lanes.lanes(f.db, kind: .jointInspection, caseID: String(t.id))
        #expect(Set(lanes.map(\.agency.rawValue)) == Set(t.team.map(\.agency)))
        #expect(lanes.allSatisfy { lane in lane.assignedTo == t.member(lane.agency.rawValue)?.officerID })
        #expect(lanes.allSatisfy { $0.state == JointInspectionState.inspecting.rawValue })
        for m in t.team {
            let o = try #require(try Operators.find(f.db, m.officerID))
            try JointTables.obstacle(f.ws, tableID: t.id, agency: m.agency, .refused, by: o)
            try JointTables.sign(f.ws, tableID: t.id, agency: m.agency, by: o)
        }
        #expect(try JointTables.engine.outcome(f.db, caseID: String(t.id)) == JointInspectionRuleSet.inspected)
    }

    @Test func nothingFoundPublishesAndLeavesTheClass() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        let o = try Self.fillAll(f, t, "market", .compliant, last: .notApplicable)
        let r = try JointTables.sign(f.ws, tableID: t.id, agency: "market", by: o)
        #expect(r.outcome == .nothingFound)
        #expect(r.classAfter == .good)
        #expect(r.caseNumber.isEmpty)
        #expect(try JointTables.results(f.db).first?.tableID == t.id)
    }

    @Test func problemsNeedingCorrectionAreABadRecordAndWarning() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        let o = try Self.fillAll(f, t, "market", .compliant, last: .needsCorrection)
        let r = try JointTables.sign(f.ws, tableID: t.id, agency: "market", by: o)
        #expect(r.outcome == .correction)
        #expect(r.classAfter == .warning)
        #expect(try f.storedClass(t.enterprise.id) == "warning")
        #expect(try CreditRecords.find(f.db, caseNumber: r.caseNumber)?.performance == "bad")
    }

    @Test func refusalIsABadRecordAndWarning() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        let o = try Self.officer(f, t, "tax")
        try JointTables.obstacle(f.ws, tableID: t.id, agency: "tax", .refused, by: o)
        let r = try JointTables.sign(f.ws, tableID: t.id, agency: "tax", by: o)
        #expect(r.outcome == .refused)
        #expect(r.classAfter == .warning)
    }

    @Test func unreachableGoesOnTheAbnormalListAndIsDishonest() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        let o = try Self.officer(f, t, "market")
        try JointTables.obstacle(f.ws, tableID: t.id, agency: "market", .unreachable, by: o)
        let r = try JointTables.sign(f.ws, tableID: t.id, agency: "market", by: o)
        #expect(r.outcome == .unreachable)
        #expect(r.classAfter == .dishonest)
        #expect(try CreditRecords.find(f.db, caseNumber: r.caseNumber)?.kind == .abnormalList)
    }

    @Test func aViolationIsWarningNowAndThePenaltyDecidesAfter() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        let o = try Self.fillAll(f, t, "food_drug", .compliant, last: .violation)
        let r = try JointTables.sign(f.ws, tableID: t.id, agency: "food_drug", by: o)
        #expect(r.outcome == .violation)
        #expect(r.classAfter == .warning)
        let after = try f.penalty(t.enterprise.id, .fine, yuan: "20000")
        #expect(after.creditClass == .dishonest)
    }

    @Test func onlyTheDrawnOfficerFillsAndASignedPartIsFinal() throws {
        let f = try EnforcementFixture()
        let t = try Self.table(f)
        let line = try #require(t.lines.first { $0.agency == "market" })
        let drawn = t.member("market")?.officerID ?? ""
        let otherID = ["guojing", "hanbing", "dengchao", "fengxue"].first { $0 != drawn } ?? "guojing"
        let other = try #require(try Operators.find(f.db, otherID))
        #expect(throws: DomainError.self) { try JointTables.fill(f.ws, tableID: t.id, seq: line.seq, result: .compliant, by: other) }
        let o = try Self.officer(f, t, "market")
        #expect(throws: DomainError.self) { try JointTables.sign(f.ws, tableID: t.id, agency: "market", by: o) } // unfilled
        _ = try Self.fillAll(f, t, "market", .compliant)
        try JointTables.sign(f.ws, tableID: t.id, agency: "market", by: o)
        #expect(throws: DomainError.self) { try JointTables.fill(f.ws, tableID: t.id, seq: line.seq, result: .violation, by: o) }
        let signed = try f.db.scalar("SELECT count(*) FROM audit_entry WHERE action = 'enforcement.table.sign'").int
        #expect(signed == 1)
    }

    @Test func anUnpublishedDrawsTablesCannotBeFilled() throws {
        let f = try EnforcementFixture()
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        try f.enterprise(78, industry: "62", district: "120178")
        let d = try Draws.run(f.ws, DrawParameters(scope: DrawScope(year: 2027, district: "120178"), ratioBasisPoints: 10_000, seed: 3),
                              by: f.regulator)
        let first = try #require(try JointTables.list(f.db, drawID: d.id).first)
        let t = try #require(try JointTables.find(f.db, id: first.id))
        let o = try Self.officer(f, t, "market")
        #expect(throws: DomainError.self) {
            try JointTables.fill(f.ws, tableID: t.id, seq: t.lines[0].seq, result: .compliant, by: o)
        }
    }

    @Test func trainingSamplesHaveAPublishedDrawAndAHalfFilledTable() throws {
        let f = try EnforcementFixture(samples: true)
        let d = try #require(try Draws.list(f.db).first)
        #expect(d.state == .published)
        let filled = try f.db.scalar("SELECT count(*) FROM joint_line WHERE result <> ''").int ?? 0
        #expect(filled > 0)
        let open = try f.db.scalar("SELECT count(*) FROM joint_line WHERE result = ''").int ?? 0
        #expect(open > 0)
        let classes = try Classifications.counts(f.db)
        #expect(CreditClass.allCases.allSatisfy { (classes[$0] ?? 0) > 0 })
    }
}
