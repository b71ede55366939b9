import Foundation

/// What a trainer types to move the clock: an absolute local time or a step (+2d, +3h, -30m).
enum ClockInput {
    static func parse(_ text: String, relativeTo now: Date) -> Date? {
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
        for format in ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone.current
            f.dateFormat = format
            if let d = f.date(from: text) { return d }
        }
        return nil
    }

    /// Local time as the status line shows it.
    static func format(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone.current
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }
}
