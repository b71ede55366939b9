import Foundation
import Testing
@testable import SingleWindowKit

/// The working-day calendar and the deadline arithmetic, at every boundary the issue names.
@Suite struct ApprovalCalendarTests {
    let f: ApprovalFixture
    init() throws { f = try ApprovalFixture() }
    func day(_ s: String) -> WorkDay { ApprovalFixture.day(s) }
    var calendar: WorkingDayCalendar { get throws { try ApprovalCalendar.load(f.db) } }

    @Test func dayArithmetic() {
        #expect(day("2026-01-01").weekday == 4)   // a Thursday
        #expect(day("2026-03-02").weekday == 1)
        #expect(day("2026-02-28").adding(days: 1).description == "2026-03-01")
        #expect(day("2028-02-28").adding(days: 1).description == "2028-02-29")
        #expect(WorkDay("2026-02-30") == nil)
        #expect(day("2026-12-31").quarter == "2026-Q4" && day("2026-04-01").quarter == "2026-Q2")
        // 2026-03-01 16:00Z is 00:00 on the 2nd in Shanghai.
        #expect(WorkDay(Date(timeIntervalSince1970: 1_772_380_800)).description == "2026-03-02")
        #expect(WorkDay(Date(timeIntervalSince1970: 1_772_380_799)).description == "2026-03-01")
    }

    @Test func twentyTwentySixHas248WorkingDays() throws {
        #expect(try calendar.workingDays(in: 2026).count == 248)
        #expect(try calendar.isWorkingDay(day("2026-01-04")))    // Sunday worked for New Year
        #expect(try !calendar.isWorkingDay(day("2026-10-07")))
    }

    @Test func aHolidayIsSkipped() throws {
        // Accepted Thursday 2 April; Friday the 3rd is day 1; 4–6 April (Qingming) are off.
        #expect(try calendar.due(after: day("2026-04-02"), workingDays: 2).day == day("2026-04-07"))
        // Labour Day: accepted 30 April, 1 working day → 6 May.
        #expect(try calendar.due(after: day("2026-04-30"), workingDays: 1).day == day("2026-05-06"))
    }

    @Test func aMakeUpSaturdayCounts() throws {
        // Accepted Friday 13 February: Saturday the 14th is worked (调休), so it is day 1.
        #expect(try calendar.due(after: day("2026-02-13"), workingDays: 1).day == day("2026-02-14"))
        // …and the Spring Festival then runs to the 23rd: day 2 is Tuesday the 24th.
        #expect(try calendar.due(after: day("2026-02-13"), workingDays: 2).day == day("2026-02-24"))
        // An ordinary Saturday does not count.
        #expect(try calendar.due(after: day("2026-03-06"), workingDays: 1).day == day("2026-03-09"))
    }

    @Test func theAcceptanceDayIsNotCounted() throws {
        // Accepted Monday 2 March, 20 working days → Monday 30 March.
        let due = try calendar.due(after: day("2026-03-02"), workingDays: 20)
        #expect(due.day == day("2026-03-30"))
        #expect(due.provisionalYear == nil)
    }

    @Test func lastWorkingDayVersusTheNextDay() {
        let deadline = WorkingDayCalendar.deadline(dueOn: day("2026-03-30"))
        // 00:00 Shanghai on the 31st is 16:00Z on the 30th.
        #expect(Timestamp.string(deadline).hasPrefix("2026-03-30T16:00:00"))
        #expect(WorkDay(deadline.addingTimeInterval(-1)) == day("2026-03-30"))
        #expect(WorkDay(deadline) == day("2026-03-31"))
    }

    @Test func anUnloadedYearIsProvisional() throws {
        let cal = try calendar
        #expect(!cal.isLoaded(2027))
        #expect(!cal.isWorkingDay(day("2027-01-01")))          // fixed-date holiday
        #expect(cal.isWorkingDay(day("2027-02-08")))           // lunar holidays unknown: a Monday counts
        let due = cal.due(after: day("2026-12-28"), workingDays: 5)
        // 29, 30, 31 Dec; 1 Jan off; Mon 4, Tue 5 Jan.
        #expect(due.day == day("2027-01-05"))
        #expect(due.provisionalYear == 2027)
        #expect(cal.due(after: day("2026-12-01"), workingDays: 5).provisionalYear == nil)
    }

    @Test func loadingTheNextYearRecountsProvisionalDeadlines() throws {
        f.clock.set(ApprovalFixture.shanghai("2026-12-21 10:00"))
        let p = try f.project()
        let lanes = try f.accepted(p.id, .siteAndLand)
        let planning = try #require(lanes.first { $0.agency == .planning })
        #expect(planning.detail["provisional"] == "2027")
        #expect(planning.detail["due"] == "2027-01-19")   // 20 days, only 1 Jan off
        let text = "# source: test\ndate,kind,name\n2027-01-01,holiday,元旦\n2027-01-04,holiday,test\n2027-01-05,holiday,test\n"
        let recounted = try ApprovalCalendar.store(f.ws, try CalendarFile.parse(text), by: f.trainer)
        #expect(recounted >= 2)
        let after = try f.lane(p.id + "/1", .planning)
        #expect(after.detail["provisional"] == "")
        #expect(after.detail["due"] == "2027-01-21")
        #expect(after.deadline == WorkingDayCalendar.deadline(dueOn: ApprovalFixture.day("2027-01-21")))
        #expect(try ApprovalQueries.provisionalLanes(f.db).isEmpty)
    }

    @Test func aCalendarFileIsCheckedWhole() throws {
        #expect(throws: DomainError.self) { try CalendarFile.parse("2026-03-02,workday,not a weekend\n") }
        #expect(throws: DomainError.self) { try CalendarFile.parse("2026-03-07,holiday,x\n2027-01-01,holiday,y\n") }
        #expect(throws: DomainError.self) { try CalendarFile.parse("2026-13-01,holiday,x\n") }
        let year = try CalendarFile.parse(String(contentsOf: ApprovalFixture.sampleData.appendingPathComponent("approvals/calendar-2026.csv"), encoding: .utf8))
        #expect(year.holidays.count == 33 && year.makeUpDays.count == 6)
        #expect(year.source.contains("国务院办公厅"))
    }
}
