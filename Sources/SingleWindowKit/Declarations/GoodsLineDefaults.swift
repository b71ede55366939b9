import Foundation

/// What a new goods line can start with, and what a typed value implies for the cells still
/// empty, so a broker types only what is new. Only empty cells are ever filled: what the broker
/// typed stays as typed.
public enum GoodsLineDefaults {
    /// Items a goods line usually shares with the line before it.
    public static let carried = ["currency", "originCountry", "finalCountry", "domesticRegion", "dutyMode", "purpose",
                                 "goodsPackageType"]

    /// A new line's values: the previous line's carried items, or for the first line what the
    /// header implies (import: made where it was dispatched from, destined for China; export the
    /// other way round; the invoice currency as the freight's; duty as charged for a general levy).
    public static func newLine(previous: [String: String]?, header d: Declaration) -> [String: String] {
        if let previous {
            var values: [String: String] = [:]
            for key in carried { if let v = previous[key], !v.isEmpty { values[key] = v } }
            return values
        }
        var values: [String: String] = [:]
        let abroad = d["consignmentCountry"]
        switch d.direction {
        case .import:
            values["finalCountry"] = "CHN"
            if !abroad.isEmpty { values["originCountry"] = abroad }
        case .export:
            values["originCountry"] = "CHN"
            if !abroad.isEmpty { values["finalCountry"] = abroad }
        }
        for key in ["freightCurrency", "insuranceCurrency", "otherCurrency"] where !d[key].isEmpty {
            values["currency"] = d[key]
            break
        }
        if d["levyNature"] == "101" { values["dutyMode"] = "1" }
        return values
    }

    /// The cells a line's values imply, for those still empty: the HS entry's inspection code,
    /// name and legal units (the trade unit too, as the legal one); the first legal quantity when
    /// the trade unit is the legal unit; the net weight when that unit is kilograms; the total
    /// as quantity × unit price.
    public static func implied(_ line: [String: String], hs: HSCode?) -> [String: String] {
        var line = line
        var filled: [String: String] = [:]
        func fill(_ key: String, _ value: String) {
            guard !value.isEmpty, (line[key] ?? "").isEmpty else { return }
            line[key] = value
            filled[key] = value
        }
        if let hs {
            fill("ciqCode", hs.ciqCode)
            fill("goodsName", hs.nameZh)
            fill("legalUnit", hs.unit1)
            fill("secondUnit", hs.unit2)
            fill("unit", hs.unit1)
        }
        let quantity = line["quantity"] ?? ""
        if !quantity.isEmpty, DecimalText.parse(quantity) != nil, line["unit"] == line["legalUnit"] {
            fill("legalQuantity", quantity)
        }
        if line["legalUnit"] == kilogram, let legal = line["legalQuantity"], DecimalText.parse(legal) != nil {
            fill("goodsNetWeight", legal)
        }
        if let (q, _) = DecimalText.parse(quantity), let (price, _) = DecimalText.parse(line["unitPrice"] ?? "") {
            fill("totalPrice", money(q * price))
        }
        return filled
    }

    /// Customs' kilogram unit code.
    static let kilogram = "035"

    /// Two decimal places, rounded half up (a total price's scale).
    static func money(_ value: Decimal) -> String {
        var value = value, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.minimumFractionDigits = 2
        formatter.maximumFractionDigits = 2
        formatter.usesGroupingSeparator = false
        return formatter.string(from: rounded as NSDecimalNumber) ?? "\(rounded)"
    }
}
