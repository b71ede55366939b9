import Foundation
import Testing
@testable import SingleWindowKit

/// Issue 9, item 7: one call per ship, voyage, direction and port.
@Suite struct VesselDuplicateCallTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    @Test func theSameArrivalTwiceIsRefusedNamingTheCall() throws {
        let first = try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.agent)
        let refusal = VesselError.duplicateCall(existing: first.id, imo: "9811000", voyage: "0123E", direction: .arrival, port: "CNSHA")
        #expect(throws: refusal) { try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.agent) }
        #expect(refusal.text(.en).contains(first.id) && refusal.text(.zh).contains(first.id))
        // Also once submitted, and written "IMO 9811000" (the same ship once normalised).
        _ = try VesselCalls.submit(f.ws, callID: first.id, expectedVersion: first.version, by: f.agent)
        var again = f.arrival()
        again.ship.imo = "IMO 9811000"
        #expect(throws: refusal) { try VesselCalls.create(f.ws, direction: .arrival, declaration: again, by: f.agent) }
        #expect(try f.db.scalar("SELECT count(*) FROM vessel_call").int64 == 1)
    }

    @Test func anotherVoyagePortOrDirectionIsAnotherCall() throws {
        _ = try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.agent)
        _ = try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(voyage: "0124E"), by: f.agent)
        var xiamen = f.arrival()
        xiamen.voyage.port = "CNXMN"
        _ = try VesselCalls.create(f.ws, direction: .arrival, declaration: xiamen, by: f.agent)
        _ = try VesselCalls.create(f.ws, direction: .departure, declaration: f.arrival(), by: f.agent)
        #expect(try f.db.scalar("SELECT count(*) FROM vessel_call").int64 == 4)
    }

    @Test func theSameDepartureTwiceIsRefused() throws {
        let arrival = try f.submittedArrival()
        for agency in VesselRuleSet.agencies { try f.release(arrival.id, agency) }
        let voyage = VoyageParticulars(voyageNumber: "0123W", port: "CNSHA", etd: f.at(hours: 50), nextPort: "SGSIN", masterName: "")
        let departure = try VesselDeparture.create(f.ws, fromArrival: arrival.id, voyage: voyage, by: f.agent)
        #expect(throws: VesselError.duplicateCall(existing: departure.id, imo: "9811000", voyage: "0123W", direction: .departure,
                                                  port: "CNSHA")) {
            try VesselDeparture.create(f.ws, fromArrival: arrival.id, voyage: voyage, by: f.agent)
        }
    }

    /// A call an agency rejected gets no clearance: the agent may declare the voyage anew.
    @Test func aRejectedCallMayBeDeclaredAnew() throws {
        let call = try f.submittedArrival()
        _ = try VesselClearance.decide(.reject, f.ws, callID: call.id, agency: .border, laneVersion: try f.lane(call.id, .border).version,
                                       message: "crew list incomplete", by: f.border)
        let anew = try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.agent)
        #expect(anew.id != call.id)
    }
}
