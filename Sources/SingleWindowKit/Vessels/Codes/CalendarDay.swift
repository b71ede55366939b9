import Foundation
import TextWidth

/// A calendar date with no time zone (a birth date, a passport's expiry), kept as "YYYY-MM-DD".
/// Agents' spreadsheets also write "YYYY/M/D" and "YYYYMMDD"; both are accepted and normalised.
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init(parsing text: String) throws(FieldFault) {
        let s = text.trimmed
        var parts: [Int]
        if s.count == 8, s.isASCIIDigits, let all = Int(s) {
            parts = [all / 10_000, all / 100 % 100, all % 100]
        } else {
            let pieces = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
            guard pieces.count == 3, pieces[0].count == 4, pieces.allSatisfy({ $0.isASCIIDigits && $0.count <= 4 }) else {
                throw FieldFault("problem.notDate", [text])
            }
            parts = pieces.compactMap { Int($0) }
        }
        guard parts.count == 3, (1...12).contains(parts[1]), parts[0] >= 1850,
              parts[2] >= 1, parts[2] <= CalendarDay.days(inMonth: parts[1], year: parts[0]) else {
            throw FieldFault("problem.notDate", [text])
        }
        year = parts[0]; month = parts[1]; day = parts[2]
    }

    /// The UTC calendar day of an instant (calls' times are stored in UTC).
    public init(_ date: Date) {
        let text = Timestamp.string(date)
        year = Int(text.prefix(4)) ?? 1970
        month = Int(text.dropFirst(5).prefix(2)) ?? 1
        day = Int(text.dropFirst(8).prefix(2)) ?? 1
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try CalendarDay(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
