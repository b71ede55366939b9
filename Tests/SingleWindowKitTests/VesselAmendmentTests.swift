import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselAmendmentTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    /// Submits an arrival, releases every lane, amends with `change`, and returns the lanes' states.
    func statesAfterAmending(_ change: (inout VesselDeclaration) -> Void) throws -> (VesselAmendment, [Agency: String]) {
        let call = try f.submittedArrival()
        for agency in VesselRuleSet.agencies where agency != .maritime { try f.release(call.id, agency) }
        var d = call.declaration
        change(&d)
        let current = try #require(try VesselCalls.call(f.db, id: call.id))
        let amendment = try VesselAmendments.amend(f.ws, callID: call.id, expectedVersion: current.version, declaration: d,
                                                   reason: "master's corrected list", by: f.agent)
        let states = try VesselClearance.lanes(f.db, callID: call.id).reduce(into: [Agency: String]()) { $0[$1.agency] = $1.state }
        return (amendment, states)
    }

    @Test func crewChangeResetsBorderAndQuarantineOnly() throws {
        let (a, states) = try statesAfterAmending { $0.crew[1].documentNumber = "P7654399A" }
        #expect(a.parts == [.crew])
        #expect(a.resetAgencies == [.inspection, .border])
        #expect(states == [.customs: "released", .inspection: "pending", .border: "pending", .maritime: "pending"])
        let lane = try f.lane(a.callID, .border)
        let last = try #require(try Lanes.events(f.db, laneID: lane.id).last)
        #expect(last.action == "amend")
        #expect(last.message == "amendment 1 (crew): master's corrected list")
        // Customs' timeline is untouched.
        #expect(try Lanes.events(f.db, laneID: try f.lane(a.callID, .customs).id).map(\.action) == ["open", "release"])
    }

    @Test func cargoChangeResetsCustomsOnly() throws {
        let (a, states) = try statesAfterAmending { $0.cargo[0].grossMassKg = 24_650 }
        #expect(a.resetAgencies == [.customs])
        #expect(states == [.customs: "pending", .inspection: "released", .border: "released", .maritime: "pending"])
    }

    @Test func dangerousGoodsChangeResetsMaritimeOnly() throws {
        let (a, states) = try statesAfterAmending { $0.dangerousGoods[0].stowage = "0360282" }
        #expect(a.resetAgencies == [.maritime])
        #expect(states[.customs] == "released")
        #expect(states[.border] == "released")
    }

    @Test func healthChangeResetsQuarantineOnly() throws {
        let (a, states) = try statesAfterAmending {
            $0.health?.illPersonsOnBoard = 1
            $0.health?.details = "AB Santos: fever 38.5 °C since 12 March"
        }
        #expect(a.resetAgencies == [.inspection])
        #expect(states == [.customs: "released", .inspection: "pending", .border: "released", .maritime: "pending"])
    }

    @Test func shipParticularsResetAllFour() throws {
        let (a, states) = try statesAfterAmending { $0.ship.callSign = "H3RD" }
        #expect(a.resetAgencies == [.customs, .inspection, .border, .maritime])
        #expect(states.values.allSatisfy { $0 == "pending" })
    }

    @Test func mappingTableIsTheDocumentedOne() {
        #expect(AmendmentImpact.agencies(for: [.passengers]) == [.inspection, .border])
        #expect(AmendmentImpact.agencies(for: [.stores, .crewEffects]) == [.customs])
        #expect(AmendmentImpact.agencies(for: [.cargo, .dangerousGoods]) == [.customs, .maritime])
        #expect(Set(AmendmentImpact.table.keys) == Set(DeclarationPart.allCases))
    }

    @Test func amendmentNeedsAReasonAChangeAndValidData() throws {
        let call = try f.submittedArrival()
        do {
            try VesselAmendments.amend(f.ws, callID: call.id, expectedVersion: call.version, declaration: call.declaration, reason: "", by: f.agent)
            Issue.record("empty amendment accepted")
        } catch let DomainError.invalid(problems) {
            #expect(problems.map(\.path) == ["reason", "declaration"])
        }
        var bad = call.declaration
        bad.crew[0].nationality = "ZZZ"
        #expect(throws: DomainError.invalid([Problem("crew[0].nationality", "problem.unknownCode", ["ZZZ", "country"])])) {
            try VesselAmendments.amend(f.ws, callID: call.id, expectedVersion: call.version, declaration: bad, reason: "typo", by: f.agent)
        }
        // Nothing changed: no amendment recorded, lanes untouched.
        #expect(try VesselAmendments.amendments(f.db, callID: call.id).isEmpty)
        #expect(try VesselCalls.call(f.db, id: call.id)?.amendmentNumber == 0)
    }

    @Test func amendmentKeepsThePreviousVersionReadable() throws {
        let (a, _) = try statesAfterAmending { $0.crew[1].documentNumber = "P7654399A" }
        let previous = try f.db.scalar("SELECT previous FROM vessel_amendment WHERE call_id = ?", [a.callID]).string ?? ""
        #expect(previous.contains("P7654321A"))
        #expect(try VesselCalls.call(f.db, id: a.callID)?.declaration.crew[1].documentNumber == "P7654399A")
        #expect(try VesselCalls.call(f.db, id: a.callID)?.amendmentNumber == 1)
    }
}
