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
    /// Past `InputLimits`: a record of more than `limit` bytes, fields, or a field of more bytes.
    case recordTooLong(line: Int, limit: Int)
    case tooManyColumns(line: Int, limit: Int)
    case fieldTooLong(line: Int, column: Int, limit: Int)
    /// A file read as `encoding` (GB18030) holds bytes that are no character of it: at `line`,
    /// `offset` bytes from the file's start (0-based, as a hex viewer counts).
    case badBytes(encoding: String, line: Int, offset: Int)
    /// The system has no converter for the encoding.
    case encodingUnavailable(String)

    public var line: Int {
        switch self {
        case let .notUTF8(line, _), let .unterminatedQuote(line), let .recordTooLong(line, _),
             let .tooManyColumns(line, _), let .fieldTooLong(line, _, _), let .badBytes(_, line, _): return line
        case .encodingUnavailable: return 1
        }
    }

    public var description: String {
        switch self {
        case let .recordTooLong(line, limit):
            return "line \(line): the record is longer than \(limit) bytes"
        case let .tooManyColumns(line, limit):
            return "line \(line): the record has more than \(limit) columns"
        case let .fieldTooLong(line, column, limit):
            return "line \(line), column \(column): the field is longer than \(limit) bytes"
        case let .notUTF8(line, gbk):
            return "line \(line): the file is not UTF-8" + (gbk ? " (it is GBK/GB18030)" : "")
        case let .unterminatedQuote(line):
            return "line \(line): a quoted field is never closed"
        case let .badBytes(encoding, line, offset):
            return "line \(line), byte offset \(offset): not a \(encoding) character"
        case let .encodingUnavailable(encoding):
            return "this system cannot convert \(encoding)"
        }
    }
}

public enum CSVReader {
    /// Parses the whole text of a file (for small files; `CSVStream` reads big ones a record
    /// at a time with the same rules).
    public static func parse(data: Data, separator: UInt8 = UInt8(ascii: ",")) throws -> [CSVRecord] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidUTF8Line(bytes) {
            throw CSVError.notUTF8(line: bad, likelyGBK: looksLikeGBK(bytes))
        }
        let stream = CSVStream(data: data, separator: separator, validatesUTF8: false)
        var records: [CSVRecord] = []
        while let record = try stream.next() { records.append(record) }
        return records
    }

    /// Writes one record, quoting only where needed.
    public static func format(_ fields: [String]) -> String { format(fields, guarded: false) }

    /// The same; `guarded`: formula-like text cells get a
    /// leading `'` (`CSVFormulaGuard`), as every file written for a spreadsheet does.
    public static func format(_ fields: [String], guarded: Bool) -> String {
        fields.map { value in
            let f = guarded ? CSVFormulaGuard.neutralised(value) : value
            if f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return f
        }.joined(separator: ",")
    }

    /// The line of the first byte that is not UTF-8 (nil: all of it is), read through once
    /// without copying (CSV and JSON imports alike).
    static func firstInvalidUTF8Line(_ data: Data) -> Int? {
        data.withUnsafeBytes { firstInvalidUTF8Line(raw: $0) }
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { firstInvalidUTF8Line(raw: $0) }
    }

    private static func firstInvalidUTF8Line(raw: UnsafeRawBufferPointer) -> Int? {
        var decoder = UTF8()
        var iterator = raw.bindMemory(to: UInt8.self).makeIterator()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
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
