/// GB 32100-2015 unified social credit code check, kept local to declarations until the shared
/// `USCC` type lands on main (then this file goes).
enum DeclarationUSCCCheck {
    /// The 31 characters of the code, in value order (no I, O, S, V, Z).
    private static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    static func isValid(_ code: String) -> Bool {
        let chars = Array(code.uppercased())
        guard chars.count == 18 else { return false }
        var sum = 0
        for i in 0..<17 {
            guard let v = alphabet.firstIndex(of: chars[i]) else { return false }
            sum += v * weights[i]
        }
        let check = (31 - sum % 31) % 31
        return alphabet[check] == chars[17]
    }
}
