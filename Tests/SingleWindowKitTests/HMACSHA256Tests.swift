import Testing
@testable import SingleWindowKit

/// RFC 4231 §4.2–4.8 (HMAC-SHA-256 column), never values produced by this implementation.
@Suite("HMAC-SHA-256")
struct HMACSHA256Tests {
    func mac(_ key: [UInt8], _ data: [UInt8]) -> String { HMACSHA256.hex(key: key, message: data) }

    @Test func case1() {
        #expect(mac([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func case2AKeyShorterThanTheOutput() {
        #expect(mac(Array("Jefe".utf8), Array("what do ya want for nothing?".utf8))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func case3() {
        #expect(mac([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50))
                == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
    }

    @Test func case4() {
        #expect(mac(Array(1...25), [UInt8](repeating: 0xcd, count: 50))
                == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
    }

    @Test func case5Truncated() {
        #expect(mac([UInt8](repeating: 0x0c, count: 20), Array("Test With Truncation".utf8)).prefix(32)
                == "a3b6167473100ee06e0c796c2955552b")
    }

    @Test func case6AKeyLargerThanABlock() {
        #expect(mac([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func case7KeyAndDataLargerThanABlock() {
        let data = "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
        #expect(mac([UInt8](repeating: 0xaa, count: 131), Array(data.utf8))
                == "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }

    @Test func aKeyOfExactlyOneBlockIsNotHashed() {
        // Boundary: 64 bytes is used as is, 65 is hashed first (RFC 2104 §2) — the two differ.
        let data = Array("x".utf8)
        #expect(mac([UInt8](repeating: 1, count: 64), data) != mac(SHA256.digest([UInt8](repeating: 1, count: 64)), data))
        #expect(mac([UInt8](repeating: 1, count: 65), data) == mac(SHA256.digest([UInt8](repeating: 1, count: 65)), data))
    }

    @Test func hexRoundTrips() {
        #expect(Hex.bytes(Hex.string([0, 1, 0xab, 0xff])) == [0, 1, 0xab, 0xff])
        #expect(Hex.bytes("abc") == nil)
        #expect(Hex.bytes("zz") == nil)
    }
}
