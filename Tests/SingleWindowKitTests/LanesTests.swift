import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct LanesTests {
    let db: Database
    let broker = Operator(id: "liwei", name: "李伟", role: .broker)
    let customs = Operator(id: "zhangmin", name: "张敏", role: .customsOfficer, agency: .customs)
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    init() throws {
        db = try Database(path: ":memory:")
        try Schema.migrate(db)
    }

    @Test func openCreatesOneLanePerAgencyWithAnOpeningEvent() throws {
        let lanes = try Lanes.open(db, kind: .declaration, caseID: "D1", agencies: [.customs, .inspection],
                                   initialState: "received", at: t0, by: broker)
        #expect(lanes.map(\.agency) == [.customs, .inspection])
        #expect(lanes.allSatisfy { $0.state == "received" && $0.version == 1 })
        let events = try Lanes.events(db, laneID: lanes[0].id)
        #expect(events.map(\.action) == ["open"])
        #expect(try AuditLog.verify(db).checked == 2)
    }

    @Test func transitionAppliesOnceAndRecordsTimeline() throws {
        let lane = try Lanes.open(db, kind: .declaration, caseID: "D2", agencies: [.customs],
                                  initialState: "received", at: t0, by: broker)[0]
        let moved = try Lanes.transition(db, laneID: lane.id, expectedVersion: 1, to: "under_review", action: "claim",
                                         detail: ["channel": "red"], claimedBy: .some("zhangmin"),
                                         at: t0.addingTimeInterval(60), by: customs)
        #expect(moved.state == "under_review")
        #expect(moved.version == 2)
        #expect(moved.claimedBy == "zhangmin")
        #expect(moved.detail["channel"] == "red")
        let events = try Lanes.events(db, laneID: lane.id)
        #expect(events.map(\.toState) == ["received", "under_review"])
        #expect(events[1].operatorID == "zhangmin")
    }

    @Test func staleTransitionIsRefusedAndChangesNothing() throws {
        let lane = try Lanes.open(db, kind: .declaration, caseID: "D3", agencies: [.customs],
                                  initialState: "received", at: t0, by: broker)[0]
        try Lanes.transition(db, laneID: lane.id, expectedVersion: 1, to: "under_review", action: "claim", at: t0, by: customs)
        #expect(throws: DatabaseError.staleVersion(table: "lane", id: String(lane.id), expected: 1, found: 2)) {
            try Lanes.transition(db, laneID: lane.id, expectedVersion: 1, to: "released", action: "release", at: t0, by: customs)
        }
        #expect(try Lanes.lane(db, id: lane.id)?.state == "under_review")
        #expect(try Lanes.events(db, laneID: lane.id).count == 2)
    }

    @Test func oneLanePerAgencyPerCase() throws {
        try Lanes.open(db, kind: .declaration, caseID: "D4", agencies: [.customs], initialState: "received", at: t0, by: broker)
        #expect(throws: DatabaseError.self) {
            try Lanes.open(db, kind: .declaration, caseID: "D4", agencies: [.customs], initialState: "received", at: t0, by: broker)
        }
        // The failed open left nothing behind: still one lane, one audit entry.
        #expect(try Lanes.lanes(db, kind: .declaration, caseID: "D4").count == 1)
        #expect(try AuditLog.verify(db).checked == 1)
    }
}
