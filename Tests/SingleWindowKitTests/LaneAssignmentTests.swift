import Foundation
import Testing
@testable import SingleWindowKit

/// Who may hand a lane to whom (`LaneEngine.assign`), on the test rule set of `LaneEngineTests`.
@Suite struct LaneAssignmentTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    let ws: Workspace
    let engine = LaneEngine(DeemedApprovalRules())
    let planner = Operator(id: "xuhong", name: "徐红", role: .departmentReviewer, agency: .planning)
    let planner2 = Operator(id: "planner2", name: "P2", role: .departmentReviewer, agency: .planning)
    let retired = Operator(id: "retired", name: "R", role: .departmentReviewer, agency: .planning, active: false)
    let fire = Operator(id: "firer", name: "F", role: .departmentReviewer, agency: .fire)
    let trainer = Operator(id: "coach", name: "C", role: .trainer)
    let broker = Operator(id: "liwei", name: "李伟", role: .broker)

    init() throws {
        let db = try Database(path: ":memory:")
        _ = try Migrator.migrate(db, sets: DomainAreas.all.map(\.migrations))
        ws = Workspace(db: db, kind: .training, clock: SettableClock(t0))
        for op in [planner, planner2, retired, fire, trainer, broker] { try Operators.insert(db, op, by: .system, at: t0) }
        try Lanes.open(db, kind: .approvalStage, caseID: "S1", agencies: [.planning, .fire], initialState: "pending",
                       at: t0, by: .system)
    }

    func lane(_ agency: Agency = .planning) throws -> Lane {
        try #require(try Lanes.lane(ws.db, kind: .approvalStage, caseID: "S1", agency: agency))
    }

    func assign(to login: String?, by actor: Operator) throws -> Lane {
        try engine.assign(ws, caseID: "S1", agency: .planning, to: login, expectedVersion: try lane().version, by: actor)
    }

    func refusal(to login: String?, by actor: Operator) throws -> LaneReason? {
        do { _ = try assign(to: login, by: actor); return nil } catch let e as LaneError { return e.reason }
    }

    @Test func anOfficerOfTheLanesAgencyHandsItToAColleagueAndBack() throws {
        let assigned = try assign(to: "planner2", by: planner)
        #expect(assigned.assignedTo == "planner2")
        let events = try Lanes.events(ws.db, laneID: assigned.id)
        #expect(events.last?.action == "assign" && events.last?.message == "planner2" && events.last?.operatorID == "xuhong")
        #expect(try AuditLog.entries(ws.db, entity: "lane", entityID: String(assigned.id)).last?.action == "lane.assign")
        #expect(try assign(to: nil, by: planner2).assignedTo == nil)
        #expect(try assign(to: "xuhong", by: trainer).assignedTo == "xuhong")
    }

    @Test func theAssignerMustActForTheLanesAgency() throws {
        #expect(try refusal(to: "planner2", by: fire) == LaneReason("lane.reason.notYourLane", agencies: [.planning]))
        #expect(try refusal(to: "planner2", by: broker) == LaneReason("lane.reason.role"))
        #expect(try lane().assignedTo == nil)
    }

    @Test func theAssigneeMustBeAnActiveOfficerOfTheLanesAgency() throws {
        let notOf = { (login: String) in LaneReason("lane.reason.assignee", [login], agencies: [.planning]) }
        #expect(try refusal(to: "firer", by: planner) == notOf("firer"))
        #expect(try refusal(to: "retired", by: planner) == notOf("retired"))
        #expect(try refusal(to: "nobody", by: planner) == notOf("nobody"))
        #expect(try refusal(to: "liwei", by: planner) == notOf("liwei"))
        #expect(notOf("firer").text(.en) == "firer is not an active officer of planning")
    }

    @Test func aDecidedLaneCannotBeAssigned() throws {
        let claimed = try engine.decide(ws, caseID: "S1", agency: .planning, action: .claim, expectedVersion: try lane().version, by: planner)
        try engine.decide(ws, caseID: "S1", agency: .planning, action: .agree, expectedVersion: claimed.lane.version, by: planner)
        #expect(try refusal(to: "planner2", by: planner) == LaneReason("lane.reason.state", state: "agreed"))
    }

    @Test func aClaimHeldBySomeoneElseIsGivenBackFirst() throws {
        try engine.decide(ws, caseID: "S1", agency: .planning, action: .claim, expectedVersion: try lane().version, by: planner)
        #expect(try refusal(to: "planner2", by: planner2) == LaneReason("lane.reason.claimedBy", ["xuhong"]))
        // To the holder of the claim itself: it stands.
        #expect(try assign(to: "xuhong", by: planner2).assignedTo == "xuhong")
    }

    @Test func aStaleVersionIsRefusedAndNothingChanges() throws {
        let l = try lane()
        _ = try assign(to: "planner2", by: planner)
        #expect(throws: LaneError.stale(LaneRef(l), seen: l.version, now: l.version + 1)) {
            try engine.assign(ws, caseID: "S1", agency: .planning, to: "xuhong", expectedVersion: l.version, by: planner)
        }
        #expect(try lane().assignedTo == "planner2")
    }
}
