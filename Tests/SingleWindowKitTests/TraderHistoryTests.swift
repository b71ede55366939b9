import Foundation
import Testing
@testable import SingleWindowKit

/// The trader's record on the review screen: its other declarations over the last 12 months
/// and the last few with their outcome, from what the store records.
@Suite struct TraderHistoryTests {
    let clock = SettableClock(DeclarationFixtures.t0)
    let ws: Workspace
    let customs = ReviewFixtures.customs

    init() throws {
        ws = try ReviewFixtures.workspace(clock: clock)
        try ReviewFixtures.switchOffRandomFloors(ws)
    }

    func submit(_ d: Declaration) throws -> Declaration {
        clock.advance(by: 60)
        return try ReviewFixtures.submit(ws, d)
    }

    @Test func countsAndTheLastFewWithTheirOutcome() throws {
        let inspected = try submit(DeclarationFixtures.shrimp(reference: "PO-1"))
        let returned = try submit(DeclarationFixtures.shrimp(reference: "PO-2"))
        let released = try submit(DeclarationFixtures.gears(reference: "PO-3"))
        let lane = try Review.claim(ws, declarationID: inspected.id,
                                    expectedVersion: try ReviewFixtures.lane(ws, inspected.id, .customs).version, by: customs)
        _ = try Review.decide(ws, declarationID: inspected.id, expectedVersion: lane.version,
                              decision: .orderInspection(InspectionInstruction("open 2 containers")), by: customs)
        let other = try Review.claim(ws, declarationID: returned.id,
                                     expectedVersion: try ReviewFixtures.lane(ws, returned.id, .customs).version, by: customs)
        _ = try Review.decide(ws, declarationID: returned.id, expectedVersion: other.version,
                              decision: .returnForCorrection(reason: "model incomplete"), by: customs)
        _ = try Review.pay(ws, declarationID: released.id, by: ReviewFixtures.broker)
        let current = try submit(DeclarationFixtures.gears(reference: "PO-4"))

        let history = try ReviewCases.show(ws, declarationID: current.id, by: customs).traderHistory
        #expect(history.submitted == 3)
        #expect(history.returned == 1 && history.inspected == 1 && history.released == 1 && history.rejected == 0)
        // The declaration under review is not its own history.
        #expect(!history.recent.contains { $0.declarationID == current.id })
        let outcomes = Dictionary(uniqueKeysWithValues: history.recent.map { ($0.declarationID, $0.outcome) })
        #expect(outcomes == [inspected.id: .inspection, returned.id: .returned, released.id: .released])
        #expect(history.recent.allSatisfy { $0.number != nil && $0.submittedAt != nil })

        // A year and a day later the counts are empty; the last few are still listed.
        clock.advance(by: 366 * 86_400)
        let later = try TraderHistories.history(ws.db, traderID: current.traderID, excluding: current.id, now: ws.now())
        #expect(later.submitted == 0 && later.returned == 0)
        #expect(later.recent.count == 3)
    }

    @Test func aFirstDeclarationHasNoHistory() throws {
        let d = try submit(DeclarationFixtures.shrimp())
        let history = try ReviewCases.show(ws, declarationID: d.id, by: customs).traderHistory
        #expect(history.submitted == 0 && history.recent.isEmpty)
    }

    /// Both queries walk the trader's slice of an existing index and look the rest up by key:
    /// no table scan, so no new index is needed.
    @Test func theQueriesUseIndexesOnly() throws {
        for (sql, args) in [(TraderHistories.summarySQL, ["x", "2025", "2025", 0] as [any SQLBindable]),
                            (TraderHistories.recentSQL, ["x", 0, 5] as [any SQLBindable])] {
            let plan = try ws.db.query("EXPLAIN QUERY PLAN " + sql, args).map { $0.string("detail") ?? "" }
            #expect(plan.contains { $0.contains("declaration_trader") }, "\(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN") && !$0.contains("USING") }, "\(plan)")
        }
    }
}
