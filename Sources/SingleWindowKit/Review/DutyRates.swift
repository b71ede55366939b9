import Foundation

/// Duty owed on a declaration: per goods line the value times the rate for its HS code, summed
/// per currency. Exact decimals, rounded to cents per line.
public struct DutyAssessment: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var lineNo: Int
        public var hsCode: String
        public var rateBasisPoints: Int
        public var value: Decimal
        public var currency: String
        public var duty: Decimal
    }

    public var lines: [Line]
    public var totals: [String: Decimal]

    /// "USD 8800.00" (several currencies joined with "; "), as shown and stored on the lane.
    public var text: String { DutyAssessment.text(totals) }

    public static func text(_ totals: [String: Decimal]) -> String {
        totals.sorted { $0.key < $1.key }.map { "\($0.key) \(DutyRates.format($0.value))" }.joined(separator: "; ")
    }
}

/// The rate table (`duty_rate`, by HS prefix, longest prefix wins) and the sums made from it.
/// Rates are data: the table is edited, not the code.
public enum DutyRates {
    public static func rateBasisPoints(_ db: Database, hsCode: String) throws -> Int {
        try db.scalar("""
            SELECT rate_bp FROM duty_rate WHERE substr(?, 1, length(hs_prefix)) = hs_prefix
            ORDER BY length(hs_prefix) DESC LIMIT 1
            """, [hsCode]).int ?? 0
    }

    public static func assess(_ db: Database, _ d: Declaration) throws -> DutyAssessment {
        var lines: [DutyAssessment.Line] = []
        var totals: [String: Decimal] = [:]
        for (i, goods) in d.goods.enumerated() {
            let value = goods.totalPrice ?? 0
            let rate = try rateBasisPoints(db, hsCode: goods.hsCode)
            let duty = round(value * Decimal(rate) / 10_000)
            let currency = goods.currency.isEmpty ? "CNY" : goods.currency
            lines.append(.init(lineNo: i + 1, hsCode: goods.hsCode, rateBasisPoints: rate, value: value, currency: currency, duty: duty))
            totals[currency, default: 0] += duty
        }
        return DutyAssessment(lines: lines, totals: totals)
    }

    static func round(_ value: Decimal) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, 2, .bankers)
        return output
    }

    static func format(_ value: Decimal) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = false
        formatter.minimumFractionDigits = 2
        formatter.maximumFractionDigits = 2
        return formatter.string(from: NSDecimalNumber(decimal: value)) ?? "\(value)"
    }
}
