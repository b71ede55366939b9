import Foundation
import Store

/// One column an importer understands: its field, the header names agents use for it in
/// English and Chinese, and whether the file must have it.
struct ListColumn: Sendable {
    let field: String
    let label: String
    let aliases: [String]
    let required: Bool

    init(_ field: String, _ label: String, _ aliases: [String], required: Bool = true) {
        self.field = field; self.label = label; self.aliases = aliases; self.required = required
    }
}

/// A CSV file read against a set of columns: headers matched by name in any order, unknown
/// columns (a "No." column, remarks) ignored, each value found with its line and column.
struct ListFile {
    struct Record {
        let line: Int
        let values: [String: (text: String, column: Int, header: String)]

        func text(_ field: String) -> String { values[field]?.text.trimmed ?? "" }
        func column(_ field: String) -> Int? { values[field]?.column }
        func header(_ field: String) -> String { values[field]?.header ?? field }
        func has(_ field: String) -> Bool { values[field] != nil }
    }

    let fileName: String
    let records: [Record]
    var problems: [ImportProblem] = []

    /// Header names compared without case, spaces, punctuation or the required-field star.
    static func normalise(_ header: String) -> String {
        header.lowercased().filter { !$0.isWhitespace && !"_-.*'’()（）:：/#".contains($0) }
    }

    /// Reads the header and maps every data row. A file that cannot be read at all (not UTF-8,
    /// an unclosed quote, no header, a missing required column) comes back with its problems
    /// and no records.
    init(data: Data, fileName: String, columns: [ListColumn]) {
        self.fileName = fileName
        let parsed: [CSVRecord]
        do {
            parsed = try CSVReader.parse(data: data)
        } catch let CSVError.notUTF8(line, gbk) {
            records = []
            problems = [ImportProblem(file: fileName, line: line, column: nil, field: "",
                                      key: gbk ? "vessel.import.gbk" : "vessel.import.notUTF8")]
            return
        } catch let CSVError.unterminatedQuote(line) {
            records = []
            problems = [ImportProblem(file: fileName, line: line, column: nil, field: "", key: "vessel.import.unterminatedQuote")]
            return
        } catch {
            records = []
            problems = [ImportProblem(file: fileName, line: 1, column: nil, field: "", key: "vessel.import.unreadable", arguments: ["\(error)"])]
            return
        }
        guard let header = parsed.first else {
            records = []
            problems = [ImportProblem(file: fileName, line: 1, column: nil, field: "", key: "vessel.import.empty")]
            return
        }
        var index: [String: Int] = [:]
        var found: [ImportProblem] = []
        for (i, name) in header.fields.enumerated() {
            let key = ListFile.normalise(name)
            guard let column = columns.first(where: { c in c.aliases.contains { ListFile.normalise($0) == key } }) else { continue }
            if let earlier = index[column.field] {
                found.append(ImportProblem(file: fileName, line: header.line, column: i + 1, field: name,
                                           key: "vessel.import.duplicateColumn", arguments: [String(earlier + 1)]))
            } else {
                index[column.field] = i
            }
        }
        for column in columns where column.required && index[column.field] == nil {
            found.append(ImportProblem(file: fileName, line: header.line, column: nil, field: column.label,
                                       key: "vessel.import.missingColumn"))
        }
        if !found.isEmpty {
            records = []
            problems = found
            return
        }
        var rows: [Record] = []
        for record in parsed.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            if record.fields.count > header.fields.count, record.fields[header.fields.count...].contains(where: { !$0.trimmed.isEmpty }) {
                found.append(ImportProblem(file: fileName, line: record.line, column: header.fields.count + 1, field: "",
                                           key: "vessel.import.fieldCount", arguments: [String(record.fields.count), String(header.fields.count)]))
            }
            var values: [String: (text: String, column: Int, header: String)] = [:]
            for (field, i) in index {
                values[field] = (i < record.fields.count ? record.fields[i] : "", i + 1, header.fields[i])
            }
            rows.append(Record(line: record.line, values: values))
        }
        if rows.isEmpty {
            found.append(ImportProblem(file: fileName, line: header.line, column: nil, field: "", key: "vessel.import.noRows"))
        }
        records = rows
        problems = found
    }

    // MARK: - Field readers: each records its problem and returns nil

    mutating func problem(_ r: Record, _ field: String, _ fault: FieldFault) {
        problems.append(ImportProblem(file: fileName, line: r.line, column: r.column(field), field: r.header(field),
                                      key: fault.key, arguments: fault.arguments))
    }

    mutating func required(_ r: Record, _ field: String) -> String? {
        let s = r.text(field)
        if s.isEmpty { problem(r, field, FieldFault("problem.required")); return nil }
        return s
    }

    mutating func parse<T>(_ r: Record, _ field: String, optional: Bool = false, _ f: (String) throws(FieldFault) -> T) -> T? {
        let s = r.text(field)
        if s.isEmpty {
            if !optional { problem(r, field, FieldFault("problem.required")) }
            return nil
        }
        do { return try f(s) } catch { problem(r, field, error); return nil }
    }

    mutating func country(_ db: Database, _ r: Record, _ field: String) throws -> String? {
        guard let s = required(r, field) else { return nil }
        if let code = try VesselCountries.normalise(db, s) { return code }
        problem(r, field, FieldFault("problem.unknownCode", [s, "country"]))
        return nil
    }

    mutating func locode(_ db: Database, _ r: Record, _ field: String) throws -> String? {
        guard let s = required(r, field) else { return nil }
        switch try UNLocode.check(db, s) {
        case let .success(code): return code.code
        case let .failure(fault): problem(r, field, fault); return nil
        }
    }

    mutating func documentNumber(_ r: Record, _ field: String) -> String? {
        guard let s = required(r, field) else { return nil }
        let compact = s.uppercased().filter { !$0.isWhitespace }
        guard (5...20).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            problem(r, field, FieldFault("vessel.documentNumber.format", [s]))
            return nil
        }
        return compact
    }

    static func yesNo(_ text: String) throws(FieldFault) -> Bool {
        switch text.trimmed.lowercased() {
        case "y", "yes", "true", "1", "是", "t": return true
        case "n", "no", "false", "0", "否", "f", "": return false
        default: throw FieldFault("vessel.import.yesNo", [text])
        }
    }
}
