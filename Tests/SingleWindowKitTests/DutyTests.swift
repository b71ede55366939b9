import Foundation
import Testing
@testable import SingleWindowKit

/// Duty (issue 9 item 4): who owes it (levy nature, rate), how much in CNY (exchange rate of the
/// declaration's date), and that customs releases a dutiable declaration only when it is paid or
/// under a valid guarantee, on every channel. And (item 5) no inspection result before the slot.
@Suite struct DutyTests {
    let clock = SettableClock(DeclarationFixtures.t0) // 2026-01-01 10:00 in Shanghai
    let ws: Workspace
    let customs = ReviewFixtures.customs
    let inspection = ReviewFixtures.inspection
    let broker = ReviewFixtures.broker

    init() throws { ws = try ReviewFixtures.workspace(clock: clock) }

    static func at(_ text: String) -> Date { Timestamp.date(text)! }

    // MARK: - Who owes duty

    @Test func aLevyNatureThatChargesAndARateAboveZeroMakeItDutiable() throws {
        var d = DeclarationFixtures.gears()
        #expect(try DutyRates.liability(ws.db, d) == .dutiable) // 101 一般征税, 8483 at 8 %
        d["levyNature"] = "299" // 其他法定: charges_duty 0 in the table
        #expect(try DutyRates.liability(ws.db, d) == .dutyFreeLevyNature("299"))
        #expect(try DutyRates.chargesDuty(ws.db, levyNature: "503") == false)
        // A code the table does not know charges: duty is never waived for want of data.
        #expect(try DutyRates.chargesDuty(ws.db, levyNature: "118") == true)

        d["levyNature"] = "101"
        try ws.db.write { try ws.db.run("INSERT INTO duty_rate(hs_prefix, rate_bp) VALUES ('8483409000', 0)") }
        #expect(try DutyRates.liability(ws.db, d) == .zeroRate)
        try ws.db.write { try ws.db.run("UPDATE duty_rate SET rate_bp = 1 WHERE hs_prefix = '8483409000'") }
        #expect(try DutyRates.liability(ws.db, d) == .dutiable) // one basis point is above zero
    }

    // MARK: - How much, in CNY

    @Test func theExchangeRateIsTheLatestOnOrBeforeTheDay() throws {
        #expect(try ExchangeRates.rate(ws.db, currency: "USD", on: "2026-01-01")?.cnyPerUnit == Decimal(string: "7.0280"))
        #expect(try ExchangeRates.rate(ws.db, currency: "USD", on: "2025-12-31")?.cnyPerUnit == Decimal(string: "7.0450"))
        #expect(try ExchangeRates.rate(ws.db, currency: "USD", on: "2025-12-31")?.validFrom == "2025-12-01")
        #expect(try ExchangeRates.rate(ws.db, currency: "USD", on: "2025-11-30") == nil)
        #expect(try ExchangeRates.rate(ws.db, currency: "CNY", on: "1999-01-01")?.cnyPerUnit == 1)

        // 12,000 EUR of gears at 8 %: on the rate's first day, and the day before (December's rate).
        let gears = DeclarationFixtures.gears()
        let onTheDay = try DutyRates.assess(ws.db, gears, on: "2026-01-01")
        #expect(onTheDay.lines.first?.valueCNY == Decimal(string: "98856.00")) // 12000 × 8.2380
        #expect(onTheDay.total == Decimal(string: "7908.48") && onTheDay.text == "CNY 7908.48") // 98856.00 × 8 %
        let dayBefore = try DutyRates.assess(ws.db, gears, on: "2025-12-31")
        #expect(dayBefore.lines.first?.exchangeRate == Decimal(string: "8.1950"))
        #expect(dayBefore.total == Decimal(string: "7867.20")) // 12000 × 8.1950 = 98340.00, × 8 %
    }

    @Test func noRateIsAProblemNamingTheCurrencyAndTheDay() throws {
        var d = DeclarationFixtures.gears()
        d.goods[0]["currency"] = "JPY" // January's rate only
        #expect(try DutyRates.assess(ws.db, d, on: "2026-01-01").total == Decimal(string: "43.22")) // 12000 × 0.045020 = 540.24, × 8 %
        let error = #expect(throws: DomainError.self) { try DutyRates.assess(ws.db, d, on: "2025-12-31") }
        #expect(error == .invalid([Problem("goods[1].currency", "review.noExchangeRate", ["JPY", "2025-12-31"])]))
        let text = error?.description ?? ""
        #expect(text.contains("JPY") && text.contains("2025-12-31"), "\(text)")
        #expect(Messages.text("review.noExchangeRate", ["JPY", "2025-12-31"], language: .zh).contains("JPY"))
    }

