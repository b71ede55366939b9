import Foundation
import Testing
@testable import SingleWindowKit

/// Paging back through a declaration list (the workstation's keyset pager needs both ways).
@Suite struct DeclarationQueriesPagingTests {
    let clock = SettableClock(DeclarationFixtures.t0)
    let broker = DeclarationFixtures.broker

    @Test func pagesBackAndJumpsToTheEndWithoutOffset() throws {
        let ws = try DeclarationFixtures.workspace(clock: clock)
        for i in 1...7 {
            clock.advance(by: 1)
            _ = try Declarations.createDraft(ws, DeclarationFixtures.gears(reference: "R\(i)"), by: broker)
        }
        let last = try DeclarationQueries.list(ws, by: broker, before: nil, limit: 3)
        #expect(last.map(\.traderReference) == ["R3", "R2", "R1"], "the oldest page, still newest first")
        let second = try DeclarationQueries.list(ws, by: broker, after: nil, limit: 6).items
        let back = try DeclarationQueries.list(ws, by: broker, before: second[3].cursor, limit: 3)
        #expect(back.map(\.traderReference) == ["R7", "R6", "R5"])
        let fromTop = try DeclarationQueries.list(ws, by: broker, before: second[0].cursor, limit: 3)
        #expect(fromTop.isEmpty)
        let drafts = try DeclarationQueries.list(ws, by: broker, filter: DeclarationFilter(status: .submitted), before: nil, limit: 3)
        #expect(drafts.isEmpty)
    }
}
