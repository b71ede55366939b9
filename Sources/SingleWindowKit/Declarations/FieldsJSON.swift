import Foundation

/// The `{key: value}` text stored for a header, a goods line, a container or a document.
/// Written by hand, into bytes, because the importer writes one per goods line: a general JSON
/// encoder (or String appends) per row costs more than the SQLite insert it feeds.
enum FieldsJSON {
    /// Keys of `level` go in catalogue order (no sort per row); any others follow, sorted.
    static func encode(_ values: [String: String], level: FieldDefinition.Level? = nil) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(64 + values.count * 32)
        var first = true
        func append(_ key: String, _ value: String) {
            guard !value.isEmpty else { return }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendQuoted(value, to: &out)
        }
        var written = 0
        if let level, let keys = levelKeys[level] {
            for key in keys {
                guard let value = values[key] else { continue }
                append(key, value)
                written += 1
            }
        }
        if written < values.count {
            let known = level.flatMap { levelKeys[$0] }.map(Set.init) ?? []
            for key in values.keys.sorted() where !known.contains(key) { append(key, values[key] ?? "") }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    private static let levelKeys: [FieldDefinition.Level: [String]] =
        Dictionary(uniqueKeysWithValues: FieldDefinition.Level.allCases.map { ($0, FieldCatalogue.fields(level: $0).map(\.key)) })

    static func decode(_ text: String?) -> [String: String] {
        guard let text, !text.isEmpty,
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
        var values: [String: String] = [:]
        for (key, value) in object {
            if let s = value as? String { values[key] = s } else { values[key] = "\(value)" }
        }
        return values
    }

    /// A JSON string literal for `s`, appended as UTF-8.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
