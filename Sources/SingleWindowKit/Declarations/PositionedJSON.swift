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

    /// How deep objects and arrays may nest. A declaration needs four levels; the limit keeps a
    /// hostile file from overflowing the stack of this recursive reader (30,000 levels did).
    static let maxDepth = 512

    /// Works on `Data` as given (a memory-mapped file stays mapped, never copied to the heap).
    struct Parser {
        let bytes: Data
        var i: Int
        var line = 1
        var lineStart: Int {
            didSet { counted = lineStart; countedColumns = 0 }
        }
        /// How far along the line the column has been counted, and what it came to: the column of
        /// each value is counted on from the last one, not from the start of the line, so a
        /// minified file (one line, what ERPs write) reads in linear time, not quadratic.
        private var counted: Int
        private var countedColumns = 0
        /// Bytes looked at to find columns (tests check it stays proportional to the file).
        private(set) var columnBytesScanned = 0
        private var depth = 0

        init(bytes: Data) {
            self.bytes = bytes
            i = bytes.startIndex
            lineStart = bytes.startIndex
            counted = bytes.startIndex
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

        /// The column of `i` in code points (a CJK character before a value is one column, not
        /// three bytes), counted on from where the last column was asked.
        var column: Int {
            mutating get {
                let end = min(i, bytes.endIndex)
                if end < counted { counted = lineStart; countedColumns = 0 }
                var k = counted
                while k < end {
                    // Every byte but a UTF-8 continuation byte starts a code point.
                    if bytes[k] & 0xC0 != 0x80 { countedColumns += 1 }
                    k += 1
                }
                columnBytesScanned += end - counted
                counted = end
                return countedColumns + 1
            }
        }

        mutating func error(_ message: String) -> ParseError { ParseError(line: line, column: column, message: message) }

        /// Entering an object or array: refused past `maxDepth`.
        mutating func enter() throws {
            depth += 1
            if depth > PositionedJSON.maxDepth { throw error("nested deeper than \(PositionedJSON.maxDepth) levels") }
        }

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
                try enter()
                defer { depth -= 1 }
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
                try enter()
                defer { depth -= 1 }
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
                    guard Self.isNumber(word.utf8) else { i = start; throw error("unexpected '\(word.prefix(20))'") }
                    return .scalar(word, line: l, column: c)
                }
            }
        }

        /// JSON's number grammar exactly: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        /// (Swift's `Double("…")` also takes "nan", "inf", "+1", "0x1p3" and "1.", which JSON does not.)
        static func isNumber(_ text: String.UTF8View) -> Bool {
            var it = Array(text)[...]
            func digits() -> Int {
                var n = 0
                while let d = it.first, d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") { it = it.dropFirst(); n += 1 }
                return n
            }
            if it.first == UInt8(ascii: "-") { it = it.dropFirst() }
            if it.first == UInt8(ascii: "0") { it = it.dropFirst() } else if digits() == 0 { return false }
            if it.first == UInt8(ascii: ".") { it = it.dropFirst(); if digits() == 0 { return false } }
            if it.first == UInt8(ascii: "e") || it.first == UInt8(ascii: "E") {
                it = it.dropFirst()
                if it.first == UInt8(ascii: "+") || it.first == UInt8(ascii: "-") { it = it.dropFirst() }
                if digits() == 0 { return false }
            }
            return it.isEmpty
        }

        /// Four hex digits at `i` (after `\u`), or nil.
        private func hex4(at k: Int) -> UInt32? {
            guard k + 4 <= bytes.endIndex else { return nil }
            var value: UInt32 = 0
            for b in bytes[k..<k + 4] {
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value * 16 + UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value * 16 + UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value * 16 + UInt32(b - UInt8(ascii: "A") + 10)
                default: return nil
                }
            }
            return value
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
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "u"):
                        guard let unit = hex4(at: i + 2) else { throw error("bad \\u escape: four hex digits expected") }
                        var scalar = unit
                        var length = 6
                        switch unit {
                        case 0xD800...0xDBFF:
                            // A high surrogate must be followed by an escaped low one; together they are one character.
                            guard i + 12 <= bytes.endIndex, bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"),
                                  let low = hex4(at: i + 8), (0xDC00...0xDFFF).contains(low) else {
                                throw error("lone surrogate \\u\(String(unit, radix: 16, uppercase: true)): not a character")
                            }
                            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            length = 12
                        case 0xDC00...0xDFFF:
                            throw error("lone surrogate \\u\(String(unit, radix: 16, uppercase: true)): not a character")
                        default:
                            break
                        }
                        // Every value left here is a valid scalar (surrogates were handled above).
                        out += Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
                        i += length
                        continue
                    default:
                        throw error("bad escape \\\(String(UnicodeScalar(e)))")
                    }
                    i += 2
                case 0x0A:
                    throw error("unterminated string")
                case 0x00..<0x20:
                    throw error("control character U+\(String(format: "%04X", b)) in a string: write it as an escape")
                default:
                    out.append(b)
                    i += 1
                }
            }
            throw error("unterminated string")
        }
    }
}
