import Foundation
import Store
import TextWidth

/// One exchange rate as customs applies it: CNY for one unit of `currency`, from `validFrom` on.
public struct ExchangeRate: Equatable, Sendable {
    public var currency: String
    public var validFrom: String
    public var cnyPerUnit: Decimal
}

/// The exchange-rate table (`exchange_rate`, loaded from `sample-data/reference/exchange-rates.csv`):
/// the rate for a day is the latest one valid on or before it. CNY is 1 by definition.
public enum ExchangeRates {
    public static func rate(_ db: Database, currency: String, on day: String) throws -> ExchangeRate? {
        if currency == "CNY" { return ExchangeRate(currency: "CNY", validFrom: "", cnyPerUnit: 1) }
        guard let row = try db.queryOne("""
            SELECT valid_from, cny_per_unit FROM exchange_rate WHERE currency = ? AND valid_from <= ?
            ORDER BY valid_from DESC LIMIT 1
            """, [currency, day]),
            let value = parse(row.string("cny_per_unit") ?? "") else { return nil }
        return ExchangeRate(currency: currency, validFrom: row.string("valid_from") ?? "", cnyPerUnit: value)
    }

    /// A positive exact decimal in plain notation ("7.0280"), or nil.
    static func parse(_ text: String) -> Decimal? {
        let text = text.trimmed
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), text.filter({ $0 == "." }).count <= 1,
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), value > 0 else { return nil }
        return value
    }
}

/// Days and times as customs keeps them: China time (UTC+8), whatever the server's zone.
public enum ChinaTime {
    static let zone = TimeZone(secondsFromGMT: 8 * 3600)!

    /// The China day of `date`, YYYY-MM-DD.
    public static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// The instant of `day` (YYYY-MM-DD) at `time` (HH:MM) in China, or nil when either is malformed.
    public static func instant(day: String, time: String) -> Date? {
        guard InspectionSlots.isDay(day), InspectionSlots.isStart(time),
              let midnight = Timestamp.date(day + "T00:00:00.000Z"),
              let h = Int(time.prefix(2)), let m = Int(time.suffix(2)) else { return nil }
        return midnight.addingTimeInterval(TimeInterval(h * 3600 + m * 60) - TimeInterval(zone.secondsFromGMT()))
    }
}
