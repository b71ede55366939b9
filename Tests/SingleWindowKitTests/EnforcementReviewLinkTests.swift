import Foundation
import Testing
@testable import SingleWindowKit

/// One class: the market's class, recomputed from records, is what the review risk rules read;
/// the queue's copy follows it by trigger, a stored routing keeps the class it was made with.
@Suite struct EnforcementReviewLinkTests {
    @Test func aDeclarationIsRoutedByTheNewClassAfterARecordChangesIt() throws {
        let ws = try ReviewFixtures.workspace()
        try ReviewFixtures.switchOffRandomFloors(ws)
        let before = try ReviewFixtures.submit(ws, DeclarationFixtures.gears(reference: "PO-ENF-1"))
        func customs(_ id: Int64) throws -> RiskAssessment.Stored? {
            try RiskAssessment.assessments(ws.db, declarationID: id).first { $0.verdict.agency == .customs }
        }
        #expect(try customs(before.id)?.verdict.channel == .green)
        #expect(try customs(before.id)?.creditClass == "good")

        let regulator = Operator(id: "guojing", name: "郭静", role: .marketRegulator, agency: .market)
        let c = try CreditRecords.add(ws, CreditRecord(enterpriseID: DeclarationFixtures.traderEnterprise, kind: .penalty,
                                                       penalty: .warning, occurredOn: "2025-12-01", caseNumber: "沪市监罚〔2025〕1号"),
                                      by: regulator)
        #expect(c.creditClass == .warning)
        // The queue's copy is index data: it follows the class at once.
        let queued = try ws.db.scalar("SELECT credit_class FROM review_queue WHERE declaration_id = ? AND agency = 'customs'",
                                      [before.id]).string
        #expect(queued == "warning")
        // The stored routing is history: it keeps the class it was routed with.
        #expect(try customs(before.id)?.creditClass == "good")

        let after = try ReviewFixtures.submit(ws, DeclarationFixtures.gears(reference: "PO-ENF-2"))
        let routed = try #require(try customs(after.id))
        #expect(routed.verdict.channel == .yellow)
        #expect(routed.verdict.hits.contains { $0.decisive && $0.ruleKey == "C-CREDIT-WARNING" })
        #expect(routed.creditClass == "warning")
    }
}
