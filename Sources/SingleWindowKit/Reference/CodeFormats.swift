import Foundation

/// The shape each code table's codes must have. A code of the wrong shape in a reference file is
/// a typing or export error, and would otherwise surface much later as a rejected declaration.
enum CodeFormats {
    static func isValid(_ code: String, table: String) -> Bool {
        guard let rule = rules[table] else { return true }
        return rule(code)
    }

    static func describe(_ table: String) -> String {
        descriptions[table] ?? "a code"
    }

    private static func digits(_ count: Int) -> @Sendable (String) -> Bool {
        { $0.count == count && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func upperLetters(_ count: Int) -> @Sendable (String) -> Bool {
        { $0.count == count && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
    }

    private static let rules: [String: @Sendable (String) -> Bool] = [
        "country": upperLetters(3),
        "currency": upperLetters(3),
        "unit": digits(3),
        "supervision_mode": digits(4),
        "levy_nature": digits(3),
        "duty_mode": digits(1),
        "trade_terms": digits(1),
        "fee_mark": digits(1),
        "package_type": digits(2),
        "customs_district": digits(4),
        "transport_mode": { $0.count == 1 && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) } },
        // UN/LOCODE: 2-letter country, then 3 letters or digits 2–9.
        "port": { code in
            let c = Array(code)
            return c.count == 5 && c[0...1].allSatisfy { $0.isASCII && $0.isUppercase }
                && c[2...4].allSatisfy { $0.isASCII && ($0.isUppercase || ("2"..."9").contains($0)) }
        },
        // GB/T 4754: a section letter, a two-digit division, a three-digit group or a four-digit class.
        "industry": { digits(2)($0) || digits(3)($0) || digits(4)($0) || upperLetters(1)($0) },
    ]

    private static let descriptions: [String: String] = [
        "country": "3 capital letters (ISO 3166-1 alpha-3)",
        "currency": "3 capital letters (ISO 4217)",
        "unit": "3 digits", "supervision_mode": "4 digits", "levy_nature": "3 digits",
        "duty_mode": "1 digit", "trade_terms": "1 digit", "fee_mark": "1 digit",
        "package_type": "2 digits", "customs_district": "4 digits",
        "transport_mode": "1 digit or capital letter",
        "port": "a 5-character UN/LOCODE",
        "industry": "a section letter, or a 2-, 3- or 4-digit code",
    ]
}
