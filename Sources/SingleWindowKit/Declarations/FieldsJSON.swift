import Foundation

/// The `{key: value}` text stored for a header, a goods line, a container or a document.
/// Written by hand, into bytes, because the importer writes one per goods line: a general JSON
/// encoder (or String appends) per row costs more than the SQLite insert it feeds.
enum FieldsJSON {
    /// Keys of `level` go in catalogue order (no sort of strings per row); any others follow,
    /// sorted. Only the keys present are looked up: a goods line fills half its columns.
    static func encode(_ values: [String: String], level: FieldDefinition.Level? = nil) -> String {
        let positions = level.map { Self.positions($0) } ?? [:]
        var known: [(position: Int, key: String, value: String)] = []
        var others: [(key: String, value: String)] = []
        known.reserveCapacity(values.count)
        for (key, value) in values where !value.isEmpty {
            if let position = positions[key] { known.append((position, key, value)) } else { others.append((key, value)) }
        }
        known.sort { $0.position < $1.position }
        others.sort { $0.key < $1.key }
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(64 + values.count * 32)
        var first = true
        func append(_ key: String, _ value: String) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendQuoted(value, to: &out)
        }
        for entry in known { append(entry.key, entry.value) }
        for entry in others { append(entry.key, entry.value) }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Catalogue position of each key of a level.
    private static func positions(_ level: FieldDefinition.Level) -> [String: Int] {
        switch level {
        case .header: return headerPositions
        case .goods: return goodsPositions
        case .container: return containerPositions
        case .document: return documentPositions
        }
    }

    private static func positions(of level: FieldDefinition.Level) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: FieldCatalogue.fields(level: level).enumerated().map { ($0.element.key, $0.offset) })
    }
    private static let headerPositions = positions(of: .header)
    private static let goodsPositions = positions(of: .goods)
    private static let containerPositions = positions(of: .container)
    private static let documentPositions = positions(of: .document)

    static func decode(_ text: String?) -> [String: String] {
        guard let text, !text.isEmpty,
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
        var values: [String: String] = [:]
        for (key, value) in object {
            if let s = value as? String { values[key] = s } else { values[key] = "\(value)" }
        }
        return values
    }

    /// A JSON string literal for `s`, appended as UTF-8: runs that need no escape are copied
    /// whole.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                default: out += Array(String(format: "\\u%04x", byte).utf8)
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
