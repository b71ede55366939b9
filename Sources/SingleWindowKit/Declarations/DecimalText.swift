import Foundation
import TextWidth

/// Exact decimals from typed text. Money, weights and quantities never pass through a Double:
/// "0.1" + "0.2" must be "0.3", and a customs value must not drift in the last place.
enum DecimalText {
    /// The value and its number of decimal places, or nil when `text` is not a plain decimal
    /// (digits, an optional point, an optional leading minus; no exponent, no grouping).
    static func parse(_ text: String) -> (value: Decimal, scale: Int)? {
        let trimmed = text.trimmed
        var digitsBefore = 0, digitsAfter = 0, seenPoint = false
        for (i, ch) in trimmed.unicodeScalars.enumerated() {
            switch ch {
            case "-" where i == 0: continue
            case ".":
                if seenPoint { return nil }
                seenPoint = true
            case "0"..."9":
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            default: return nil
            }
        }
        guard digitsBefore + digitsAfter > 0, digitsBefore + digitsAfter <= 30 else { return nil }
        // Up to 18 digits fit a UInt64 significand exactly: build the Decimal directly, which is
        // much cheaper than Foundation's string parser (an import parses millions of cells).
        if digitsBefore + digitsAfter <= 18 {
            var significand: UInt64 = 0
            var negative = false
            for byte in trimmed.utf8 {
                switch byte {
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                default: continue
                }
            }
            let value = Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -digitsAfter,
                                significand: Decimal(significand))
            return (value, digitsAfter)
        }
        guard let value = Decimal(string: trimmed, locale: posix) else { return nil }
        return (value, digitsAfter)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    static func value(_ text: String?) -> Decimal? {
        guard let text, !text.isEmpty else { return nil }
        return parse(text)?.value
    }

    /// Canonical text for messages and stored computed values ("12.5", never "12.500000001").
    static func string(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).stringValue }
}
