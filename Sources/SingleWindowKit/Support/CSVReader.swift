import Foundation

/// RFC 4180 CSV, as ERP systems really write it: optional UTF-8 BOM, CRLF or LF, quoted fields
/// with doubled quotes and embedded newlines. Each record remembers the physical line it started
/// on, so errors can say `file:line:column`.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
}

public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not UTF-8 (an ERP export in GBK is the usual cause).
    case notUTF8(line: Int, likelyGBK: Bool)
    case unterminatedQuote(line: Int)

    public var description: String {
        switch self {
        case let .notUTF8(line, gbk):
            return "line \(line): the file is not UTF-8" + (gbk ? " (it looks like GBK/GB18030; save it as UTF-8)" : "")
        case let .unterminatedQuote(line):
            return "line \(line): a quoted field is never closed"
        }
    }
}

public enum CSVReader {
    /// Parses the whole text of a file. Files are read once; records are small.
    public static func parse(data: Data, separator: UInt8 = UInt8(ascii: ",")) throws -> [CSVRecord] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidUTF8Line(bytes) {
            throw CSVError.notUTF8(line: bad, likelyGBK: looksLikeGBK(bytes))
        }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, fieldWasQuoted = false
        var i = 0
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == lf { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case quote where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case separator:
                endField()
            case cr:
                if i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                endRecord(); line += 1; recordLine = line
            case lf:
                endRecord(); line += 1; recordLine = line
            default:
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw CSVError.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// Writes one record, quoting only where needed.
    public static func format(_ fields: [String]) -> String {
        fields.map { f in
            if f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return f
        }.joined(separator: ",")
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            if i + length > bytes.count { return line }
            for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return line }
            if b == UInt8(ascii: "\n") { line += 1 }
            i += length
        }
        return line
    }

    /// GBK lead bytes 0x81–0xFE followed by trail bytes 0x40–0xFE, in pairs, with no valid UTF-8
    /// structure: the signature of a Chinese Windows export.
    static func looksLikeGBK(_ bytes: [UInt8]) -> Bool {
        var pairs = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81, b <= 0xFE, i + 1 < bytes.count, (0x40...0xFE).contains(bytes[i + 1]), bytes[i + 1] != 0x7F else { return false }
            pairs += 1
            i += 2
        }
        return pairs > 0
    }
}
