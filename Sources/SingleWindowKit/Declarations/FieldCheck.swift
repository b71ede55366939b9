import Foundation

/// The checks every value gets from its catalogue entry alone: length, type, scale, code table.
enum FieldCheck {
    /// Problems with one non-empty `value` of `field` at `path`.
    static func problems(_ value: String, field: FieldDefinition, path: String,
                         reference: DeclarationReference) throws -> [Problem] {
        var problems: [Problem] = []
        try check(value, field: field, path: path, reference: reference, into: &problems)
        return problems
    }

    /// Appends the problems of one non-empty value; `path` is built only when one is found.
    static func check(_ value: String, field: FieldDefinition, path: @autoclosure () -> String,
                      reference: DeclarationReference, into problems: inout [Problem]) throws {
        let text = value.trimmedSpaces
        // UTF-8 length bounds the character count from above: count characters only when needed.
        if text.utf8.count > field.maxLength && text.count > field.maxLength {
            problems.append(Problem(path(), "problem.tooLong", [String(field.maxLength)]))
        }
        switch field.kind {
        case .text:
            break
        case let .code(table):
            if !(try reference.contains(table: table, code: text)) {
                problems.append(Problem(path(), "problem.unknownCode", [text, table]))
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

    /// YYYY-MM-DD or YYYYMMDD naming a real calendar day.
    static func isDate(_ text: String) -> Bool {
        let digits = text.replacingOccurrences(of: "-", with: "")
        let shapeOK = (text.count == 10 && text.split(separator: "-").map(\.count) == [4, 2, 2]) || text.count == 8
        guard shapeOK, digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2)), (1...12).contains(month), day >= 1 else { return false }
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
