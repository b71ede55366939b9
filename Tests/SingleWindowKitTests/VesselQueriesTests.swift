import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselQueriesTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    @Test func listsPageByKeysetInExpectedTimeOrder() throws {
        for i in 0..<7 {
            var d = f.arrival(voyage: "V\(i)")
            d.voyage.eta = f.at(hours: Double(10 - i))   // later calls arrive earlier
            let call = try VesselCalls.create(f.ws, direction: .arrival, declaration: d, by: f.agent)
            if i % 2 == 0 { try VesselCalls.submit(f.ws, callID: call.id, expectedVersion: call.version, by: f.agent) }
        }
        var seen: [String] = []
        var cursor: VesselCallCursor?
        repeat {
            let page = try VesselQueries.list(f.db, after: cursor, limit: 3)
            seen += page.map(\.voyage)
            cursor = page.count == 3 ? page.last?.cursor : nil
        } while cursor != nil
        #expect(seen == ["V6", "V5", "V4", "V3", "V2", "V1", "V0"])
        #expect(try VesselQueries.list(f.db, filter: .state(.submitted)).map(\.voyage) == ["V6", "V4", "V2", "V0"])
        #expect(try VesselQueries.list(f.db, filter: .agent(f.agent.enterpriseID!), limit: 2).map(\.voyage) == ["V6", "V5"])
        #expect(try VesselQueries.list(f.db, filter: .agent("nobody")).isEmpty)
        // The list query uses its index, not a scan and sort.
        let plan = try f.db.query("EXPLAIN QUERY PLAN SELECT id FROM vessel_call WHERE state = 'draft' AND (expected_at, id) > ('', '') ORDER BY expected_at, id LIMIT 3")
        #expect(plan.contains { ($0.string("detail") ?? "").contains("vessel_call_state") })
        #expect(!plan.contains { ($0.string("detail") ?? "").contains("TEMP B-TREE") })
    }

    @Test func detailCarriesLanesTimelinesAndAmendments() throws {
        let call = try f.submittedArrival()
        try VesselClearance.decide(.query, f.ws, callID: call.id, agency: .border, laneVersion: 1, message: "passport?", by: f.border)
        let detail = try #require(try VesselQueries.detail(f.db, callID: call.id))
        #expect(detail.lanes.map(\.state) == ["pending", "pending", "query", "pending"])
        #expect(detail.timelines[.border]?.map(\.action) == ["open", "query"])
        #expect(detail.amendments.isEmpty)
        #expect(detail.crewListStatus == .notReused)
        #expect(detail.portClearance == nil)
        #expect(detail.times.submittedAt == f.t0)
        #expect(try VesselQueries.detail(f.db, callID: "nope") == nil)
    }

    @Test func officersQueuePagesOldestFirst() throws {
        var ids: [String] = []
        for i in 0..<5 {
            f.clock.set(f.at(hours: Double(i)))
            ids.append(try f.submittedArrival(voyage: "Q\(i)").id)
        }
        f.clock.set(f.at(hours: 6))
        try f.release(ids[1], .customs)
        let first = try VesselQueries.queue(f.db, agency: .customs, limit: 2)
        let second = try VesselQueries.queue(f.db, agency: .customs, after: first.last?.cursor, limit: 2)
        #expect((first + second).map(\.call.id) == [ids[0], ids[2], ids[3], ids[4]])
        #expect(try VesselQueries.queue(f.db, agency: .border).count == 5)
    }

    @Test func sharedManifestFindsTheLineOfABillOfLading() throws {
        let draft = try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.agent)
        // A draft manifest has not been declared yet.
        #expect(try VesselManifest.findLine(f.db, callID: draft.id, blNumber: "EGLV142500012345") == nil)
        let call = try VesselCalls.submit(f.ws, callID: draft.id, expectedVersion: draft.version, by: f.agent)
        let byCall = try #require(try VesselManifest.findLine(f.db, callID: call.id, blNumber: "eglv142500012345"))
        #expect(byCall.line.description == "frozen shrimp")
        #expect(byCall.line.containers == ["CSQU3054383"])
        let byVoyage = try #require(try VesselManifest.findLine(f.db, imo: "IMO 9811000", voyage: "0123E", blNumber: "EGLV142500012346"))
        #expect(byVoyage.callID == call.id)
        #expect(byVoyage.line.grossMassKg == 16_800)
        #expect(try VesselManifest.findLine(f.db, imo: "9811000", voyage: "0123E", blNumber: "NOSUCHBL") == nil)
        #expect(try VesselManifest.findLine(f.db, imo: "9811000", voyage: "9999X", blNumber: "EGLV142500012345") == nil)
    }
}
