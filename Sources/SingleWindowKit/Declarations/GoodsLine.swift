import Foundation
import TextWidth

/// One goods line (表体 item, 项号 = position + 1). Values are kept as typed, keyed by catalogue
/// key, so a draft with a mistyped weight is saved exactly as typed; typed accessors parse.
public struct GoodsLine: Equatable, Codable, Sendable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(_ key: String) -> String {
        get { values[key] ?? "" }
        set { if newValue.isEmpty { values.removeValue(forKey: key) } else { values[key] = newValue } }
    }

    public var hsCode: String { self["hsCode"].trimmed }
    public var ciqCode: String { self["ciqCode"].trimmed }
    public var goodsName: String { self["goodsName"] }
    public var quantity: Decimal? { DecimalText.value(self["quantity"]) }
    public var unitPrice: Decimal? { DecimalText.value(self["unitPrice"]) }
    public var totalPrice: Decimal? { DecimalText.value(self["totalPrice"]) }
    public var netWeight: Decimal? { DecimalText.value(self["goodsNetWeight"]) }
    public var grossWeight: Decimal? { DecimalText.value(self["goodsGrossWeight"]) }
    public var legalQuantity: Decimal? { DecimalText.value(self["legalQuantity"]) }
    public var secondQuantity: Decimal? { DecimalText.value(self["secondQuantity"]) }
    public var currency: String { self["currency"] }
}

/// A container the goods travel in (集装箱): number, size/type, tare weight.
public struct DeclarationContainer: Equatable, Codable, Sendable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public init(number: String, sizeType: String, weight: String = "") {
        self.init(["containerNo": number, "containerType": sizeType, "containerWeight": weight].filter { !$0.value.isEmpty })
    }

    public subscript(_ key: String) -> String {
        get { values[key] ?? "" }
        set { if newValue.isEmpty { values.removeValue(forKey: key) } else { values[key] = newValue } }
    }

    public var number: String { self["containerNo"].trimmed }
    public var sizeType: String { self["containerType"] }
    public var weight: Decimal? { DecimalText.value(self["containerWeight"]) }
}

/// An accompanying document (随附单证): its type code and number.
public struct AttachedDocument: Equatable, Codable, Sendable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public init(typeCode: String, number: String) {
        self.init(["documentType": typeCode, "documentNo": number])
    }

    public subscript(_ key: String) -> String {
        get { values[key] ?? "" }
        set { if newValue.isEmpty { values.removeValue(forKey: key) } else { values[key] = newValue } }
    }

    public var typeCode: String { self["documentType"] }
    public var number: String { self["documentNo"] }
}
