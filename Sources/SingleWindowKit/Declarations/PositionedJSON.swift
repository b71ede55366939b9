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
        var parser = Parser(bytes: data)
        parser.skipBOM()
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        if parser.i < parser.bytes.endIndex { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    /// The declarations of an import file one at a time, so a file of any size is never a tree
    /// in memory at once: the elements of a bare array, or of the `declarations` array of the
    /// top-level object, or the top-level object itself when it has no such array. The text is
    /// still checked to its end: a syntax error after the last element is thrown by `next()`.
    struct Elements {
        private var parser: Parser
        private enum Mode { case array(insideObject: Bool), single([(key: String, value: PositionedJSON)], line: Int, column: Int), finished }
        private var mode: Mode
        private var first = true

        init(_ data: Data) throws {
            parser = Parser(bytes: data)
            parser.skipBOM()
            parser.skipSpace()
            guard parser.i < parser.bytes.endIndex else { throw parser.error("unexpected end of file") }
            let (l, c) = (parser.line, parser.column)
            switch parser.bytes[parser.i] {
            case UInt8(ascii: "["):
                parser.i += 1
                mode = .array(insideObject: false)
            case UInt8(ascii: "{"):
                parser.i += 1
                // Members before `declarations` are kept: without that array the object is itself
                // the one declaration.
                var members: [(key: String, value: PositionedJSON)] = []
                mode = .finished
                parser.skipSpace()
                if parser.i < parser.bytes.endIndex, parser.bytes[parser.i] == UInt8(ascii: "}") {
                    parser.i += 1
                    mode = .single(members, line: l, column: c)
                    return
                }
                while true {
                    let key = try parser.memberKey()
                    if key == "declarations", parser.i < parser.bytes.endIndex, parser.bytes[parser.i] == UInt8(ascii: "[") {
                        parser.i += 1
                        mode = .array(insideObject: true)
                        return
                    }
                    members.append((key, try parser.value()))
                    if try parser.endOfMember(closing: "}") { break }
                }
                mode = .single(members, line: l, column: c)
            default:
                _ = try parser.value()
                mode = .finished
            }
        }

        /// The next declaration's tree, or nil at the end of the file (checked through to it).
        mutating func next() throws -> PositionedJSON? {
            switch mode {
            case .finished:
                return nil
            case let .single(members, l, c):
                try finish()
                return .object(members, line: l, column: c)
            case let .array(insideObject):
                parser.skipSpace()
                if first {
                    first = false
                    if parser.i < parser.bytes.endIndex, parser.bytes[parser.i] == UInt8(ascii: "]") {
                        parser.i += 1
                        try close(insideObject)
                        return nil
                    }
                }
                let item = try parser.value()
                if try parser.endOfMember(closing: "]") { try close(insideObject) }
                return item
            }
        }

        /// After the array: the object's remaining members (read and dropped), then the end.
        private mutating func close(_ insideObject: Bool) throws {
            if insideObject {
                parser.skipSpace()
                guard parser.i < parser.bytes.endIndex else { throw parser.error("unexpected end of file") }
                if parser.bytes[parser.i] == UInt8(ascii: ",") {
                    parser.i += 1
                    while true {
                        _ = try parser.memberKey()
                        _ = try parser.value()
                        if try parser.endOfMember(closing: "}") { break }
                    }
                } else if parser.bytes[parser.i] == UInt8(ascii: "}") {
                    parser.i += 1
                } else {
                    throw parser.error("expected ',' or '}'")
                }
            }
            try finish()
        }

        private mutating func finish() throws {
            mode = .finished
            parser.skipSpace()
            if parser.i < parser.bytes.endIndex { throw parser.error("unexpected text after the JSON value") }
        }
    }

    /// Works on `Data` as given (a memory-mapped file stays mapped, never copied to the heap).
    private struct Parser {
        let bytes: Data
        var i: Int
        var line = 1
        var lineStart: Int

        init(bytes: Data) {
            self.bytes = bytes
            i = bytes.startIndex
            lineStart = bytes.startIndex
        }

        mutating func skipBOM() {
            if bytes.count >= 3, bytes[i] == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { i += 3; lineStart = i }
        }

        /// `"key" :` with the space around it; the value follows.
        mutating func memberKey() throws -> String {
            skipSpace()
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let key = try string()
            skipSpace()
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':'") }
            i += 1
            skipSpace()
            return key
        }

        /// After a member or item: true at the closing bracket (consumed), false after a comma.
        mutating func endOfMember(closing: Unicode.Scalar) throws -> Bool {
            skipSpace()
            guard i < bytes.endIndex else { throw error("unexpected end of file") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; return false }
            if bytes[i] == UInt8(ascii: closing) { i += 1; return true }
            throw error("expected ',' or '\(closing)'")
        }

        var column: Int {
            // Count characters, not bytes, from the start of the line (CJK text before a value).
            String(decoding: bytes[lineStart..<min(i, bytes.endIndex)], as: UTF8.self).count + 1
        }

        func error(_ message: String) -> ParseError { ParseError(line: line, column: column, message: message) }

        mutating func skipSpace() {
            while i < bytes.endIndex {
                switch bytes[i] {
                case 0x20, 0x09, 0x0D: i += 1
                case 0x0A: i += 1; line += 1; lineStart = i
                default: return
                }
            }
        }

        mutating func value() throws -> PositionedJSON {
            guard i < bytes.endIndex else { throw error("unexpected end of file") }
            let (l, c) = (line, column)
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(key: String, value: PositionedJSON)] = []
                skipSpace()
                if i < bytes.endIndex && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: l, column: c) }
                repeat {
                    let key = try memberKey()
                    members.append((key, try value()))
                } while try !endOfMember(closing: "}")
                return .object(members, line: l, column: c)
            case UInt8(ascii: "["):
                i += 1
                var items: [PositionedJSON] = []
                skipSpace()
                if i < bytes.endIndex && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: l, column: c) }
                repeat {
                    skipSpace()
                    items.append(try value())
                } while try !endOfMember(closing: "]")
                return .array(items, line: l, column: c)
            case UInt8(ascii: "\""):
                return .scalar(try string(), line: l, column: c)
            default:
                let start = i
                while i < bytes.endIndex, !" \t\r\n,]}".utf8.contains(bytes[i]) { i += 1 }
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
            while i < bytes.endIndex {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "\""):
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard i + 1 < bytes.endIndex else { throw error("unterminated string") }
                    let e = bytes[i + 1]
                    i += 2
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard i + 4 <= bytes.endIndex, var scalar = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
                            throw error("bad \\u escape")
                        }
                        i += 4
                        if (0xD800...0xDBFF).contains(scalar), i + 6 <= bytes.endIndex, bytes[i] == UInt8(ascii: "\\"),
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
