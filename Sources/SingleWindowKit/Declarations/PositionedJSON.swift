import Foundation

/// A JSON value with the line and column it starts at, so an import error in a JSON file can
/// say `file:line:column` like a CSV one. Numbers keep their literal text: "12.50" stays
/// "12.50", never a Double.
indirect enum PositionedJSON {
    case object([(key: String, value: PositionedJSON)], line: Int, column: Int)
    case array([PositionedJSON], line: Int, column: Int)
    case scalar(String, line: Int, column: Int)
    case null(line: Int, column: Int)

    var line: Int {
        switch self {
        case let .object(_, l, _), let .array(_, l, _), let .scalar(_, l, _), let .null(l, _): return l
        }
    }
    var column: Int {
        switch self {
        case let .object(_, _, c), let .array(_, _, c), let .scalar(_, _, c), let .null(_, c): return c
        }
    }

    /// The value as the text a form field would hold.
    var text: String? {
        switch self {
        case let .scalar(s, _, _): return s
        case .null: return ""
        default: return nil
        }
    }

    struct ParseError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    static func parse(_ data: Data) throws -> PositionedJSON {
        var parser = Parser(bytes: [UInt8](data))
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        if parser.i < parser.bytes.count { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var column: Int {
            // Count characters, not bytes, from the start of the line (CJK text before a value).
            String(decoding: bytes[lineStart..<min(i, bytes.count)], as: UTF8.self).count + 1
        }

        func error(_ message: String) -> ParseError { ParseError(line: line, column: column, message: message) }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0D: i += 1
                case 0x0A: i += 1; line += 1; lineStart = i
                default: return
                }
            }
        }

        mutating func value() throws -> PositionedJSON {
            guard i < bytes.count else { throw error("unexpected end of file") }
            let (l, c) = (line, column)
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(key: String, value: PositionedJSON)] = []
                skipSpace()
                if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: l, column: c) }
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
                    let key = try string()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':'") }
                    i += 1
                    skipSpace()
                    members.append((key, try value()))
                    skipSpace()
                    guard i < bytes.count else { throw error("unexpected end of file") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: l, column: c) }
                    throw error("expected ',' or '}'")
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [PositionedJSON] = []
                skipSpace()
                if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: l, column: c) }
                while true {
                    skipSpace()
                    items.append(try value())
                    skipSpace()
                    guard i < bytes.count else { throw error("unexpected end of file") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: l, column: c) }
                    throw error("expected ',' or ']'")
                }
            case UInt8(ascii: "\""):
                return .scalar(try string(), line: l, column: c)
            default:
                let start = i
                while i < bytes.count, !" \t\r\n,]}".utf8.contains(bytes[i]) { i += 1 }
                let word = String(decoding: bytes[start..<i], as: UTF8.self)
                switch word {
                case "null": return .null(line: l, column: c)
                case "true": return .scalar("1", line: l, column: c)
                case "false": return .scalar("0", line: l, column: c)
                default:
                    guard !word.isEmpty, Double(word) != nil else { i = start; throw error("unexpected '\(word.prefix(20))'") }
                    return .scalar(word, line: l, column: c)
                }
            }
        }

        mutating func string() throws -> String {
            i += 1 // opening quote
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "\""):
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard i + 1 < bytes.count else { throw error("unterminated string") }
                    let e = bytes[i + 1]
                    i += 2
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard i + 4 <= bytes.count, var scalar = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
                            throw error("bad \\u escape")
                        }
                        i += 4
                        if (0xD800...0xDBFF).contains(scalar), i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"),
                           let low = UInt32(String(decoding: bytes[i + 2..<i + 6], as: UTF8.self), radix: 16) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                        out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                    default: out.append(e)
                    }
                case 0x0A:
                    throw error("unterminated string")
                default:
                    out.append(b)
                    i += 1
                }
            }
            throw error("unterminated string")
        }
    }
}
