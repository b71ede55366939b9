/// Maritime Mobile Service Identity (ITU-R M.585): nine digits. A ship station's MMSI starts with
/// its three-digit Maritime Identification Digits, whose first digit is 2–7 (the world regions).
/// Numbers starting 0 (coast/group stations), 1 (SAR aircraft), 8 (handhelds) and 9 (AIS aids,
/// MOB devices, craft associated with a parent ship) are not a ship's own MMSI, so a ship's
/// declaration refuses them.
public struct MMSI: Hashable, Codable, Sendable, CustomStringConvertible {
    public let digits: String

    public init(parsing text: String) throws(FieldFault) {
        let s = text.compactedCode
        guard s.count == 9, s.isASCIIDigits else { throw FieldFault("vessel.mmsi.format", [text]) }
        guard let first = s.first?.wholeNumberValue, (2...7).contains(first) else {
            throw FieldFault("vessel.mmsi.notShip", [text])
        }
        digits = s
    }

    /// The Maritime Identification Digits (the flag's allocation).
    public var mid: String { String(digits.prefix(3)) }

    public static func isValid(_ text: String) -> Bool { (try? MMSI(parsing: text)) != nil }
    public var description: String { digits }
}
