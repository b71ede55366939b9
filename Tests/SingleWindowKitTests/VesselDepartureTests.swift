import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselDepartureTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    func voyage() -> VoyageParticulars {
        VoyageParticulars(voyageNumber: "0123W", port: "CNSHA", etd: f.at(hours: 50), nextPort: "SGSIN", masterName: "")
    }

    func clearedArrival() throws -> VesselCall {
        let a = try f.submittedArrival()
        for agency in VesselRuleSet.agencies { try f.release(a.id, agency) }
        return try #require(try VesselCalls.call(f.db, id: a.id))
    }

    @Test func departureReusesTheCrewListWithNoChange() throws {
        let arrival = try clearedArrival()
        f.clock.set(f.at(hours: 48))
        let dep = try VesselDeparture.create(f.ws, fromArrival: arrival.id, voyage: voyage(), by: f.agent)
        #expect(dep.direction == .departure)
        #expect(dep.arrivalCallID == arrival.id)
        #expect(dep.declaration.crew.count == 3)
        #expect(dep.declaration.crew.allSatisfy { $0.carriedOver })
        #expect(dep.declaration.voyage.masterName == "Krishnan Kanthavel")  // from the arrival when left blank
        #expect(try VesselDeparture.crewListStatus(f.db, callID: dep.id) == .noChange)
        // Cargo remaining on board is carried over; the discharged cargo is not.
        #expect(dep.declaration.cargo.map(\.blNumber) == ["EGLV142500099999"])
        #expect(dep.declaration.cargo.allSatisfy { $0.carriedOver })
        #expect(dep.declaration.stores.allSatisfy { $0.carriedOver })
        #expect(dep.declaration.health == nil)
        #expect(dep.declaration.crewEffects.isEmpty)
        // The departure validates and submits without a health declaration.
        let sent = try VesselCalls.submit(f.ws, callID: dep.id, expectedVersion: dep.version, by: f.agent)
        #expect(sent.state == .submitted)
        #expect(sent.id == "CNSHA2025D00001")
    }

    @Test func departureWithAmendedCrewList() throws {
        let arrival = try clearedArrival()
        var crew = arrival.declaration.crew
        crew.removeLast()
        crew.append(VesselFixture.crewMember("Nguyen", "Van An", "Cook", "PHL", "P9988776C"))
        let dep = try VesselDeparture.create(f.ws, fromArrival: arrival.id, voyage: voyage(), crew: .amended(crew), by: f.agent)
        #expect(dep.declaration.crew.map(\.carriedOver) == [true, true, false])
        #expect(try VesselDeparture.crewListStatus(f.db, callID: dep.id) == .amended(joined: 1, left: 1))
    }

    @Test func departureNeedsADeclaredArrival() throws {
        let draft = try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.agent)
        #expect(throws: DomainError.self) {
            try VesselDeparture.create(f.ws, fromArrival: draft.id, voyage: voyage(), by: f.agent)
        }
    }

    @Test func maritimeCannotReleaseADepartureBeforeTheOtherThree() throws {
        let arrival = try clearedArrival()
        let dep = try VesselDeparture.create(f.ws, fromArrival: arrival.id, voyage: voyage(), by: f.agent)
        try VesselCalls.submit(f.ws, callID: dep.id, expectedVersion: dep.version, by: f.agent)
        try VesselClearance.decide(.query, f.ws, callID: dep.id, agency: .border, laneVersion: 1, message: "crew change?", by: f.border)

        let refused = #expect(throws: LaneError.self) { try f.release(dep.id, .maritime) }
        guard case let .gateClosed(_, open)? = refused else { Issue.record("not the gate: \(String(describing: refused))"); return }
        #expect(open == [.init(agency: .customs, state: "pending"), .init(agency: .inspection, state: "pending"),
                         .init(agency: .border, state: "query")])
        #expect(refused?.description.contains("still open: customs (pending), inspection (pending), border (query)") == true)
        #expect(Messages.text("vessel.maritime.waits", ["border (query)"], language: .zh).contains("尚未放行"))
        #expect(try f.lane(dep.id, .maritime).state == "pending")

        try f.release(dep.id, .customs)
        try f.release(dep.id, .inspection)
        let second = #expect(throws: LaneError.self) { try f.release(dep.id, .maritime) }
        if case let .gateClosed(_, open)? = second { #expect(open == [.init(agency: .border, state: "query")]) } else { Issue.record("not the gate") }
        try VesselClearance.decide(.answer, f.ws, callID: dep.id, agency: .border, laneVersion: 2, message: "no crew change", by: f.agent)
        try f.release(dep.id, .border)
        let outcome = try f.release(dep.id, .maritime)
        #expect(outcome.lane.state == "released")
        #expect(outcome.call.state == .cleared)
        #expect(outcome.portClearance?.facts.number == "CNSHA2025000001")
    }
}
