/// SHA-256 (FIPS 180-4). Foundation on Linux has no digest, and the product links only ncursesw
/// and sqlite3, so the audit chain carries its own; tests check it against the FIPS vectors.
public enum SHA256 {
    /// One compression function for both: the whole message is a stream fed once.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var stream = SHA256Stream()
        message.withUnsafeBufferPointer { stream.update($0) }
        return stream.finalDigest()
    }

    public static func hex(_ message: [UInt8]) -> String {
        var stream = SHA256Stream()
        message.withUnsafeBufferPointer { stream.update($0) }
        return stream.finalHex()
    }

    public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }
}
