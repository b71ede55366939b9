import Foundation
import TextWidth

/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a
/// check character over the first 17, computed modulo 31.
///
/// Only structure and check character are verified; the meaning of the leading characters
/// (registration authority, entity type, administrative division) is not, since those lists
/// change and a wrong one would reject real codes.
///
/// Case: `isValid` is strict and accepts upper case only, because the standard defines the code
/// in upper case and stored codes must be canonical (one spelling, one key). Entry fields pass
/// what was typed through `normalized(_:)` first, which upper-cases and trims.
public enum USCC {
    /// The 31 characters of the code, in value order: digits, then letters without I, O, S, V, Z
    /// (too easily mistaken for 1, 0, 5, U, 2).
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Weight of each of the first 17 positions: 3^i mod 31.
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    public static let length = 18

    /// The check character for the first 17 characters, or nil when they are not 17 characters
    /// of the alphabet.
    public static func checkCharacter(for first17: String) -> Character? {
        let characters = Array(first17)
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(characters, weights) {
            guard let value = value(of: character) else { return nil }
            sum += value * weight
        }
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }

    public static func isValid(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count == length else { return false }
        return checkCharacter(for: String(characters.prefix(17))) == characters[17]
    }

    /// What an operator typed, as the canonical form to validate and store.
    public static func normalized(_ input: String) -> String {
        input.trimmed.uppercased()
    }

    static func value(of character: Character) -> Int? {
        alphabet.firstIndex(of: character)
    }
}
