import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselSampleTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data/vessels")

    @Test func samplesLoadThroughTheRealActionsAndOnlyOnce() throws {
        let f = try VesselFixture()
        try f.db.write {
            for (a3, a2) in [("VNM", "VN"), ("USA", "US"), ("DEU", "DE"), ("FRA", "FR"), ("AUS", "AU"), ("CAN", "CA")] {
                try f.db.run("INSERT INTO code_entry(code_table, code, extra) VALUES ('country', ?, ?)", [a3, "{\"alpha2\":\"\(a2)\"}"])
            }
        }
        let trainer = Operator(id: "trainer", name: "培训师", role: .trainer)
        let first = try VesselSampleLoader.load(f.db, from: Self.directory, by: trainer, at: f.t0)
        #expect(first.created.count == 4)
        #expect(first.skipped.isEmpty)
        let again = try VesselSampleLoader.load(f.db, from: Self.directory, by: trainer, at: f.t0)
        #expect(again.created.isEmpty)
        #expect(again.skipped.count == 4)

        let calls = try VesselQueries.list(f.db, limit: 10)
        #expect(calls.count == 4)
        let container = try #require(try VesselCalls.call(f.db, id: first.created[0]))
        #expect(container.declaration.crew.count == 20)
        #expect(container.state == .submitted)
        let departure = try #require(try VesselCalls.call(f.db, id: first.created[1]))
        #expect(departure.state == .draft)
        #expect(departure.declaration.cargo.map(\.blNumber) == ["ZHXY082E000190"])
        #expect(try VesselDeparture.crewListStatus(f.db, callID: departure.id) == .noChange)
        let bulk = try #require(try VesselCalls.call(f.db, id: first.created[2]))
        #expect(bulk.declaration.crew.count == 18)
        #expect(bulk.declaration.crew[9].nationality == "MMR")
        #expect(bulk.declaration.dangerousGoods.map(\.unNumber) == ["UN1263", "UN1993"])
        let ferry = try #require(try VesselCalls.call(f.db, id: first.created[3]))
        #expect(ferry.declaration.passengers.count == 42)
        #expect(ferry.declaration.attachedDocuments.passengerCount == 42)
        #expect(try VesselQueries.queue(f.db, agency: .maritime).count == 3)
        #expect(try AuditLog.verify(f.db).isIntact)
    }

    @Test func onlyATrainerLoadsSamples() throws {
        let f = try VesselFixture()
        #expect(throws: DomainError.notAuthorized(operatorID: "chenjing", action: "vessel.sample.load")) {
            try VesselSampleLoader.load(f.db, from: Self.directory, by: f.agent, at: f.t0)
        }
    }
}
