import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// Joint inspections on the training set: the sample slots offered, three declarations sent to
/// inspection by 张敏 (customs), the first also by 王强 (inspection); 李伟 books the first two
/// and customs records its result on the first.
enum JointTaskSupport {
    struct Tasks {
        var declarations: [Declaration]
        var slots: [InspectionSlot]
    }

    static func make(_ fixture: TrainingFixture) throws -> Tasks {
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture)
        let ws = fixture.workspace
        let slots = try InspectionSlotSamples.load(into: ws, from: TrainingFixture.sampleData)
        let customs = try #require(try Operators.find(ws.db, "zhangmin"))
        let inspection = try #require(try Operators.find(ws.db, "wangqiang"))
        let broker = try #require(try Operators.find(ws.db, "liwei"))
        let chosen = Array(submitted.filter { d in
            (try? Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs)) != nil
        }.prefix(3))
        for (i, d) in chosen.enumerated() {
            fixture.clock.advance(by: 60)
            try order(ws, d, .customs, customs, "open 2 containers, check labelling")
            if i == 0 { try order(ws, d, .inspection, inspection, "temperature, quarantine sample") }
        }
        let place = { (d: Declaration) in d["goodsPlace"] }
        if chosen.count >= 2 {
            let late = try #require(slots.first { $0.place == place(chosen[0]) && $0.day == "2026-03-04" && $0.start == "14:00" })
            let early = try #require(slots.first { $0.place == place(chosen[1]) && $0.day == "2026-03-03" && $0.start == "10:30" })
            try InspectionSlots.book(ws, declarationID: chosen[0].id, slotID: late.id, by: broker)
            try InspectionSlots.book(ws, declarationID: chosen[1].id, slotID: early.id, by: broker)
            let lane = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(chosen[0].id), agency: .customs))
            // A result is recorded at the appointment (14:00 in China), not before: the clock goes
            // there for it and comes back, so the screens keep their time.
            let now = fixture.clock.now()
            fixture.clock.set(try #require(ChinaTime.instant(day: late.day, time: late.start)))
            try Review.decide(ws, declarationID: chosen[0].id, expectedVersion: lane.version,
                              decision: .recordResult("labels corrected on site"), by: customs)
            fixture.clock.set(now)
        }
        return Tasks(declarations: chosen, slots: slots)
    }

    static func order(_ ws: Workspace, _ d: Declaration, _ agency: Agency, _ officer: Operator, _ text: String) throws {
        guard var lane = try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: agency) else { return }
        lane = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: officer)
        try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                          decision: .orderInspection(InspectionInstruction(text)), by: officer)
    }
}
