import Foundation
import SingleWindowKit

/// What a trainer types to move the clock: an absolute local time or a step (+2d, +3h, -30m).
public enum ClockInput {
    public static func parse(_ text: String, relativeTo now: Date, timeZone: TimeZone = .current) -> Date? {
        if let first = text.first, first == "+" || first == "-", text.count >= 3 {
            let sign: Double = first == "-" ? -1 : 1
            let unit = text.last!
            guard let amount = Double(text.dropFirst().dropLast()) else { return nil }
            let seconds: Double
            switch unit {
            case "d": seconds = 86_400
            case "h": seconds = 3_600
            case "m": seconds = 60
            default: return nil
            }
            return now.addingTimeInterval(sign * amount * seconds)
        }
        return LocalTime(zone: timeZone).parse(text)
    }

    /// Local time as the status line shows it: `LocalTime`, the one format for people.
    public static func format(_ date: Date, timeZone: TimeZone = .current) -> String {
        LocalTime(zone: timeZone).string(date)
    }
}
