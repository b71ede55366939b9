import Foundation
import Testing
@testable import SingleWindowKit

/// 行政效能告诫: 3 late in a calendar month, or 5 in a calendar quarter, counted by the month
/// and quarter of the missed due date.
@Suite struct ApprovalWarningTests {
    let f: ApprovalFixture
    init() throws { f = try ApprovalFixture() }

    func late(_ dues: [String], department: Agency = .fire) throws {
        let opened = try f.db.queryOne("SELECT count(*) AS n FROM lane")?.int("n") ?? 0
        for (i, due) in dues.enumerated() {
            try f.openLane(String(format: "P2026-%04d/3", opened + i + 1), department, due: due)
        }
        try LaneTick.run(f.ws, now: ApprovalFixture.shanghai("2027-01-10 00:00"), budget: 60)
    }

    @Test func twoLateInAMonthIsNoWarningThreeIs() throws {
        try late(["2026-03-10", "2026-03-31"])
        #expect(try ApprovalQueries.warnings(f.db).isEmpty)
        try late(["2026-03-02"])
        let warnings = try ApprovalQueries.warnings(f.db, department: .fire)
        #expect(warnings.map(\.period) == ["2026-03"])
        #expect(warnings[0].cases.count == 3)
    }

    @Test func theMonthIsTheDueDatesNotTheTicks() throws {
        // Due 31 March and 1 April: different months, though one tick found both late.
        try late(["2026-03-30", "2026-03-31", "2026-04-01"])
        #expect(try ApprovalQueries.warnings(f.db).isEmpty)
    }

    @Test func fourLateInAQuarterIsNoWarningFiveIs() throws {
        try late(["2026-01-20", "2026-01-21", "2026-02-10", "2026-03-31"])
        #expect(try ApprovalQueries.warnings(f.db).isEmpty)
        try late(["2026-04-01"])   // the next quarter: still four in Q1
        #expect(try ApprovalQueries.warnings(f.db).isEmpty)
        try late(["2026-03-05"])
        #expect(try ApprovalQueries.warnings(f.db).map(\.period) == ["2026-Q1"])
    }

    @Test func oneWarningPerPeriodAndPerDepartment() throws {
        try late(["2026-05-06", "2026-05-07", "2026-05-08", "2026-05-11"])
        try late(["2026-05-06", "2026-05-07"], department: .transport)
        let warnings = try ApprovalQueries.warnings(f.db)
        #expect(warnings.map(\.department) == ["fire"])
        #expect(warnings[0].period == "2026-05")
    }

    @Test func flaggedTimeoutsCountAsLate() throws {
        for (i, due) in ["2026-06-01", "2026-06-02", "2026-06-03"].enumerated() {
            try f.openLane("P2026-09\(i)0/4", .fire, due: due, flagged: true)
        }
        try LaneTick.run(f.ws, now: ApprovalFixture.shanghai("2026-07-01 00:00"))
        #expect(try ApprovalQueries.warnings(f.db).map(\.period) == ["2026-06"])
    }
}
