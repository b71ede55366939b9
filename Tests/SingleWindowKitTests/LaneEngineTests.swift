import Foundation
import Testing
@testable import SingleWindowKit

/// A rule set that exists only here: a department's opinion with a deadline, taken to agree
/// when the deadline passes (超时默认) — the approvals pane's shape, before that pane exists.
struct DeemedApprovalRules: LaneRuleSet {
    enum State: String, CaseIterable, Sendable { case pending, agreed, objected, deemedAgreed = "deemed_agreed" }
    enum Action: String, CaseIterable, Sendable { case claim, agree, object, timeout }

    var kind: CaseKind { .approvalStage }
    var agencies: [Agency] { [.planning, .fire] }

    func next(from state: State, action: Action, agency: Agency) -> State? {
        switch (state, action) {
        case (.pending, .claim): return .pending
        case (.pending, .agree): return .agreed
        case (.pending, .object): return .objected
        case (.pending, .timeout): return .deemedAgreed
        default: return nil
        }
    }

    func actor(_ action: Action) -> LaneActor { action == .timeout ? .system : .laneOfficer }
    func claim(_ action: Action) -> LaneClaim { action == .claim ? .take : action == .timeout ? .none : .required }
    func deadlineAction(_ state: State) -> Action? { state == .pending ? .timeout : nil }

    func outcome(_ lanes: [Lane]) -> CaseOutcome? {
        let done = lanes.compactMap { State(rawValue: $0.state) }
        if done.contains(.objected) { return .rejected }
        return !lanes.isEmpty && done.allSatisfy({ $0 == .agreed || $0 == .deemedAgreed }) ? .deemedAgreed : nil
    }

    var offered: [Action] { [.claim, .agree, .object] }
}

