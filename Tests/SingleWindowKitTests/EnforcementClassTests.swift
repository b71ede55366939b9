import Foundation
import Testing
@testable import SingleWindowKit

/// The class table of the source at each of its boundaries, through the real store: every
/// record change re-classifies in its own transaction and writes the history.
@Suite struct EnforcementClassTests {
    @Test func noRecordsIsGood() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(1)
        let c = try Classifications.classify(f.db, enterpriseID: id)
        #expect(c.creditClass == .good)
        #expect(c.rule == .clean)
    }

    @Test func onlyWarningsIsWarning() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(2)
        try f.penalty(id, .warning)
        let c = try f.penalty(id, .warning)
        #expect(c.creditClass == .warning)
        #expect(c.rule == .warningsOnly)
        #expect(try f.storedClass(id) == "warning")
    }

    @Test func fiveOtherPenaltiesAreDishonestSixAreSeriouslyDishonest() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(3)
        try f.penalty(id, .warning)
        var c: Classification?
        for _ in 1...5 { c = try f.penalty(id, .fine, yuan: "1000") }
        #expect(c?.creditClass == .dishonest)
        #expect(c?.rule == .penaltiesWithinLimits)
        c = try f.penalty(id, .suspension)
        #expect(c?.creditClass == .seriouslyDishonest)
        #expect(c?.rule == .moreThanFivePenalties)
    }

    @Test func fiveHundredThousandYuanIsTheLine() throws {
        let f = try EnforcementFixture()
        let within = try f.enterprise(4), over = try f.enterprise(5)
        try f.penalty(within, .fine, yuan: "300000")
        let atLine = try f.penalty(within, .confiscation, yuan: "200000.00")
        #expect(atLine.creditClass == .dishonest)
        #expect(atLine.summary.totalFen == 50_000_000)
        try f.penalty(over, .fine, yuan: "300000")
        let overLine = try f.penalty(over, .confiscation, yuan: "200000.01")
        #expect(overLine.creditClass == .seriouslyDishonest)
        #expect(overLine.rule == .totalOverLimit)
    }

    @Test func abnormalListAloneIsDishonestAndRemovalRestores() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(6)
        let listed = try f.record(id, .abnormalList, caseNumber: "ABN-1")
        #expect(listed.creditClass == .dishonest)
        #expect(listed.rule == .abnormalList)
        let removed = try CreditRecords.delist(f.ws, caseNumber: "ABN-1", on: "2026-01-10", reason: "地址已核实", by: f.regulator)
        #expect(removed.creditClass == .good)
        let history = try Classifications.history(f.db, enterpriseID: id)
        #expect(history.map(\.to) == [.good, .dishonest])
        #expect(history[0].cause == "delisted")
        #expect(history[0].caseNumber == "ABN-1")
        #expect(history[1].from == .good)
        // Delisting twice is refused.
        #expect(throws: DomainError.self) {
            try CreditRecords.delist(f.ws, caseNumber: "ABN-1", on: "2026-01-11", reason: "again", by: f.regulator)
        }
    }

    @Test func markedAbnormalIsDishonest() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(7)
        #expect(try f.record(id, .markedAbnormal).creditClass == .dishonest)
    }

    @Test func revocationAndStopOrderAreSeriouslyDishonest() throws {
        let f = try EnforcementFixture()
        let a = try f.enterprise(8), b = try f.enterprise(9)
        #expect(try f.penalty(a, .revocation).rule == .stopOrRevocation)
        #expect(try f.penalty(b, .stopOrder).creditClass == .seriouslyDishonest)
    }

    @Test func seriousViolationListAndMajorAccident() throws {
        let f = try EnforcementFixture()
        let a = try f.enterprise(10), b = try f.enterprise(11)
        #expect(try f.record(a, .seriousViolation).rule == .seriousViolationList)
        #expect(try f.record(b, .majorAccident).creditClass == .seriouslyDishonest)
    }

    @Test func badPerformanceIsWarningGoodPerformanceIsNot() throws {
        let f = try EnforcementFixture()
        let a = try f.enterprise(12)
        #expect(try f.record(a, .performance, performance: "good").creditClass == .good)
        let c = try f.record(a, .performance, performance: "bad")
        #expect(c.creditClass == .warning)
        #expect(c.rule == .badPerformance)
    }

    @Test func theMostSevereClassWins() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(13)
        try f.penalty(id, .warning)
        try f.record(id, .performance, performance: "bad")
        try f.record(id, .abnormalList)
        let c = try f.record(id, .seriousViolation)
        #expect(c.creditClass == .seriouslyDishonest)
        #expect(c.rules.first == .seriousViolationList)
        #expect(c.rules.contains(.abnormalList))
        #expect(c.rules.contains(.badPerformance))
    }

    @Test func removingARecordReclassifiesWithHistoryAndAudit() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(14)
        try f.record(id, .seriousViolation, caseNumber: "SV-1")
        let after = try CreditRecords.remove(f.ws, caseNumber: "SV-1", reason: "录入错误", by: f.regulator)
        #expect(after.creditClass == .good)
        #expect(try f.storedClass(id) == "good")
        #expect(try Classifications.history(f.db, enterpriseID: id).first?.cause == "removed")
        let audited = try f.db.scalar("SELECT count(*) FROM audit_entry WHERE action LIKE 'enforcement.record.%'").int
        #expect(audited == 2)
    }

    @Test func aRefusedRecordChangesNothing() throws {
        let f = try EnforcementFixture()
        let id = try f.enterprise(15)
        try f.record(id, .abnormalList, caseNumber: "DUP-1")
        #expect(throws: DomainError.self) { try f.record(id, .seriousViolation, caseNumber: "DUP-1") }
        #expect(try f.storedClass(id) == "dishonest")
        #expect(throws: DomainError.self) {
            try CreditRecords.add(f.ws, CreditRecord(enterpriseID: id, kind: .penalty, penalty: .fine, occurredOn: "2025-13-01",
                                                     caseNumber: "BAD-1"), by: f.regulator)
        }
        let trader = Operator(id: "liwei", name: "李伟", role: .broker)
        #expect(throws: DomainError.self) { try CreditRecords.add(f.ws, CreditRecord(enterpriseID: id, kind: .markedAbnormal,
                                                                                     occurredOn: "2025-01-01", caseNumber: "X"), by: trader) }
    }

    @Test func reclassifyAllAgreesWithTheRecordsAndWritesOnlyChanges() throws {
        let f = try EnforcementFixture()
        // The demo CSV's classes have no records behind them until the training records are imported.
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        let changed = try Classifications.reclassifyAll(f.ws, by: f.regulator)
        #expect(changed == 0) // the training records reproduce every demo class
        try f.db.write { try f.db.run("UPDATE enterprise SET credit_class = 'dishonest' WHERE id = '91310115312345673N'") }
        #expect(try Classifications.reclassifyAll(f.ws, by: f.regulator) == 1)
        #expect(try f.storedClass("91310115312345673N") == "good")
    }

    @Test func yuanAmountsAreExact() {
        #expect(Yuan.fen("500,000.00") == 50_000_000)
        #expect(Yuan.fen("500000.01") == 50_000_001)
        #expect(Yuan.fen("12.5") == 1_250)
        #expect(Yuan.fen("1.234") == nil)
        #expect(Yuan.fen("-1") == nil)
        #expect(Yuan.text(50_000_001) == "500000.01")
    }
}
