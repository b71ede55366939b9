import Foundation
import TextWidth

/// The checks every value gets from its catalogue entry alone: length, type, scale, code table.
enum FieldCheck {
    /// Problems with one non-empty `value` of `field` at `path`.
    static func problems(_ value: String, field: FieldDefinition, path: String,
                         reference: some CodeTableLookup) throws -> [Problem] {
        var problems: [Problem] = []
        try check(value, field: field, path: path, reference: reference, into: &problems)
        return problems
    }

    /// Appends the problems of one non-empty value; `path` is built only when one is found.
    static func check(_ value: String, field: FieldDefinition, path: @autoclosure () -> String,
                      reference: some CodeTableLookup, into problems: inout [Problem]) throws {
        try check(value, kind: field.kind, maxLength: field.maxLength, path: path(), reference: reference, into: &problems)
    }

    /// The same from the two facts of the entry that matter (the validator keeps just those).
    static func check(_ value: String, kind: FieldDefinition.Kind, maxLength: Int, path: @autoclosure () -> String,
                      reference: some CodeTableLookup, into problems: inout [Problem]) throws {
        let text = value.trimmed
        // UTF-8 length bounds the character count from above: count characters only when needed.
        if text.utf8.count > maxLength && text.count > maxLength {
            problems.append(Problem(path(), "problem.tooLong", [String(maxLength)]))
        }
        switch kind {
        case .text:
            break
        case let .code(table):
            if !(try reference.contains(table: table, code: text)) {
                // The table stays an argument for programs; the message never shows its name.
                problems.append(Problem(path(), "decl.unknownCode", [text, table]))
            }
        case let .decimal(scale):
            if let (number, places) = DecimalText.parse(text) {
                if places > scale { problems.append(Problem(path(), "decl.tooManyDecimals", [String(scale), text])) }
                if number < 0 { problems.append(Problem(path(), "decl.negative", [text])) }
            } else {
                problems.append(Problem(path(), "problem.notNumber", [text]))
            }
        case .integer:
            if let number = Int(text) {
                if number < 0 { problems.append(Problem(path(), "decl.negative", [text])) }
            } else {
                problems.append(Problem(path(), "problem.notInteger", [text]))
            }
        case .date:
            if !isDate(text) { problems.append(Problem(path(), "problem.notDate", [text])) }
        case .flag:
            if text != "0" && text != "1" { problems.append(Problem(path(), "decl.notFlag", [text])) }
        case let .choice(options):
            if !options.contains(text) {
                problems.append(Problem(path(), "decl.notOneOf", [text, options.joined(separator: "/")]))
            }
        }
    }

    /// YYYY-MM-DD or YYYYMMDD naming a real calendar day. Read as bytes: every accepted text
    /// is ASCII digits and dashes, so anything else (or any other length) is refused at once.
    static func isDate(_ text: String) -> Bool {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var utf8 = text.utf8.makeIterator()
        let dashed: Bool
        switch text.utf8.count {
        case 10: dashed = true
        case 8: dashed = false
        default: return false
        }
        var position = 0
        while let byte = utf8.next() {
            if dashed && (position == 4 || position == 7) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
            position += 1
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5], day = digits[6] * 10 + digits[7]
        guard (1...12).contains(month), day >= 1 else { return false }
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
