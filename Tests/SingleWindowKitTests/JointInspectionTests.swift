import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct JointInspectionTests {
    let clock = SettableClock(DeclarationFixtures.t0)
    let ws: Workspace
    let customs = ReviewFixtures.customs
    let inspection = ReviewFixtures.inspection
    let broker = ReviewFixtures.broker

    init() throws { ws = try ReviewFixtures.workspace(clock: clock) }

    @Test func twoInstructionsAreComparedAndMergedIntoOneTask() {
        let first = JointInspection.merge([], adding: InspectionInstruction("open 2 containers, check labelling"), from: .customs)
        let merged = JointInspection.merge(first, adding: InspectionInstruction("temperature；Check  Labelling，quarantine sample"),
                                           from: .inspection)
        #expect(merged.map(\.text) == ["open 2 containers", "check labelling", "temperature", "quarantine sample"])
        #expect(merged.map(\.agencies) == [[.customs], [.customs, .inspection], [.inspection], [.inspection]])
    }

    /// S2: both officers order an inspection; one task, one appointment, two results, one release.
    @Test func oneDeclarationOneInspectionOneRelease() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        let place = "洋山港区冷库"
        let slots = try InspectionSlots.offer(ws, place: place, day: "2026-01-02", starts: ["10:00", "14:00"], capacity: 1, by: customs)
        #expect(slots.count == 2)

        var c = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .customs).version, by: customs)
        var i = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .inspection).version, by: inspection)
        let one = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version,
                                    decision: .orderInspection(InspectionInstruction("open 2 containers, check labelling")), by: customs)
        // Nothing to record before the appointment is booked.
        #expect(throws: ReviewError.notBooked(declarationID: d.id)) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: one.lane.version, decision: .recordResult("ok"), by: customs)
        }
        let two = try Review.decide(ws, declarationID: d.id, expectedVersion: i.version,
                                    decision: .orderInspection(InspectionInstruction("temperature, quarantine sample")), by: inspection)
        #expect(one.jointInspection?.id == two.jointInspection?.id)
        let joint = try #require(two.jointInspection)
        #expect(joint.place == place && joint.agencies == [.customs, .inspection] && joint.items.count == 4)
        #expect(try ws.db.scalar("SELECT count(*) FROM joint_inspection WHERE declaration_id = ?", [d.id]).int == 1)

        // The broker books 14:00; the slot's one place is then gone.
        let booked = try InspectionSlots.book(ws, declarationID: d.id, slotID: slots[1].id, by: broker)
        #expect(booked.slotID == slots[1].id && booked.bookedBy == "liwei")
        #expect(try InspectionSlots.available(ws.db, place: place).map(\.start) == ["10:00"])

        // Results are recorded at the appointment (2026-01-02 14:00 in China), not before.
        clock.set(Timestamp.date("2026-01-02T06:00:00.000Z")!)
        c = try Review.decide(ws, declarationID: d.id, expectedVersion: one.lane.version, decision: .recordResult("2 containers opened, labels missing Chinese text: corrected on site"), by: customs).lane
        let recorded = try Review.decide(ws, declarationID: d.id, expectedVersion: two.lane.version,
                                         decision: .recordResult("temperature -18 °C; sample 2026-S-001 taken"), by: inspection)
        i = recorded.lane
        #expect(recorded.jointInspection?.results.count == 2)
        c = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version, decision: .assessDuty(amount: nil, currency: nil), by: customs).lane
        #expect(c.detail["duty"] == "CNY 61846.40") // 176,000 USD of shrimp at 7.0280 (the submission day's rate) = 1,236,928.00 CNY, at 5 %
        c = try Review.pay(ws, declarationID: d.id, by: broker).lane
        #expect(c.state == "duties_paid")

        let first = try Review.decide(ws, declarationID: d.id, expectedVersion: i.version, decision: .release, by: inspection)
        #expect(!first.declarationReleased) // customs has not released yet
        #expect(try DeclarationRelease.releasedAt(ws.db, declarationID: d.id) == nil)
        clock.advance(by: 60)
        let last = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version, decision: .release, by: customs)
        #expect(last.declarationReleased)
        let releasedAt = try #require(try DeclarationRelease.releasedAt(ws.db, declarationID: d.id))
        #expect(releasedAt == clock.now())

        // Once: a second release of either lane is refused, and the date does not move.
        clock.advance(by: 60)
        #expect(throws: LaneError.self) {
            try Review.decide(ws, declarationID: d.id, expectedVersion: last.lane.version, decision: .release, by: customs)
        }
        #expect(try DeclarationRelease.releaseIfComplete(ws.db, declarationID: d.id, revision: 1, at: clock.now(), by: .system) == false)
        #expect(try DeclarationRelease.releasedAt(ws.db, declarationID: d.id) == releasedAt)
        #expect(try AuditLog.entries(ws.db, entity: "declaration", entityID: String(d.id)).filter { $0.action == "declaration.release" }.count == 1)
        let shown = try ReviewCases.show(ws, declarationID: d.id, by: broker)
        #expect(shown.releasedAt == releasedAt && shown.jointInspection?.isBooked == true)
    }

    @Test func aFullSlotIsRefusedAndRebookingGivesThePlaceBack() throws {
        let place = "洋山港区冷库"
        let slot = try #require(try InspectionSlots.offer(ws, place: place, day: "2026-01-02", starts: ["09:00"], capacity: 1, by: inspection).first)
        let other = try #require(try InspectionSlots.offer(ws, place: place, day: "2026-01-02", starts: ["11:00"], capacity: 2, by: inspection).first)
        var ids: [Int64] = []
        for ref in ["PO-A", "PO-B"] {
            let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp(reference: ref))
            let lane = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .customs).version, by: customs)
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                              decision: .orderInspection(InspectionInstruction("open all")), by: customs)
            ids.append(d.id)
        }
        try InspectionSlots.book(ws, declarationID: ids[0], slotID: slot.id, by: broker)
        #expect(throws: ReviewError.slotFull(slotID: slot.id)) {
            try InspectionSlots.book(ws, declarationID: ids[1], slotID: slot.id, by: broker)
        }
        #expect(try InspectionSlots.slot(ws.db, id: slot.id)?.booked == 1)
        // The first moves to 11:00: 09:00 is free again and the second can take it.
        try InspectionSlots.book(ws, declarationID: ids[0], slotID: other.id, by: broker)
        try InspectionSlots.book(ws, declarationID: ids[1], slotID: slot.id, by: broker)
        #expect(try InspectionSlots.slot(ws.db, id: slot.id)?.booked == 1)
        #expect(try InspectionSlots.slot(ws.db, id: other.id)?.booked == 1)
        // The database itself refuses an overbooking that skips the guarded update.
        #expect(throws: DatabaseError.self) {
            try ws.db.write { try ws.db.run("UPDATE inspection_slot SET booked = capacity + 1 WHERE id = ?", [slot.id]) }
        }
        // A slot at another place is not this inspection's.
        let elsewhere = try #require(try InspectionSlots.offer(ws, place: "外高桥", day: "2026-01-02", starts: ["09:00"], capacity: 5, by: inspection).first)
        #expect(throws: ReviewError.slotElsewhere(slotID: elsewhere.id, place: place)) {
            try InspectionSlots.book(ws, declarationID: ids[1], slotID: elsewhere.id, by: broker)
        }
    }
}
