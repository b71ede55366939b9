import Foundation

/// The `{key: value}` text stored for a header, a goods line, a container or a document.
/// Written by hand because the importer writes one per goods line: a general JSON encoder per
/// row costs more than the SQLite insert it feeds.
enum FieldsJSON {
    /// Keys of `level` go in catalogue order (no sort per row); any others follow, sorted.
    static func encode(_ values: [String: String], level: FieldDefinition.Level? = nil) -> String {
        var out = "{"
        var first = true
        func append(_ key: String, _ value: String) {
            guard !value.isEmpty else { return }
            if !first { out += "," }
            first = false
            appendQuoted(key, to: &out)
            out += ":"
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
        out += "}"
        return out
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

    static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        // Most values need no escaping: append them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
