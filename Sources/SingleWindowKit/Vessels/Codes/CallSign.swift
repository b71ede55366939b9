import TextWidth
/// A ship's radio call sign: 4–8 letters and digits (the length window the Norwegian maritime
/// single window enforces; ITU series prefixes are not checked, they vary by flag).
public struct CallSign: Hashable, Codable, Sendable, CustomStringConvertible {
    public let value: String

    public init(parsing text: String) throws(FieldFault) {
        let s = text.trimmed.uppercased()
        guard (4...8).contains(s.count), s.isASCIIAlphanumeric else { throw FieldFault("vessel.callSign.format", [text]) }
        value = s
    }

    public static func isValid(_ text: String) -> Bool { (try? CallSign(parsing: text)) != nil }
    public var description: String { value }
}
