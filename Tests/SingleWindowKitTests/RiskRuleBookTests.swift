import Foundation
import Testing
@testable import SingleWindowKit

/// The rule book as officers edit it: every save is a new version, old versions and the hits
/// that name them never change, a switched-off rule leaves `current` but stays in `all`, and the
/// dry run shows what the current rules would say without writing anything.
@Suite struct RiskRuleBookTests {
    let ws: Workspace

    init() throws { ws = try ReviewFixtures.workspace() }

    func latest(_ key: String) throws -> RiskRule { try #require(try RiskRules.latest(ws.db, key: key)) }

    func cosmetics(_ reference: String) -> Declaration {
        var d = DeclarationFixtures.shrimp(reference: reference)
        d.goods = [DeclarationFixtures.shrimpLine(quantity: "100", price: "10", total: "1000", net: "100")]
        d.goods[0]["hsCode"] = "3304990099"; d.goods[0]["ciqCode"] = "999"; d.goods[0]["originCountry"] = "FRA"
        d["grossWeight"] = "110"; d["netWeight"] = "100"
        return d
    }

    @Test func aNewVersionLeavesTheOldOneAndItsHitsAlone() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        let before = try latest("C-HS-33")
        let d = try ReviewFixtures.submit(ws, cosmetics("PO-1"))
        let hit = try #require(try RiskAssessment.assessments(ws.db, declarationID: d.id).first { $0.verdict.agency == .customs }?
            .verdict.hits.first { $0.ruleKey == "C-HS-33" })
        #expect(hit.ruleVersion == 1 && hit.ruleID == before.id)

        var edited = before
        edited.outcome = "red"
        let saved = try RiskRules.save(ws, edited, note: "counterfeit alert", by: ReviewFixtures.customs)
        #expect(saved.version == 2 && saved.id != before.id && saved.changeNote == "counterfeit alert")
        // Version 1 is as it was; the stored hit still names it.
        #expect(try RiskRules.rule(ws.db, id: before.id) == before)
        let again = try #require(try RiskAssessment.assessments(ws.db, declarationID: d.id).first { $0.verdict.agency == .customs })
        #expect(again.verdict.hits.first { $0.ruleKey == "C-HS-33" }?.ruleVersion == 1)
        #expect(again.verdict.outcome == "yellow")
        #expect(try RiskRules.history(ws.db, key: "C-HS-33").map(\.version) == [1, 2])
    }

    @Test func deactivatingLeavesCurrentButNotTheBook() throws {
        var rule = try latest("C-HS-33")
        rule.active = false
        try RiskRules.save(ws, rule, note: "campaign over", by: ReviewFixtures.customs)
        #expect(try !RiskRules.current(ws.db, agency: .customs).contains { $0.key == "C-HS-33" })
        let book = try RiskRules.all(ws.db, agency: .customs)
        #expect(book.first { $0.key == "C-HS-33" }?.active == false && book.first { $0.key == "C-HS-33" }?.version == 2)
        #expect(try !RiskRules.all(ws.db, agency: .customs, includeInactive: false).contains { $0.key == "C-HS-33" })
        #expect(try !RiskRules.all(ws.db, agency: .customs).contains { $0.agency != .customs })
        // Switched on again: back in current, version 3.
        rule.active = true
        try RiskRules.save(ws, rule, note: "new alert", by: ReviewFixtures.customs)
        #expect(try RiskRules.current(ws.db, agency: .customs).first { $0.key == "C-HS-33" }?.version == 3)
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        var bad = try latest("C-HS-33")
        bad.outcome = "supervision_release"
        bad.selectBasisPoints = 10_001
        bad.samplingBasisPoints = -1
        bad.reasonEn = " "
        bad.hsPrefixes = ["33", "3x"]
        bad.origins = ["fra"]
        #expect(throws: DomainError.invalid([
            Problem("rule.outcome", "review.badOutcome", ["supervision_release", "customs"]),
            Problem("rule.selectBasisPoints", "review.badRate", ["10001"]),
            Problem("rule.samplingBasisPoints", "review.badRate", ["-1"]),
            Problem("rule.reasonEn", "problem.required"),
            Problem("rule.hsPrefixes", "review.badHSPrefix", ["3x"]),
            Problem("rule.origins", "review.badOrigin", ["fra"]),
            Problem("rule.note", "problem.required"),
        ])) { try RiskRules.save(ws, bad, note: "", by: ReviewFixtures.customs) }
        #expect(try RiskRules.history(ws.db, key: "C-HS-33").count == 1)
    }

    @Test func onlyTheLanesOfficersEditItsRules() throws {
        let rule = try latest("C-HS-33")
        #expect(throws: DomainError.notAuthorized(operatorID: ReviewFixtures.broker.id, action: "risk.rule.save")) {
            try RiskRules.save(ws, rule, note: "x", by: ReviewFixtures.broker)
        }
        #expect(throws: DomainError.notAuthorized(operatorID: "wangqiang", action: "risk.rule.save")) {
            try RiskRules.save(ws, rule, note: "x", by: ReviewFixtures.inspection)
        }
        // Nor can the inspection officer take the customs key over as an inspection rule.
        var hijack = rule
        hijack.agency = .inspection
        hijack.outcome = "declaration_release"
        #expect(throws: DomainError.invalid([Problem("rule.agency", "review.ruleAgency", ["C-HS-33", "customs"])])) {
            try RiskRules.save(ws, hijack, note: "x", by: ReviewFixtures.inspection)
        }
        #expect(try RiskRules.history(ws.db, key: "C-HS-33").count == 1)
        // The trainer may edit both lanes' rules.
        #expect(try RiskRules.save(ws, rule, note: "class demo", by: ReviewFixtures.trainer).version == 2)
    }

    @Test func theDryRunShowsAnEditBeforeItRoutesAnything() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        let d = try ReviewFixtures.submit(ws, cosmetics("PO-2"))
        let audit = try ws.db.scalar("SELECT count(*) FROM audit_entry").int
        let first = try RiskAssessment.trial(ws, declarationID: d.id, by: ReviewFixtures.customs)
        let customs = try #require(first.first { $0.agency == .customs })
        #expect(customs.verdict.outcome == "yellow" && !customs.changed && customs.verdict.seed == customs.stored?.seed)
        #expect(first.map(\.agency) == [.customs, .inspection])

        var rule = try latest("C-HS-33")
        rule.outcome = "red"
        try RiskRules.save(ws, rule, note: "alert", by: ReviewFixtures.customs)
        let after = try #require(try RiskAssessment.trial(ws, declarationID: d.id, by: ReviewFixtures.customs).first { $0.agency == .customs })
        #expect(after.verdict.outcome == "red" && after.changed && after.stored?.outcome == "yellow")
        let decisive = try #require(after.verdict.hits.first { $0.decisive })
        #expect(decisive.ruleVersion == 2 && after.rule(decisive)?.reasonEn == rule.reasonEn)
        // Nothing written: the stored verdict and the lane are as routed.
        #expect(try RiskAssessment.assessments(ws.db, declarationID: d.id).first { $0.verdict.agency == .customs }?.verdict.outcome == "yellow")
        #expect(try ReviewFixtures.lane(ws, d.id, .customs).detail["channel"] == "yellow")
        #expect(try ws.db.scalar("SELECT count(*) FROM audit_entry").int == (audit ?? 0) + 1) // the save only
        #expect(throws: DomainError.self) { try RiskAssessment.trial(ws, declarationID: d.id, by: ReviewFixtures.broker) }
    }
}