@Suite struct LaneEngineTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    let clock: SettableClock
    let ws: Workspace
    let engine = LaneEngine(DeemedApprovalRules())
    let planner = Operator(id: "xuhong", name: "徐红", role: .departmentReviewer, agency: .planning)
    let planner2 = Operator(id: "planner2", name: "P2", role: .departmentReviewer, agency: .planning)
    let fire = Operator(id: "firer", name: "F", role: .departmentReviewer, agency: .fire)

    init() throws {
        clock = SettableClock(t0)
        let db = try Database(path: ":memory:")
        _ = try Migrator.migrate(db, sets: DomainAreas.all.map(\.migrations))
        ws = Workspace(db: db, kind: .training, clock: clock)
        try Lanes.open(db, kind: .approvalStage, caseID: "S1", agencies: [.planning, .fire], initialState: "pending",
                       at: t0, by: .system, deadline: t0.addingTimeInterval(3600))
    }

    func lane(_ agency: Agency) throws -> Lane { try #require(try Lanes.lane(ws.db, kind: .approvalStage, caseID: "S1", agency: agency)) }

    @Test func aDeadlineAppliesExactlyAtItsInstantOnceAndNotASecondBefore() throws {
        clock.set(t0.addingTimeInterval(3599))
        #expect(try LaneTick.run(ws, ruleSets: [DeemedApprovalRules()]).applied == 0)
        #expect(try lane(.planning).state == "pending")

        clock.set(t0.addingTimeInterval(3600))
        let first = try LaneTick.run(ws, ruleSets: [DeemedApprovalRules()])
        #expect(first.applied == 2 && !first.more)
        let moved = try lane(.planning)
        #expect(moved.state == "deemed_agreed" && moved.deadline == nil)
        #expect(try engine.outcome(ws.db, caseID: "S1") == .deemedAgreed)
        let events = try Lanes.events(ws.db, laneID: moved.id)
        #expect(events.last?.action == "timeout" && events.last?.operatorID == "system")

        let auditBefore = try AuditLog.verify(ws.db).checked
        let second = try LaneTick.run(ws, ruleSets: [DeemedApprovalRules()])
        #expect(second.applied == 0)
        #expect(try lane(.planning).version == moved.version)
        #expect(try AuditLog.verify(ws.db).checked == auditBefore)
    }

    @Test func aPersonCannotDecideAfterTheDeadlineButCanBefore() throws {
        let l = try lane(.planning)
        try engine.decide(ws, caseID: "S1", agency: .planning, action: .claim, expectedVersion: l.version, by: planner)
        clock.set(t0.addingTimeInterval(3600))
        let claimed = try lane(.planning)
        #expect(throws: LaneError.deadlinePassed(LaneRef(claimed), deadline: t0.addingTimeInterval(3600))) {
            try engine.decide(ws, caseID: "S1", agency: .planning, action: .agree, expectedVersion: claimed.version, by: planner)
        }
    }

    @Test func versionClaimAndAgencyAreCheckedInOnePlace() throws {
        let l = try lane(.planning)
        #expect(throws: LaneError.notClaimed(LaneRef(l))) {
            try engine.decide(ws, caseID: "S1", agency: .planning, action: .agree, expectedVersion: l.version, by: planner)
        }
        let claimed = try engine.decide(ws, caseID: "S1", agency: .planning, action: .claim, expectedVersion: l.version, by: planner).lane
        #expect(throws: LaneError.claimedBySomeoneElse(LaneRef(l), login: "xuhong")) {
            try engine.decide(ws, caseID: "S1", agency: .planning, action: .claim, expectedVersion: claimed.version, by: planner2)
        }
        #expect(throws: LaneError.stale(LaneRef(l), seen: l.version, now: claimed.version)) {
            try engine.decide(ws, caseID: "S1", agency: .planning, action: .agree, expectedVersion: l.version, by: planner)
        }
        let wrong = engine.refusal(.agree, lane: claimed, lanes: [], actor: fire, now: t0)
        #expect(wrong?.reason == LaneReason("lane.reason.notYourLane", agencies: [.planning]))
        let agreed = try engine.decide(ws, caseID: "S1", agency: .planning, action: .agree, expectedVersion: claimed.version, by: planner)
        #expect(agreed.lane.state == "agreed" && agreed.outcome == nil && !agreed.reached)
    }

    @Test func anAssignedLaneIsOnlyForItsAssignee() throws {
        try Operators.insert(ws.db, planner2, by: .system, at: t0)
        let l = try lane(.planning)
        let assigned = try engine.assign(ws, caseID: "S1", agency: .planning, to: "planner2", expectedVersion: l.version, by: .system)
        #expect(assigned.assignedTo == "planner2")
        #expect(throws: LaneError.claimedBySomeoneElse(LaneRef(l), login: "planner2")) {
            try engine.decide(ws, caseID: "S1", agency: .planning, action: .claim, expectedVersion: assigned.version, by: planner)
        }
        try engine.decide(ws, caseID: "S1", agency: .planning, action: .claim, expectedVersion: assigned.version, by: planner2)
    }

    @Test func availableActionsGiveEachRefusalItsReason() throws {
        let lanes = try Lanes.lanes(ws.db, kind: .approvalStage, caseID: "S1")
        let offered = engine.availableActions(actor: planner, lanes: lanes, now: t0)
        #expect(offered.map(\.action) == [.claim, .agree, .object])
        #expect(offered[0].isAvailable)
        #expect(offered[1].reason == LaneReason("lane.reason.claimFirst"))
        let broker = Operator(id: "liwei", name: "李伟", role: .broker)
        #expect(engine.availableActions(actor: broker, lanes: lanes, now: t0).allSatisfy { $0.reason == LaneReason("lane.reason.role") })
        #expect(LaneReason("lane.reason.claimedBy", ["xuhong"]).text(.zh) == "已由xuhong认领")
    }

    @Test func theAgencyRegisterIsDataAndUnknownCodesRoundTrip() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-data/reference")
        let report = try ReferenceLoader.loadReference(into: ws.db, from: dir)
        #expect(report.problems.isEmpty, "\(report.problems)")
        for known in [Agency.customs, .inspection, .border, .maritime] {
            #expect(try AgencyRegister.find(ws.db, known)?.kind == .borderAgency)
        }
        #expect(try AgencyRegister.all(ws.db, kind: .approvalDepartment).count >= 13)
        #expect(try AgencyRegister.all(ws.db, kind: .enforcementAgency).count >= 8)
        try Lanes.open(ws.db, kind: .jointInspection, caseID: "J1", agencies: [Agency("culture")], initialState: "pending",
                       at: t0, by: .system)
        #expect(try Lanes.lanes(ws.db, kind: .jointInspection, caseID: "J1").map(\.agency.rawValue) == ["culture"])
        let json = try JSONEncoder().encode([Agency("seismic")])
        #expect(String(decoding: json, as: UTF8.self) == "[\"seismic\"]")
        #expect(try JSONDecoder().decode([Agency].self, from: json) == [Agency("seismic")])
    }
}
