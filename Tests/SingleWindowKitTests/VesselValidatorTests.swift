import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselValidatorTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    func paths(_ d: VesselDeclaration, _ direction: CallDirection = .arrival) throws -> [String] {
        try VesselValidator.problems(f.db, d, direction: direction).map(\.path)
    }

    @Test func theFixtureIsValid() throws {
        #expect(try VesselValidator.problems(f.db, f.arrival(), direction: .arrival) == [])
        #expect(f.arrival().attachedDocuments == AttachedDocuments(cargoDeclaration: 1, shipsStores: 1, crewsEffects: 1, crewList: 1,
                                                                   passengerList: 0, dangerousGoods: 1, healthDeclaration: 1,
                                                                   crewCount: 3, passengerCount: 0))
        #expect(f.arrival().attachedDocuments.documentCount == 6)
    }

    @Test func allProblemsAreCollectedWithPaths() throws {
        var d = f.arrival()
        d.ship.imo = "9811001"
        d.ship.netTonnage = 300_000
        d.ship.flag = "XX"
        d.voyage.lastPort = ""
        d.crew[2].documentExpiry = try CalendarDay(parsing: "2025-03-01")   // expired before the ETA
        d.crew.append(VesselFixture.crewMember("Santos", "Jose", "AB", "PHL", "P7654321A"))
        d.cargo[0].description = "General cargo"
        d.cargo[0].containers = ["CSQU3054384"]
        d.dangerousGoods[0].flashpointC = nil
        d.dangerousGoods[0].ems = "F-K, S-D"
        d.dangerousGoods[1].packingGroup = ""
        d.dangerousGoods[1].reference = "NOSUCHBL"
        d.health?.deaths = 1
        #expect(try paths(d) == [
            "ship.imo", "ship.flag", "ship.netTonnage", "voyage.lastPort",
            "crew[2].documentExpiry", "crew[3].documentNumber",
            "cargo[0].description", "cargo[0].containers[0]",
            "dangerousGoods[0].flashpointC", "dangerousGoods[0].ems",
            "dangerousGoods[1].packingGroup", "dangerousGoods[1].reference",
            "health.details",
        ])
    }

    @Test func packingGroupRulesFollowTheClass() throws {
        var d = f.arrival()
        d.dangerousGoods[0].hazardClass = "2.1"
        d.dangerousGoods[0].flashpointC = nil
        #expect(try paths(d) == ["dangerousGoods[0].packingGroup"])    // gases have no packing group
        d.dangerousGoods[0].packingGroup = ""
        d.dangerousGoods[0].subsidiaryRisks = ["6.1", "10"]
        #expect(try paths(d) == ["dangerousGoods[0].subsidiaryRisks[1]"])
    }

    @Test func arrivalNeedsHealthAndETADepartureNeedsETDAndNextPort() throws {
        var d = f.arrival()
        d.health = nil
        d.voyage.eta = nil
        #expect(try paths(d) == ["voyage.eta", "health"])
        d.voyage.nextPort = ""
        #expect(try paths(d, .departure) == ["voyage.etd", "voyage.nextPort"])
    }

    @Test func changedPartsNamesEachFALForm() {
        let a = f.arrival()
        var b = a
        b.crew[0].carriedOver = true          // a mark, not a change of the list
        #expect(b.changedParts(from: a) == [])
        b.passengers = [Passenger(familyName: "Kim", givenNames: "Minji", nationality: "KOR", dateOfBirth: try! CalendarDay(parsing: "1995-04-12"),
                                  placeOfBirth: "Seoul", documentType: .passport, documentNumber: "M12345678",
                                  portOfEmbarkation: "KRPUS", portOfDisembarkation: "CNSHA")]
        b.stores[0].quantity = 38
        #expect(b.changedParts(from: a) == [.stores, .passengers])
    }

    @Test func createChecksOnlyTheIdentity() throws {
        var d = f.arrival()
        d.ship.imo = "IMO 9811000"
        d.crew = []
        let call = try VesselCalls.create(f.ws, direction: .arrival, declaration: d, by: f.agent)
        #expect(call.declaration.ship.imo == "9811000")
        #expect(try VesselCalls.ship(f.db, imo: "IMO 9811000")?.name == "EVER GIVEN")
        d.ship.imo = "1234568"
        d.voyage.port = "CNNGB"
        #expect(throws: DomainError.invalid([Problem("ship.imo", "problem.checkDigit", ["1234568"]),
                                              Problem("voyage.port", "problem.unknownCode", ["CNNGB", "port"])])) {
            try VesselCalls.create(f.ws, direction: .arrival, declaration: d, by: f.agent)
        }
    }

    @Test func messagesExistInBothLanguages() {
        for (key, text) in VesselMessages.entries {
            #expect(!text.en.isEmpty && !text.zh.isEmpty, "\(key)")
            #expect(Messages.has(key))
        }
    }
}
