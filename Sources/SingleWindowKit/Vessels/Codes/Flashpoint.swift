import Foundation
import TextWidth

/// A flashpoint in °C, closed cup, as an exact decimal (e.g. "-18", "23.5"). A trailing "°C" or
/// "C" is tolerated. The physical window (−100 °C to 300 °C) catches typing slips such as °F or
/// a missing minus sign on a cryogenic value without pretending to know the substance.
public enum Flashpoint {
    public static let lowest: Decimal = -100
    public static let highest: Decimal = 300

    public static func parse(_ text: String) throws(FieldFault) -> Decimal {
        var s = text.trimmed.uppercased()
        for suffix in ["°C", "℃", "C"] where s.hasSuffix(suffix) { s = String(s.dropLast(suffix.count)).trimmed }
        s = s.replacingOccurrences(of: "−", with: "-")
        guard let value = VesselDecimal.parse(s) else { throw FieldFault("problem.notNumber", [text]) }
        guard value >= lowest, value <= highest else { throw FieldFault("vessel.flashpoint.range", [text]) }
        return value
    }

    public static func isValid(_ text: String) -> Bool { (try? parse(text)) != nil }
}

/// Strict decimal parsing: digits, one optional leading minus, one optional point. `Decimal(string:)`
/// alone accepts "12abc" as 12, which an importer must not.
enum VesselDecimal {
    static func parse(_ text: String) -> Decimal? {
        let s = text.trimmed
        var body = Substring(s)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !(parts.first?.isEmpty ?? true) else { return nil }
        if parts.count == 2 && parts[1].isEmpty { return nil }
        return Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))
    }

    static func string(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).stringValue }
}
