import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselClearanceTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    @Test func submitOpensFourPendingLanesOnce() throws {
        let call = try f.submittedArrival()
        #expect(call.state == .submitted)
        #expect(call.submittedAt == f.t0)
        let lanes = try VesselClearance.lanes(f.db, callID: call.id)
        #expect(lanes.map(\.agency) == [.customs, .inspection, .border, .maritime])
        #expect(lanes.allSatisfy { $0.state == "pending" })
        #expect(call.id == "CNSHA2025A00001")
        // Submitting again is refused: one declaration, one submission.
        #expect(throws: DomainError.invalidTransition(entity: "vessel_call", id: call.id, from: "submitted", action: "submit")) {
            try VesselCalls.submit(f.ws, callID: call.id, expectedVersion: call.version, by: f.agent)
        }
        #expect(try AuditLog.verify(f.db).isIntact)
    }

    @Test func submitRefusesAnInvalidDeclarationWithAllProblemsAndOpensNothing() throws {
        var d = f.arrival()
        d.crew[1].nationality = "XXX"
        d.crew[2].documentNumber = ""
        d.ship.callSign = "H3"
        let draft = try VesselCalls.create(f.ws, direction: .arrival, declaration: d, by: f.agent)
        do {
            try VesselCalls.submit(f.ws, callID: draft.id, expectedVersion: draft.version, by: f.agent)
            Issue.record("submitted an invalid declaration")
        } catch let DomainError.invalid(problems) {
            #expect(Set(problems.map(\.path)) == ["ship.callSign", "crew[1].nationality", "crew[2].documentNumber"])
        }
        #expect(try VesselClearance.lanes(f.db, callID: draft.id).isEmpty)
        #expect(try VesselCalls.call(f.db, id: draft.id)?.state == .draft)
    }

    @Test func allFourReleasesClearAnArrivalInward() throws {
        let call = try f.submittedArrival()
        f.clock.set(f.at(hours: 1)); try f.release(call.id, .customs)
        f.clock.set(f.at(hours: 1.5)); try f.release(call.id, .border)
        // On arrival the maritime authority is not gated.
        f.clock.set(f.at(hours: 2)); let m = try f.release(call.id, .maritime)
        #expect(m.call.state == .submitted)
        f.clock.set(f.at(hours: 2.5)); let last = try f.release(call.id, .inspection)
        #expect(last.call.state == .cleared)
        #expect(last.call.clearedAt == f.at(hours: 2.5))
        #expect(last.portClearance == nil)
        let times = try ClearanceTimes.of(f.db, callID: call.id)
        #expect(times.total == 2.5 * 3600)
        #expect(times.toRelease(.customs) == 3600)
        #expect(ClearanceTimes.format(times.total ?? 0) == "2.5 h")
        #expect(ClearanceTimes.format(36 * 3600) == "36 h")
        #expect(times.summary.last?.duration == "2.5 h")
    }

    @Test func queryAndAnswerCycleKeepsBothInTheTimeline() throws {
        let call = try f.submittedArrival()
        let asked = try VesselClearance.decide(.query, f.ws, callID: call.id, agency: .border, laneVersion: try f.lane(call.id, .border).version,
                                              message: "Santos Jose: passport P7654321A photo page unreadable", by: f.border).lane
        #expect(asked.state == "query")
        // The agent sees it in her queue; the border officer's queue no longer has it.
        #expect(try VesselQueries.awaitingAnswer(f.db, enterpriseID: f.agent.enterpriseID!).map(\.lane.agency) == [.border])
        #expect(try VesselQueries.queue(f.db, agency: .border).isEmpty)
        // The officer cannot release while the question is open.
        let border = try f.lane(call.id, .border)
        let refused = #expect(throws: LaneError.self) { try f.release(call.id, .border) }
        #expect(refused == .notAllowed(LaneRef(kind: .vesselCall, caseID: call.id, agency: .border, laneID: border.id), state: "query",
                                       action: "release", reason: LaneReason("lane.reason.state", state: "query")))
        #expect(refused?.description == "lane \(call.id)/border is query: cannot release")
        let answered = try VesselClearance.decide(.answer, f.ws, callID: call.id, agency: .border, laneVersion: asked.version,
                                                  message: "Re-scanned copy sent; original on board for inspection", by: f.agent).lane
        #expect(answered.state == "pending")
        let events = try Lanes.events(f.db, laneID: answered.id)
        #expect(events.map(\.action) == ["open", "query", "answer"])
        #expect(events[2].message.hasPrefix("Re-scanned"))
        #expect(events[2].operatorID == "chenjing")
        #expect(try f.release(call.id, .border).lane.state == "released")
    }

    @Test func holdThenReleaseOrReject() throws {
        let call = try f.submittedArrival()
        let held = try VesselClearance.decide(.hold, f.ws, callID: call.id, agency: .inspection, laneVersion: 1,
                                            message: "boarding quarantine inspection 10:00", by: f.quarantine).lane
        #expect(held.state == "held")
        #expect(try VesselQueries.queue(f.db, agency: .inspection).map(\.lane.state) == ["held"])
        let rejected = try VesselClearance.decide(.reject, f.ws, callID: call.id, agency: .customs, laneVersion: 1,
                                                  message: "manifest B/L EGLV142500012345 gross mass disagrees", by: f.customs).lane
        #expect(rejected.state == "rejected")
        #expect(throws: DomainError.invalid([Problem("message", "problem.required")])) {
            try VesselClearance.decide(.reject, f.ws, callID: call.id, agency: .border, laneVersion: 1, message: "  ", by: f.border)
        }
        #expect(try f.release(call.id, .inspection).lane.state == "released")
    }

    @Test func officersActOnlyOnTheirOwnAgencysLane() throws {
        let call = try f.submittedArrival()
        #expect(throws: DomainError.notAuthorized(operatorID: "liuyang", action: "vessel.release")) {
            try VesselClearance.release(f.ws, callID: call.id, agency: .customs, laneVersion: 1, by: f.border)
        }
        // An agent cannot release, and one agent cannot act on another agency's call.
        #expect(throws: DomainError.notAuthorized(operatorID: "chenjing", action: "vessel.release")) {
            try VesselClearance.release(f.ws, callID: call.id, agency: .customs, laneVersion: 1, by: f.agent)
        }
        #expect(throws: DomainError.notAuthorized(operatorID: "wanglei", action: "vessel.submit")) {
            try VesselCalls.submit(f.ws, callID: call.id, expectedVersion: call.version, by: f.otherAgent)
        }
        // A border officer's role with a customs agency on record does not make a customs officer.
        let odd = Operator(id: "odd", name: "odd", role: .borderOfficer, agency: .customs)
        #expect(throws: DomainError.notAuthorized(operatorID: "odd", action: "vessel.release")) {
            try VesselClearance.release(f.ws, callID: call.id, agency: .customs, laneVersion: 1, by: odd)
        }
        // An officer cannot declare.
        #expect(throws: DomainError.notAuthorized(operatorID: "zhangmin", action: "vessel.create")) {
            try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.customs)
        }
        #expect(try VesselClearance.lanes(f.db, callID: call.id).allSatisfy { $0.state == "pending" })
    }

    @Test func staleDecisionsAreRefused() throws {
        let call = try f.submittedArrival()
        try VesselClearance.decide(.query, f.ws, callID: call.id, agency: .customs, laneVersion: 1, message: "invoice for line 2?", by: f.customs)
        let laneID = try f.lane(call.id, .customs).id
        // Another terminal still shows version 1.
        #expect(throws: LaneError.stale(LaneRef(kind: .vesselCall, caseID: call.id, agency: .customs, laneID: laneID), seen: 1, now: 2)) {
            try VesselClearance.release(f.ws, callID: call.id, agency: .customs, laneVersion: 1, by: f.customs)
        }
        // A stale draft edit is refused as well.
        let draft = try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(voyage: "0124E"), by: f.agent)
        try VesselCalls.update(f.ws, callID: draft.id, expectedVersion: draft.version, declaration: f.arrival(voyage: "0124E"), by: f.agent)
        #expect(throws: DatabaseError.staleVersion(table: "vessel_call", id: draft.id, expected: 1, found: 2)) {
            try VesselCalls.update(f.ws, callID: draft.id, expectedVersion: 1, declaration: f.arrival(voyage: "0125E"), by: f.agent)
        }
    }

    @Test func maritimeQueueShowsWhomADepartureWaitsFor() throws {
        let arrival = try f.submittedArrival()
        let departure = try VesselDeparture.create(f.ws, fromArrival: arrival.id, voyage: departureVoyage(), by: f.agent)
        try VesselCalls.submit(f.ws, callID: departure.id, expectedVersion: departure.version, by: f.agent)
        try f.release(departure.id, .customs)
        let items = try VesselQueries.queue(f.db, agency: .maritime).filter { $0.call.id == departure.id }
        #expect(items.first?.waitingFor == [.inspection, .border])
    }

    func departureVoyage() -> VoyageParticulars {
        VoyageParticulars(voyageNumber: "0123W", port: "CNSHA", etd: f.at(hours: 50), nextPort: "SGSIN", masterName: "Krishnan Kanthavel")
    }
}
