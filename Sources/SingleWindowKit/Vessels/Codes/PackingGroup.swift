/// Packing group I (great danger), II (medium), III (minor). Arabic 1/2/3 is accepted and
/// normalised to Roman, since spreadsheets and some manifests use it.
public enum PackingGroup: String, Codable, CaseIterable, Sendable {
    case one = "I", two = "II", three = "III"

    public init(parsing text: String) throws(FieldFault) {
        var s = text.compactedCode
        if s.hasPrefix("PG") { s = String(s.dropFirst(2)) }
        switch s {
        case "I", "1": self = .one
        case "II", "2": self = .two
        case "III", "3": self = .three
        default: throw FieldFault("vessel.packingGroup.format", [text])
        }
    }

    public static func isValid(_ text: String) -> Bool { (try? PackingGroup(parsing: text)) != nil }
}
