/// An ISO 6346 container number: owner code (3 letters), category (U, J or Z), six digits and a
/// check digit computed from letter values that skip multiples of 11. One type for the
/// declaration's containers and the vessel manifest's.
public struct ContainerNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    public let value: String

    public init(parsing text: String) throws(FieldFault) {
        let s = text.compactedCode
        let chars = Array(s)
        guard chars.count == 11,
              chars[0..<3].allSatisfy({ $0.isASCII && $0.isUppercase }),
              "UJZ".contains(chars[3]),
              chars[4..<11].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw FieldFault("vessel.container.format", [text])
        }
        guard ContainerNumber.checkDigit(chars) == chars[10].wholeNumberValue else {
            throw FieldFault("problem.checkDigit", [text])
        }
        value = s
    }

    /// Whether `text` has the shape of a container number, whatever its check digit (so a
    /// validator can say "wrong check digit" rather than "not a container number").
    public static func hasShape(_ text: String) -> Bool {
        let chars = Array(text.compactedCode)
        return chars.count == 11 && chars[0..<4].allSatisfy({ $0.isASCII && $0.isLetter })
            && chars[4..<11].allSatisfy({ $0.isASCII && $0.isNumber })
    }

    /// The check digit for the first ten characters, or nil when they are not letters and digits.
    public static func checkDigit(_ first10: String) -> Int? {
        let chars = Array(first10.compactedCode)
        guard chars.count == 10, chars.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else { return nil }
        return checkDigit(chars)
    }

    static func checkDigit(_ chars: [Character]) -> Int {
        var sum = 0
        for (i, c) in chars.prefix(10).enumerated() {
            sum += letterValue(c) << i
        }
        return sum % 11 % 10
    }

    /// A=10, then upward skipping 11, 22, 33 (multiples of 11); digits are themselves.
    private static func letterValue(_ c: Character) -> Int {
        if let d = c.wholeNumberValue { return d }
        guard let ascii = c.asciiValue else { return 0 }
        var value = 10
        for _ in 0..<Int(ascii - 65) {
            value += 1
            if value % 11 == 0 { value += 1 }
        }
        return value
    }

    public static func isValid(_ text: String) -> Bool { (try? ContainerNumber(parsing: text)) != nil }
    public var description: String { value }
}
