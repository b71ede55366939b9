import Foundation
import Store
import TextWidth

/// Duty owed on a declaration, in CNY: per goods line the customs value converted at the
/// exchange rate of the declaration's date (计征汇率), times the rate for its HS code. Exact
/// decimals: the CNY value and the duty are each rounded to the fen per line, then summed.
public struct DutyAssessment: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var lineNo: Int
        public var hsCode: String
        public var rateBasisPoints: Int
        public var value: Decimal
        public var currency: String
        /// CNY for one unit of `currency`, and the day that rate took effect ("" for CNY).
        public var exchangeRate: Decimal
        public var rateValidFrom: String
        public var valueCNY: Decimal
        public var duty: Decimal
    }

    /// The declaration's date the rates were taken on (China day).
    public var day: String
    public var lines: [Line]
    /// The duty due, CNY.
    public var total: Decimal

    /// "CNY 8800.00", as shown and stored on the lane.
    public var text: String { DutyAssessment.text(total) }

    public static func text(_ cny: Decimal) -> String { "CNY " + DutyRates.format(cny) }
}

/// Whether a declaration owes duty at all, before any amount is worked out: its levy nature
/// (征免性质) must charge duty and at least one goods line must have a rate above zero.
public enum DutyLiability: Equatable, Sendable {
    case dutiable
    /// The levy nature (code) is an exemption, a relief or a bonded regime: no duty.
    case dutyFreeLevyNature(String)
    /// Every goods line's HS code has a duty rate of zero.
    case zeroRate

    public var isDutiable: Bool { self == .dutiable }
}

/// A guarantee (担保) recorded by the customs officer: the declaration may be released before its
/// duty is paid while the guarantee is valid (through `validUntil`, a China day, inclusive).
public struct DutyGuarantee: Equatable, Sendable {
    public var number: String
    /// CNY.
    public var amount: Decimal
    /// YYYY-MM-DD, the last day it is valid.
    public var validUntil: String

    public init(number: String, amount: Decimal, validUntil: String) {
        self.number = number; self.amount = amount; self.validUntil = validUntil
    }

    /// Still valid on `day` (YYYY-MM-DD): an expired guarantee does not count.
    public func isValid(on day: String) -> Bool { validUntil >= day }

    /// The guarantee stored on a customs lane's detail, if one was recorded.
    public static func recorded(on lane: Lane) -> DutyGuarantee? {
        guard let number = lane.detail["guarantee_no"], !number.isEmpty,
              let until = lane.detail["guarantee_until"] else { return nil }
        let amount = Decimal(string: lane.detail["guarantee_amount"] ?? "", locale: Locale(identifier: "en_US_POSIX")) ?? 0
        return DutyGuarantee(number: number, amount: amount, validUntil: until)
    }

    var detail: [String: String] {
        ["guarantee_no": number, "guarantee_amount": DutyRates.format(amount), "guarantee_until": validUntil]
    }

    /// "G2026-0001 CNY 50000.00 until 2026-04-30", as the lane event's message.
    public var text: String { "\(number) CNY \(DutyRates.format(amount)) until \(validUntil)" }
}

/// The rate table (`duty_rate`, by HS prefix, longest prefix wins), the levy natures that charge
/// duty (`levy_nature`'s extra `charges_duty`) and the sums made from them. Rates, levy natures
/// and exchange rates are data: the tables are edited, not the code.
public enum DutyRates {
    public static func rateBasisPoints(_ db: Database, hsCode: String) throws -> Int {
        try db.scalar("""
            SELECT rate_bp FROM duty_rate WHERE substr(?, 1, length(hs_prefix)) = hs_prefix
            ORDER BY length(hs_prefix) DESC LIMIT 1
            """, [hsCode]).int ?? 0
    }

    /// True unless the levy nature's row says `charges_duty` 0. A code the table does not know (or
    /// an empty one) charges: duty is never waived for want of data.
    public static func chargesDuty(_ db: Database, levyNature: String) throws -> Bool {
        let flag = try db.scalar("""
            SELECT json_extract(extra, '$.charges_duty') FROM code_entry WHERE code_table = 'levy_nature' AND code = ?
            """, [levyNature]).string
        return flag != "0"
    }

    public static func liability(_ db: Database, _ d: Declaration) throws -> DutyLiability {
        let levy = d["levyNature"].trimmed
        if try !chargesDuty(db, levyNature: levy) { return .dutyFreeLevyNature(levy) }
        for goods in d.goods where try rateBasisPoints(db, hsCode: goods.hsCode) > 0 { return .dutiable }
        return .zeroRate
    }

    /// The declaration's date for the exchange rate: the day it was (last) submitted, else today.
    public static func declarationDay(_ d: Declaration, now: Date) -> String {
        ChinaTime.day(d.submittedAt ?? now)
    }

    /// The duty of every goods line in CNY at the rates valid on `day`. A currency with no rate on
    /// or before that day is a problem naming the currency and the day; all such are reported.
    public static func assess(_ db: Database, _ d: Declaration, on day: String) throws -> DutyAssessment {
        var lines: [DutyAssessment.Line] = []
        var problems: [Problem] = []
        var total: Decimal = 0
        for (i, goods) in d.goods.enumerated() {
            let value = goods.totalPrice ?? 0
            let bp = try rateBasisPoints(db, hsCode: goods.hsCode)
            let currency = goods.currency.isEmpty ? "CNY" : goods.currency
            guard let rate = try ExchangeRates.rate(db, currency: currency, on: day) else {
                problems.append(Problem("goods[\(i + 1)].currency", "review.noExchangeRate", [currency, day]))
                continue
            }
            let valueCNY = round(value * rate.cnyPerUnit)
            let duty = round(valueCNY * Decimal(bp) / 10_000)
            lines.append(.init(lineNo: i + 1, hsCode: goods.hsCode, rateBasisPoints: bp, value: value, currency: currency,
                               exchangeRate: rate.cnyPerUnit, rateValidFrom: rate.validFrom, valueCNY: valueCNY, duty: duty))
            total += duty
        }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return DutyAssessment(day: day, lines: lines, total: total)
    }

    /// An amount the officer entered in `currency`, in CNY at the rate of `day`.
    static func toCNY(_ db: Database, amount: Decimal, currency: String, on day: String) throws -> Decimal {
        guard let rate = try ExchangeRates.rate(db, currency: currency, on: day) else {
            throw DomainError.invalid([Problem("currency", "review.noExchangeRate", [currency, day])])
        }
        return round(amount * rate.cnyPerUnit)
    }

    static func round(_ value: Decimal) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, 2, .bankers)
        return output
    }

    public static func format(_ value: Decimal) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = false
        formatter.minimumFractionDigits = 2
        formatter.maximumFractionDigits = 2
        return formatter.string(from: NSDecimalNumber(decimal: value)) ?? "\(value)"
    }
}
