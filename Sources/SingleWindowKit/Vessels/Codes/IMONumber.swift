import TextWidth
/// The IMO ship identification number: seven digits, the last a check digit over the first six
/// weighted 7,6,5,4,3,2 (sum mod 10). It stays with the hull for life, so it is the ship's key.
public struct IMONumber: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The seven digits, without the "IMO" prefix.
    public let digits: String

    /// Accepts "9074729", "IMO 9074729" and "IMO9074729" (how it is painted on hulls and printed
    /// on certificates).
    public init(parsing text: String) throws(FieldFault) {
        var s = text.trimmed.uppercased()
        if s.hasPrefix("IMO") { s = String(s.dropFirst(3)).trimmed }
        guard s.count == 7, s.isASCIIDigits else { throw FieldFault("vessel.imo.format", [text]) }
        guard IMONumber.checkDigit(of: s) == s.last?.wholeNumberValue else {
            throw FieldFault("problem.checkDigit", [text])
        }
        digits = s
    }

    /// (d1×7 + d2×6 + d3×5 + d4×4 + d5×3 + d6×2) mod 10.
    static func checkDigit(of digits: String) -> Int {
        let values = digits.prefix(6).compactMap(\.wholeNumberValue)
        return zip(values, [7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 } % 10
    }

    public static func isValid(_ text: String) -> Bool { (try? IMONumber(parsing: text)) != nil }

    public var description: String { "IMO \(digits)" }
}
