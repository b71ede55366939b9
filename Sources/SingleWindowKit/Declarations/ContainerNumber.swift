/// ISO 6346 container identification: 3-letter owner code, category letter (U, J or Z),
/// 6-digit serial and a check digit computed over the first ten characters.
public enum ContainerNumber {
    public static func isValid(_ text: String) -> Bool {
        let chars = Array(text.uppercased())
        guard chars.count == 11,
              chars[0..<3].allSatisfy({ $0.isASCII && $0.isLetter }),
              "UJZ".contains(chars[3]),
              chars[4..<11].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return checkDigit(String(chars[0..<10])) == Int(String(chars[10]))
    }

    /// Whether `text` has the shape of a container number, whatever its check digit.
    public static func hasShape(_ text: String) -> Bool {
        let chars = Array(text.uppercased())
        return chars.count == 11 && chars[0..<4].allSatisfy({ $0.isASCII && $0.isLetter })
            && chars[4..<11].allSatisfy({ $0.isASCII && $0.isNumber })
    }

    /// Letters count 10 upwards skipping multiples of 11 (A=10, B=12 … Z=38); each position is
    /// weighted 2^i; the sum mod 11 (10 → 0) is the check digit.
    public static func checkDigit(_ first10: String) -> Int? {
        let chars = Array(first10.uppercased())
        guard chars.count == 10 else { return nil }
        var sum = 0
        for (i, ch) in chars.enumerated() {
            guard let value = value(of: ch) else { return nil }
            sum += value << i
        }
        return sum % 11 % 10
    }

    private static func value(of ch: Character) -> Int? {
        if let digit = ch.wholeNumberValue, ch.isASCII { return digit }
        guard let ascii = ch.asciiValue, ascii >= 65, ascii <= 90 else { return nil }
        var value = 10
        var letter: UInt8 = 65
        while letter < ascii {
            value += 1
            if value % 11 == 0 { value += 1 }
            letter += 1
        }
        return value
    }
}
