import Foundation

/// A civil day in Asia/Shanghai, the zone the approval bureau's working days are counted in.
/// Kept as a day number (days since 1970-01-01) so "the next day" and "a Saturday" are
/// arithmetic, not a trip through `Calendar` on every step of a deadline count.
public struct WorkDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let number: Int

    public init(number: Int) { self.number = number }

    public init(year: Int, month: Int, day: Int) {
        // Days from civil (proleptic Gregorian), the usual era arithmetic.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    /// "2026-03-02"; nil when the text is not a real date.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let day = WorkDay(year: y, month: m, day: d)
        guard day.month == m, day.day == d else { return nil }
        self = day
    }

    /// The Shanghai day an instant falls on.
    public init(_ date: Date) {
        let seconds = Int((date.timeIntervalSince1970 + Double(Self.shanghaiOffset)).rounded(.down))
        number = Int((Double(seconds) / 86_400).rounded(.down))
    }

    /// China has kept UTC+8 all year since 1991; the bureau's days are counted in it.
    static let shanghaiOffset = 8 * 3600

    private var civil: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }
    /// "2026-Q1": the calendar quarter, as efficiency warnings count it.
    public var quarter: String { "\(year)-Q\((month + 2) / 3)" }
    /// "2026-03".
    public var monthKey: String { String(description.prefix(7)) }

    /// 1 Monday … 7 Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((number % 7 + 7) % 7 + 3) % 7 + 1 }
    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> WorkDay { WorkDay(number: number + days) }

    /// 00:00 Asia/Shanghai at the start of this day.
    public var start: Date { Date(timeIntervalSince1970: TimeInterval(number * 86_400 - Self.shanghaiOffset)) }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: WorkDay, b: WorkDay) -> Bool { a.number < b.number }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = WorkDay(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad day \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
