import Foundation

/// One year's notice as loaded: its public holidays and the weekend days worked instead (调休).
public struct CalendarYear: Equatable, Codable, Sendable {
    public var year: Int
    public var holidays: Set<WorkDay>
    public var makeUpDays: Set<WorkDay>
    /// Where the dates come from ("国办发明电〔2025〕7号").
    public var source: String

    public init(year: Int, holidays: Set<WorkDay>, makeUpDays: Set<WorkDay>, source: String) {
        self.year = year; self.holidays = holidays; self.makeUpDays = makeUpDays; self.source = source
    }
}

/// The bureau's working days: weekends off, a year's public holidays off, its make-up weekend
/// days on. A year whose notice is not loaded is computed provisionally — weekends plus the
/// holidays fixed by the Gregorian date (New Year's Day, Labour Day, the first three days of
/// National Day); the lunar ones cannot be known before the notice — and every count that
/// touches such a year says so.
public struct WorkingDayCalendar: Equatable, Sendable {
    public private(set) var years: [Int: CalendarYear]

    public init(years: [CalendarYear] = []) {
        self.years = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The Gregorian-date holidays of the national holiday regulations, used for a year with
    /// no notice loaded.
    static let fixedHolidays: [(month: Int, day: Int)] = [(1, 1), (5, 1), (10, 1), (10, 2), (10, 3)]

    public func isLoaded(_ year: Int) -> Bool { years[year] != nil }

    public func isWorkingDay(_ day: WorkDay) -> Bool {
        if let loaded = years[day.year] {
            if loaded.makeUpDays.contains(day) { return true }
            if loaded.holidays.contains(day) { return false }
            return !day.isWeekend
        }
        if Self.fixedHolidays.contains(where: { $0.month == day.month && $0.day == day.day }) { return false }
        return !day.isWeekend
    }

    /// The due date: the `n`-th working day after `from` (that day itself is not counted), and
    /// the first year without a loaded notice the count passed through, if any.
    public func due(after from: WorkDay, workingDays n: Int) -> (day: WorkDay, provisionalYear: Int?) {
        var day = from, counted = 0
        var provisional: Int? = isLoaded(from.year) ? nil : from.year
        while counted < n {
            day = day.adding(days: 1)
            if provisional == nil, !isLoaded(day.year) { provisional = day.year }
            if isWorkingDay(day) { counted += 1 }
        }
        return (day, provisional)
    }

    /// Working days in (`from`, `through`]: the days left after a stopped clock, the days a
    /// stage has taken.
    public func workingDays(after from: WorkDay, through: WorkDay) -> Int {
        guard through > from else { return 0 }
        var count = 0
        var day = from.adding(days: 1)
        while day <= through {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The instant a lane due on `day` has passed its deadline: 00:00 Asia/Shanghai the day after.
    public static func deadline(dueOn day: WorkDay) -> Date { day.adding(days: 1).start }

    /// Every working day of a year, in order (`calendar show`).
    public func workingDays(in year: Int) -> [WorkDay] {
        let first = WorkDay(year: year, month: 1, day: 1), last = WorkDay(year: year, month: 12, day: 31)
        return (first.number...last.number).map(WorkDay.init(number:)).filter(isWorkingDay)
    }
}
