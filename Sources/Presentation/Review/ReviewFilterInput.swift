import Foundation
import SingleWindowKit

/// How a queue filter's typed values read, in the pane's filter form and in `review queue`'s
/// options alike: the same checks, so a value one face takes the other takes too.
public enum ReviewFilterInput {
    /// The credit classes an officer filters on: the market-regulation scheme of the reference
    /// table (what `enterprise.credit_class`, and so the queue row, holds), in rank order.
    public static func creditChoices(_ db: Database, _ language: Language) -> [(code: String, name: String)] {
        let entries = (try? CodeTables.search(db, table: "credit_class", text: "", limit: 100)) ?? []
        let market = entries.filter { $0.extra["scheme"] == "market" }
            .sorted { (Int($0.extra["rank"] ?? "") ?? 99) < (Int($1.extra["rank"] ?? "") ?? 99) }
        if market.isEmpty {
            return ["good", "warning", "dishonest", "seriously_dishonest"].map { ($0, $0) }
        }
        return market.map { ($0.code, $0.name(language)) }
    }

    /// Two ASCII digits naming an HS chapter (01–97).
    public static func isChapter(_ text: String) -> Bool {
        guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) else { return false }
        return (1...97).contains(n)
    }

    /// The start of a local day, from exactly `YYYY-MM-DD` (a real calendar day: no 02-30).
    public static func parseDay(_ text: String, _ timeZone: TimeZone) -> Date? {
        let chars = Array(text)
        guard chars.count == 10, chars[4] == "-", chars[7] == "-",
              chars.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ($0.element.isASCII && $0.element.isNumber) })
        else { return nil }
        let f = formatter(timeZone)
        guard let d = f.date(from: text), f.string(from: d) == text else { return nil }
        return d
    }

    public static func day(_ date: Date, _ timeZone: TimeZone) -> String { formatter(timeZone).string(from: date) }

    private static func formatter(_ timeZone: TimeZone) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.calendar = Calendar(identifier: .gregorian)
        f.timeZone = timeZone
        f.dateFormat = "yyyy-MM-dd"
        f.isLenient = false
        return f
    }
}
