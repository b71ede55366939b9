/// A UN number from the UN Model Regulations' dangerous goods list: four digits, written with or
/// without "UN". Assigned numbers run from UN0004 (ammonium picrate) to UN3558 (vehicle, sodium
/// ion battery powered) as of the 23rd revised edition (2023, IMDG Code amendment 42-24). Gaps
/// inside the range are not checked: that needs the dangerous goods list itself.
public struct UNNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    public static let lowestAssigned = 4
    public static let highestAssigned = 3558

    /// The four digits, e.g. "1203".
    public let digits: String

    public init(parsing text: String) throws(FieldFault) {
        var s = text.compactedCode
        if s.hasPrefix("UN") { s = String(s.dropFirst(2)) }
        guard s.count == 4, s.isASCIIDigits, let n = Int(s) else { throw FieldFault("vessel.un.format", [text]) }
        guard (UNNumber.lowestAssigned...UNNumber.highestAssigned).contains(n) else {
            throw FieldFault("vessel.un.range", [text, "0004", String(UNNumber.highestAssigned)])
        }
        digits = s
    }

    public static func isValid(_ text: String) -> Bool { (try? UNNumber(parsing: text)) != nil }
    public var description: String { "UN\(digits)" }
}
