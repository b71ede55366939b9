import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct ReviewLaneTests {
    let clock = SettableClock(DeclarationFixtures.t0)
    let ws: Workspace
    let customs = ReviewFixtures.customs
    let inspection = ReviewFixtures.inspection

    init() throws { ws = try ReviewFixtures.workspace(clock: clock) }

    @Test func theRulesTableAllowsExactlyTheseMoves() {
        let rules = DeclarationRuleSet()
        var allowed: Set<String> = []
        for agency in [Agency.customs, .inspection] {
            for state in ReviewState.allCases {
                for action in ReviewAction.allCases {
                    if let to = rules.next(from: state, action: action, agency: agency) {
                        allowed.insert("\(agency.rawValue) \(state.rawValue) \(action.rawValue) \(to.rawValue)")
                    }
                }
            }
        }
        // Duty is customs only; every other move is the same for both agencies.
        #expect(allowed.contains("customs under_review assess-duty duties_due"))
        #expect(!allowed.contains { $0.hasPrefix("inspection") && ($0.contains("assess-duty") || $0.contains(" pay ")) })
        for final in ["released", "rejected", "withdrawn"] {
            #expect(!allowed.contains { $0.split(separator: " ")[1] == final }, "\(final) is final")
        }
        #expect(rules.next(from: ReviewState(rawValue: "received")!, action: ReviewAction(rawValue: "release")!, agency: .customs)?.rawValue == nil)
        // Duties due releases only under a valid guarantee (Review.decide checks it; see DutyTests).
        #expect(rules.next(from: ReviewState(rawValue: "duties_due")!, action: ReviewAction(rawValue: "release")!, agency: .customs)?.rawValue == "released")
        #expect(rules.next(from: ReviewState(rawValue: "duties_due")!, action: ReviewAction(rawValue: "release")!, agency: .inspection)?.rawValue == nil)
        #expect(rules.next(from: ReviewState(rawValue: "under_review")!, action: ReviewAction(rawValue: "guarantee")!, agency: .customs)?.rawValue == "under_review")
        #expect(rules.next(from: ReviewState(rawValue: "under_review")!, action: ReviewAction(rawValue: "guarantee")!, agency: .inspection)?.rawValue == nil)
        #expect(rules.next(from: ReviewState(rawValue: "inspection_ordered")!, action: ReviewAction(rawValue: "guarantee")!, agency: .customs)?.rawValue == nil)
        #expect(rules.next(from: ReviewState(rawValue: "received")!, action: ReviewAction(rawValue: "claim")!, agency: .inspection)?.rawValue == "under_review")
        #expect(rules.next(from: ReviewState(rawValue: "returned")!, action: ReviewAction(rawValue: "resubmit")!, agency: .customs)?.rawValue == "received")
        // Release only from a reviewed, inspected or paid lane, or (customs, under a guarantee) one with duties due.
        let releases = allowed.filter { $0.hasSuffix(" release released") }.map { String($0.split(separator: " ")[1]) }
        #expect(Set(releases) == ["under_review", "inspected", "duties_paid", "duties_due"])
        #expect(!allowed.contains("inspection duties_due release released"))
    }

    @Test func claimBeforeDecidingAndOnlyOneOfficerHoldsIt() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        let lane = try ReviewFixtures.lane(ws, d.id, .customs)
        #expect(lane.state == "received" && lane.detail["channel"] == "red")
        // No claim, no decision.
        #expect(throws: LaneError.notClaimed(try ReviewFixtures.ref(ws, d.id, .customs))) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .reject(reason: "x"), by: customs)
        }
        // Not an officer of a declaration agency.
        #expect(throws: ReviewError.wrongAgency(operatorID: "liuyang", agency: .border)) {
            try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: ReviewFixtures.border)
        }
        #expect(throws: ReviewError.wrongAgency(operatorID: "liwei", agency: .none)) {
            try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: ReviewFixtures.broker)
        }
        let claimed = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs)
        #expect(claimed.state == "under_review" && claimed.claimedBy == "zhangmin")
        #expect(try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs) == claimed) // own claim again
        #expect(throws: LaneError.claimedBySomeoneElse(try ReviewFixtures.ref(ws, d.id, .customs), login: "zhangmin")) {
            try Review.claim(ws, declarationID: d.id, expectedVersion: claimed.version, by: ReviewFixtures.customs2)
        }
        #expect(throws: LaneError.claimedBySomeoneElse(try ReviewFixtures.ref(ws, d.id, .customs), login: "zhangmin")) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version, decision: .release, by: ReviewFixtures.customs2)
        }
        // The inspection officer acts on the inspection lane only: its own, unclaimed.
        let inspectionLane = try ReviewFixtures.lane(ws, d.id, .inspection)
        #expect(throws: LaneError.notClaimed(try ReviewFixtures.ref(ws, d.id, .inspection))) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: inspectionLane.version, decision: .release, by: inspection)
        }
        // Unclaiming hands it back.
        let back = try Review.unclaim(ws, declarationID: d.id, expectedVersion: claimed.version, by: customs)
        #expect(back.state == "received" && back.claimedBy == nil)
        #expect(try Review.claim(ws, declarationID: d.id, expectedVersion: back.version, by: ReviewFixtures.customs2).claimedBy == "zhaolei")
    }

    @Test func aStaleDecisionIsRefusedAndNothingIsApplied() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        let seen = try ReviewFixtures.lane(ws, d.id, .customs)
        #expect(throws: LaneError.stale(try ReviewFixtures.ref(ws, d.id, .customs), seen: seen.version - 1, now: seen.version)) {
            try Review.claim(ws, declarationID: d.id, expectedVersion: seen.version - 1, by: customs)
        }
        let claimed = try Review.claim(ws, declarationID: d.id, expectedVersion: seen.version, by: customs)
        // Another terminal of the same officer orders an inspection first…
        try Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version,
                          decision: .orderInspection(InspectionInstruction("open 2 containers")), by: customs)
        // …so the rejection based on the version loaded before is refused, not applied on top.
        let error = #expect(throws: LaneError.self) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version, decision: .reject(reason: "late"), by: customs)
        }
        #expect(error == .stale(try ReviewFixtures.ref(ws, d.id, .customs), seen: claimed.version, now: claimed.version + 1))
        #expect(error?.description.contains("changed since you loaded it") == true)
        #expect(try ReviewFixtures.lane(ws, d.id, .customs).state == "inspection_ordered")
    }

    @Test func refusedMovesNameTheStateAndRedNeedsAnInspection() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        var lane = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .customs).version, by: customs)
        #expect(throws: ReviewError.inspectionRequired(declarationID: d.id, agency: .customs)) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .release, by: customs)
        }
        #expect(throws: ReviewError.inspectionRequired(declarationID: d.id, agency: .customs)) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .assessDuty(amount: nil, currency: nil), by: customs)
        }
        #expect(throws: LaneError.notAllowed(try ReviewFixtures.ref(ws, d.id, .customs), state: "under_review", action: "record-result", reason: LaneReason("lane.reason.state", state: "under_review"))) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .recordResult("ok"), by: customs)
        }
        #expect(throws: ReviewError.missing("reason")) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .reject(reason: "  "), by: customs)
        }
        lane = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .reject(reason: "false origin"), by: customs).lane
        #expect(lane.state == "rejected")
        #expect(throws: LaneError.notAllowed(try ReviewFixtures.ref(ws, d.id, .customs), state: "rejected", action: "release", reason: LaneReason("lane.reason.state", state: "rejected"))) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .release, by: customs)
        }
        // Every decision is on the lane's timeline and in the audit log.
        #expect(try Lanes.events(ws.db, laneID: lane.id).map(\.action) == ["open", "claim", "reject"])
        #expect(try AuditLog.verify(ws.db).isIntact)
        #expect(try AuditLog.entries(ws.db, entity: "lane", entityID: String(lane.id)).map(\.action) == ["lane.open", "lane.claim", "lane.reject"])
    }

    @Test func returnedForCorrectionTheLaneStartsAgainWithTheNewRevision() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        let lane = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .customs).version, by: customs)
        let outcome = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                                        decision: .returnForCorrection(reason: "规格型号不全"), by: customs)
        #expect(outcome.lane.state == "returned")
        let returned = try Declarations.load(ws, id: d.id, by: ReviewFixtures.broker)
        #expect(returned.status == .returned)
        var amended = try Declarations.amend(ws, id: d.id, expectedVersion: returned.version, by: ReviewFixtures.broker)
        amended.goods[0]["goodsModel"] = "冻|去头|规格40/50|PACIFIC牌|无中文标签"
        clock.advance(by: 600)
        let resubmitted = try Declarations.submit(ws, amended, by: ReviewFixtures.broker)
        #expect(resubmitted.revision == 2)
        let again = try ReviewFixtures.lane(ws, d.id, .customs)
        // Back to received, routed again for revision 2, still held by the officer who asked.
        #expect(again.state == "received" && again.claimedBy == "zhangmin" && again.detail["channel"] == "red")
        #expect(try RiskAssessment.assessments(ws.db, declarationID: d.id).map(\.revision).contains(2))
        let reclaimed = try Review.claim(ws, declarationID: d.id, expectedVersion: again.version, by: customs)
        // Still held, the claim starts the review of the new revision (k is on the officer's bar);
        // claiming again then changes nothing, and is no longer offered.
        #expect(reclaimed.state == "under_review" && reclaimed.claimedBy == "zhangmin")
        let twice = try Review.claim(ws, declarationID: d.id, expectedVersion: reclaimed.version, by: customs)
        #expect(twice.version == reclaimed.version)
        let available = try Review.availableActions(ws, declarationID: d.id, by: customs)
        #expect(available.first { $0.action == .claim }?.reason?.key == "lane.reason.claimedByYou")
    }

    @Test func greenIsAcceptedOnReceiptAndReleasedOnPayment() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.gears())
        let lane = try ReviewFixtures.lane(ws, d.id, .customs)
        // 12,000 EUR of transmission parts at 8 % (heading 8483 in the rate table), in CNY at the
        // 2026-01-01 rate 8.2380: 98,856.00 CNY, duty 7,908.48.
        #expect(lane.state == "duties_due" && lane.detail["channel"] == "green" && lane.detail["duty"] == "CNY 7908.48")
        #expect(try DeclarationRelease.releasedAt(ws.db, declarationID: d.id) == nil)
        #expect(throws: DomainError.notAuthorized(operatorID: "zhangmin", action: "declaration.pay")) {
            try Review.pay(ws, declarationID: d.id, by: customs)
        }
        clock.advance(by: 3600)
        let paid = try Review.pay(ws, declarationID: d.id, by: ReviewFixtures.broker)
        #expect(paid.lane.state == "released" && paid.declarationReleased)
        #expect(try DeclarationRelease.releasedAt(ws.db, declarationID: d.id) == clock.now())
        #expect(try Lanes.events(ws.db, laneID: lane.id).map(\.action) == ["open", "route", "pay", "release"])
    }

    @Test func dutyCanBeEnteredAndIsCustomsOnly() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        try ws.db.write { try ws.db.run("UPDATE enterprise SET credit_class = 'warning'") }
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.gears())
        var lane = try ReviewFixtures.lane(ws, d.id, .customs)
        #expect(lane.state == "received" && lane.detail["channel"] == "yellow")
        lane = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs)
        lane = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                                 decision: .assessDuty(amount: Decimal(string: "1234.565"), currency: "CNY"), by: customs).lane
        #expect(lane.state == "duties_due" && lane.detail["duty"] == "CNY 1234.56")
        lane = try Review.pay(ws, declarationID: d.id, by: ReviewFixtures.broker).lane
        #expect(lane.state == "duties_paid") // yellow: an officer releases
        let released = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .release, by: customs)
        #expect(released.lane.state == "released" && released.declarationReleased)
    }

    @Test func theBrokerWithdrawsAnUnreleasedDeclaration() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        #expect(throws: ReviewError.missing("reason")) { try Review.withdraw(ws, declarationID: d.id, reason: "", by: ReviewFixtures.broker) }
        let lanes = try Review.withdraw(ws, declarationID: d.id, reason: "order cancelled", by: ReviewFixtures.broker)
        #expect(lanes.map(\.state) == ["withdrawn", "withdrawn"])
        let lane = try ReviewFixtures.lane(ws, d.id, .customs)
        #expect(throws: LaneError.self) { try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs) }
    }
}
