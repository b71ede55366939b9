import Testing
@testable import SingleWindowKit

@Suite struct USCCTests {
    // Published codes (and the research notes' example), each with a correct check character.
    static let known = ["91350100M000100Y43", "914403000539716870", "91110000600037341L"]

    @Test func knownCodesAreValid() {
        for code in Self.known { #expect(USCC.isValid(code), "\(code)") }
    }

    @Test func checkCharacterOfKnownCodes() {
        #expect(USCC.checkCharacter(for: "91350100M000100Y4") == "3")
        #expect(USCC.checkCharacter(for: "91440300053971687") == "0")
    }

    @Test func aCheckValueOf31WrapsToZero() {
        // Find a 17-character body whose weighted sum is 0 mod 31: its check must be "0", not out of range.
        var body = Array("00000000000000000")
        #expect(USCC.checkCharacter(for: String(body)) == "0")
        body[0] = "1" // sum 1 → 31 - 1 = 30 → "Y"
        #expect(USCC.checkCharacter(for: String(body)) == "Y")
    }

    @Test func everySingleCharacterCorruptionFails() {
        for code in Self.known {
            let characters = Array(code)
            for position in characters.indices {
                for replacement in USCC.alphabet where replacement != characters[position] {
                    var corrupted = characters
                    corrupted[position] = replacement
                    #expect(!USCC.isValid(String(corrupted)), "\(String(corrupted))")
                }
            }
        }
    }

    @Test func forbiddenLettersAreRejected() {
        for letter in ["I", "O", "Z", "S", "V"] {
            let body = "91350100M000100Y" + letter
            #expect(USCC.checkCharacter(for: body) == nil)
            #expect(!USCC.isValid("9135010" + letter + "M000100Y43"))
        }
    }

    @Test func wrongLengthsAreRejected() {
        #expect(!USCC.isValid(""))
        #expect(!USCC.isValid("91350100M000100Y4"))
        #expect(!USCC.isValid("91350100M000100Y433"))
        #expect(USCC.checkCharacter(for: "9135010") == nil)
    }

    @Test func lowercaseIsRejectedButNormalizedInputPasses() {
        #expect(!USCC.isValid("91350100m000100y43"))
        #expect(USCC.isValid(USCC.normalized("  91350100m000100y43\n")))
    }

    @Test func fullWidthAndOtherScriptsAreRejected() {
        #expect(!USCC.isValid("９1350100M000100Y43"))
    }
}
