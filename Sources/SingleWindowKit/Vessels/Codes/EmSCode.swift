/// An IMDG Emergency Schedule reference: a fire schedule F-A…F-J and a spillage schedule
/// S-A…S-Z, written together as "F-E, S-D". Both are required on the dangerous goods manifest.
public struct EmSCode: Hashable, Codable, Sendable, CustomStringConvertible {
    public let fire: Character
    public let spillage: Character

    public init(parsing text: String) throws(FieldFault) {
        let s = text.uppercased().filter { $0.isLetter }
        // "F-E, S-D" → "FESD"
        guard s.count == 4, Array(s)[0] == "F", Array(s)[2] == "S" else { throw FieldFault("vessel.ems.format", [text]) }
        let f = Array(s)[1], sp = Array(s)[3]
        guard ("A"..."J").contains(f), ("A"..."Z").contains(sp), f.isASCII, sp.isASCII else {
            throw FieldFault("vessel.ems.format", [text])
        }
        // The separators people type are tolerated, other characters are not.
        guard text.uppercased().allSatisfy({ $0.isLetter || $0 == "-" || $0 == "," || $0 == " " || $0 == "/" }) else {
            throw FieldFault("vessel.ems.format", [text])
        }
        fire = f
        spillage = sp
    }

    public static func isValid(_ text: String) -> Bool { (try? EmSCode(parsing: text)) != nil }
    public var description: String { "F-\(fire), S-\(spillage)" }
    public var encoded: String { description }
}

extension EmSCode {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try EmSCode(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad EmS \(text)"))
        }
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