    @Test func theOfficerAssessesInCNYAtTheDeclarationDatesRate() throws {
        let d = try yellowShrimp() // yellow, no inspection
        var lane = try claim(d.id)
        // The rate table: 102,000 + 74,000 USD at 7.0280 = 716,856.00 + 520,072.00 CNY, at 5 %.
        lane = try decide(d.id, lane, .assessDuty(amount: nil, currency: nil)).lane
        #expect(lane.state == "duties_due" && lane.detail["duty"] == "CNY 61846.40" && lane.detail["duty_cny"] == "61846.40")
        // An amount in USD is converted at the rate of the declaration's date, not of the day it is assessed:
        // submitted 2025-12-31 (December's 7.0450), assessed in January.
        clock.set(Self.at("2025-12-31T02:00:00.000Z"))
        let d2 = try yellowShrimp(reference: "PO-USD")
        clock.set(Self.at("2026-01-05T02:00:00.000Z"))
        var lane2 = try claim(d2.id)
        lane2 = try decide(d2.id, lane2, .assessDuty(amount: 1000, currency: "USD")).lane
        #expect(lane2.detail["duty"] == "CNY 7045.00")
    }

    @Test func aGreenDeclarationIsAssessedInCNYOnReceiptAndReleasedOnPayment() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.gears())
        let lane = try ReviewFixtures.lane(ws, d.id, .customs)
        #expect(lane.state == "duties_due" && lane.detail["channel"] == "green" && lane.detail["duty"] == "CNY 7908.48")
        let paid = try Review.pay(ws, declarationID: d.id, by: broker)
        #expect(paid.lane.state == "released" && paid.declarationReleased)
    }

    @Test func aGreenDeclarationWithACurrencyWithoutRateWaitsForAnOfficer() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        clock.set(Self.at("2025-12-31T02:00:00.000Z"))
        var d = DeclarationFixtures.gears()
        d.goods[0]["currency"] = "JPY"
        d = try ReviewFixtures.submit(ws, d)
        var lane = try ReviewFixtures.lane(ws, d.id, .customs)
        #expect(lane.state == "received" && lane.detail["channel"] == "green" && (lane.detail["duty"] ?? "").isEmpty)
        lane = try claim(d.id)
        #expect(throws: DomainError.invalid([Problem("goods[1].currency", "review.noExchangeRate", ["JPY", "2025-12-31"])])) {
            try decide(d.id, lane, .assessDuty(amount: nil, currency: nil))
        }
    }

    // MARK: - Release: paid, or a valid guarantee, on every channel

    @Test func greenNeedsPaymentOrAGuarantee() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.gears())
        var lane = try claim(d.id) // a green lane waits unclaimed in duties due; the officer takes it
        #expect(lane.state == "duties_due" && lane.claimedBy == "zhangmin")
        #expect(throws: ReviewError.dutyUnpaid(declarationID: d.id)) { try decide(d.id, lane, .release) }
        // Valid until today (2026-01-01 in China): it counts.
        lane = try decide(d.id, lane, .recordGuarantee(DutyGuarantee(number: "G2026-0001", amount: 8000, validUntil: "2026-01-01"))).lane
        #expect(lane.state == "duties_due" && lane.detail["guarantee_no"] == "G2026-0001" && lane.detail["guarantee_amount"] == "8000.00")
        let released = try decide(d.id, lane, .release)
        #expect(released.lane.state == "released" && released.declarationReleased)
        // Recorded with the lane event and the audit entry, like every decision.
        #expect(try Lanes.events(ws.db, laneID: lane.id).map(\.action) == ["open", "route", "claim", "guarantee", "release"])
        #expect(try AuditLog.entries(ws.db, entity: "lane", entityID: String(lane.id)).map(\.action).contains("lane.guarantee"))
        #expect(try AuditLog.verify(ws.db).isIntact)
    }

    @Test func yellowNeedsPaymentAndAGuaranteeThatExpiredYesterdayDoesNotCount() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        try ws.db.write { try ws.db.run("UPDATE enterprise SET credit_class = 'warning'") }
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.gears())
        var lane = try claim(d.id)
        #expect(lane.detail["channel"] == "yellow")
        #expect(throws: ReviewError.dutyUnpaid(declarationID: d.id)) { try decide(d.id, lane, .release) }
        // Already expired (yesterday) when typed: refused, nothing recorded.
        #expect(throws: ReviewError.guaranteeExpired(declarationID: d.id, number: "G-OLD", validUntil: "2025-12-31")) {
            try decide(d.id, lane, .recordGuarantee(DutyGuarantee(number: "G-OLD", amount: 8000, validUntil: "2025-12-31")))
        }
        #expect(throws: DomainError.invalid([Problem("amount", "review.guaranteeAmount", ["0.00"]), Problem("until", "problem.notDate", ["2026-02-30"])])) {
            try decide(d.id, lane, .recordGuarantee(DutyGuarantee(number: "G1", amount: 0, validUntil: "2026-02-30")))
        }
        #expect(throws: ReviewError.missing("number")) {
            try decide(d.id, lane, .recordGuarantee(DutyGuarantee(number: " ", amount: 8000, validUntil: "2026-01-31")))
        }
        // Valid until today; the next day (by the workspace clock) it has expired and counts no more.
        lane = try decide(d.id, lane, .recordGuarantee(DutyGuarantee(number: "G2026-0002", amount: 8000, validUntil: "2026-01-01"))).lane
        clock.set(Self.at("2026-01-01T16:00:00.000Z")) // 2026-01-02 00:00 in China
        #expect(throws: ReviewError.guaranteeExpired(declarationID: d.id, number: "G2026-0002", validUntil: "2026-01-01")) {
            try decide(d.id, lane, .release)
        }
        clock.set(Self.at("2026-01-01T15:59:59.000Z")) // still 2026-01-01 in China
        #expect(try decide(d.id, lane, .release).lane.state == "released")
    }

    @Test func yellowIsReleasedAfterPayment() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        try ws.db.write { try ws.db.run("UPDATE enterprise SET credit_class = 'warning'") }
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.gears())
        var lane = try claim(d.id)
        lane = try decide(d.id, lane, .assessDuty(amount: nil, currency: nil)).lane
        #expect(lane.detail["duty"] == "CNY 7908.48")
        // Assessed is not paid.
        #expect(throws: ReviewError.dutyUnpaid(declarationID: d.id)) { try decide(d.id, lane, .release) }
        lane = try Review.pay(ws, declarationID: d.id, by: broker).lane
        #expect(lane.state == "duties_paid")
        #expect(try decide(d.id, lane, .release).declarationReleased)
    }

    @Test func redNeedsPaymentAfterItsInspection() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp()) // 0306 from Ecuador: red, sampled
        var lane = try claim(d.id)
        #expect(lane.detail["channel"] == "red")
        lane = try decide(d.id, lane, .orderInspection(InspectionInstruction("open 2 containers"))).lane
        let slot = try #require(try InspectionSlots.offer(ws, place: "洋山港区冷库", day: "2026-01-02", starts: ["14:00"], capacity: 1, by: customs).first)
        try InspectionSlots.book(ws, declarationID: d.id, slotID: slot.id, by: broker)
        clock.set(Self.at("2026-01-02T06:00:00.000Z"))
        lane = try decide(d.id, lane, .recordResult("conforms")).lane
        // The inspection done, customs still may not release unpaid (the case that reached customs' desk).
        #expect(throws: ReviewError.dutyUnpaid(declarationID: d.id)) { try decide(d.id, lane, .release) }
        lane = try decide(d.id, lane, .assessDuty(amount: nil, currency: nil)).lane
        #expect(lane.detail["duty"] == "CNY 61846.40") // submitted 2026-01-01: USD at 7.0280
        #expect(throws: ReviewError.dutyUnpaid(declarationID: d.id)) { try decide(d.id, lane, .release) }
        lane = try Review.pay(ws, declarationID: d.id, by: broker).lane
        #expect(try decide(d.id, lane, .release).lane.state == "released")
    }

    @Test func dutyFreeAndZeroRateNeedNoPayment() throws {
        try ReviewFixtures.switchOffRandomFloors(ws)
        // Green and duty-free: released on receipt, nothing to pay.
        var free = DeclarationFixtures.gears(reference: "PO-FREE")
        free["supervisionMode"] = "3339"; free["levyNature"] = "299" // 其他进出口免费 ↔ 其他法定
        let green = try ReviewFixtures.submit(ws, free)
        #expect(try ReviewFixtures.lane(ws, green.id, .customs).state == "released")
        #expect(try DeclarationRelease.releasedAt(ws.db, declarationID: green.id) != nil)
        #expect(try ReviewCases.show(ws, declarationID: green.id, by: customs).duty == .dutyFreeLevyNature("299"))

        // Yellow and duty-free: the officer releases without payment; there is nothing to assess or guarantee.
        try ws.db.write { try ws.db.run("UPDATE enterprise SET credit_class = 'warning'") }
        free["traderReference"] = "PO-FREE-2"
        let yellow = try ReviewFixtures.submit(ws, free)
        var lane = try claim(yellow.id)
        #expect(throws: ReviewError.dutyFree(declarationID: yellow.id, levyNature: "299")) {
            try decide(yellow.id, lane, .assessDuty(amount: nil, currency: nil))
        }
        #expect(throws: ReviewError.dutyFree(declarationID: yellow.id, levyNature: "299")) {
            try decide(yellow.id, lane, .recordGuarantee(DutyGuarantee(number: "G1", amount: 1, validUntil: "2026-01-31")))
        }
        lane = try decide(yellow.id, lane, .release).lane
        #expect(lane.state == "released")

        // Zero rate under a charging levy nature: the same.
        try ws.db.write { try ws.db.run("INSERT INTO duty_rate(hs_prefix, rate_bp) VALUES ('8483409000', 0)") }
        let zero = try ReviewFixtures.submit(ws, DeclarationFixtures.gears(reference: "PO-ZERO"))
        let zeroLane = try claim(zero.id)
        #expect(throws: ReviewError.dutyFree(declarationID: zero.id, levyNature: nil)) {
            try decide(zero.id, zeroLane, .assessDuty(amount: nil, currency: nil))
        }
        #expect(try decide(zero.id, zeroLane, .release).lane.state == "released")
    }

    // MARK: - Item 5: no result before the appointment

    @Test func aResultIsRefusedOneSecondBeforeTheSlotAndAllowedAtItsStart() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        var lane = try claim(d.id)
        lane = try decide(d.id, lane, .orderInspection(InspectionInstruction("open 2 containers"))).lane
        let slot = try #require(try InspectionSlots.offer(ws, place: "洋山港区冷库", day: "2026-01-03", starts: ["09:30"], capacity: 1, by: customs).first)
        try InspectionSlots.book(ws, declarationID: d.id, slotID: slot.id, by: broker)
        clock.set(Self.at("2026-01-03T01:29:59.000Z")) // 09:29:59 in China
        let error = #expect(throws: ReviewError.self) { try decide(d.id, lane, .recordResult("conforms")) }
        #expect(error == .beforeAppointment(declarationID: d.id, slot: "2026-01-03 09:30"))
        #expect(error?.description.contains("2026-01-03 09:30") == true)
        #expect(try JointInspections.find(ws.db, declarationID: d.id, revision: 1)?.results.isEmpty == true)
        clock.set(Self.at("2026-01-03T01:30:00.000Z")) // 09:30:00
        #expect(try decide(d.id, lane, .recordResult("conforms")).lane.state == "inspected")
    }

    // MARK: - Helpers

    /// The shrimp, yellow instead of red (the origin rule changed to documents only), so it needs no inspection.
    func yellowShrimp(reference: String = "PO-Y") throws -> Declaration {
        if try RiskRules.current(ws.db, agency: .customs).first(where: { $0.key == "C-HS-0306-ORIGIN" })?.outcome != "yellow" {
            try ReviewFixtures.switchOffRandomFloors(ws)
            var rule = try #require(try RiskRules.current(ws.db, agency: .customs).first { $0.key == "C-HS-0306-ORIGIN" })
            rule.outcome = "yellow"
            try RiskRules.save(ws, rule, note: "documents only, for a test", by: customs)
        }
        return try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp(reference: reference))
    }

    func claim(_ id: Int64) throws -> Lane {
        try Review.claim(ws, declarationID: id, expectedVersion: try ReviewFixtures.lane(ws, id, .customs).version, by: customs)
    }

    @discardableResult
    func decide(_ id: Int64, _ lane: Lane, _ decision: ReviewDecision) throws -> ReviewOutcome {
        try Review.decide(ws, declarationID: id, expectedVersion: try ReviewFixtures.lane(ws, id, .customs).version,
                          decision: decision, by: customs)
    }
}
