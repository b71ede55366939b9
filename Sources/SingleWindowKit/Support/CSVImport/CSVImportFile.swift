import Foundation
import TextWidth

/// One column an importer of a `CSVImportFile` understands: its field, the header names agents use for it in
/// English and Chinese, and whether the file must have it.
struct CSVImportColumn: Sendable {
    let field: String
    let label: String
    let aliases: [String]
    let required: Bool

    init(_ field: String, _ label: String, _ aliases: [String], required: Bool = true) {
        self.field = field; self.label = label; self.aliases = aliases; self.required = required
    }
}

/// A small CSV file read whole against a set of columns — the crew and passenger lists: headers
/// matched by name in any order (English or Chinese aliases), unknown columns (a "No." column,
/// remarks) ignored, each value found with its line and column, and field readers that record
/// each problem as `file:line:column: field: reason` and go on, so the file's problems come all
/// at once. (Declarations stream big files through `CSVStream` and `CSVImportHeader` directly.)
struct CSVImportFile {
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

    /// Reads the header and maps every data row, through the shared CSV import front
    /// (`CSVImportHeader`, `CSVFileProblem`). A file that cannot be read at all (not UTF-8, an
    /// unclosed quote, no header, missing or doubled columns, no rows) comes back with its
    /// problems and no records.
    init(data: Data, fileName: String, columns: [CSVImportColumn]) {
        self.fileName = fileName
        let stream = CSVStream(data: data)
        var rows: [Record] = [], found: [ImportProblem] = []
        do {
            guard let record = try stream.next() else {
                records = []
                problems = [CSVFileProblem.empty(fileName: fileName)]
                return
            }
            // Unknown columns (a "No." column, remarks) are ignored without a notice.
            let header = CSVImportHeader(record, fileName: fileName, field: { name in
                let key = CSVImportFile.normalise(name)
                return columns.first { c in c.aliases.contains { CSVImportFile.normalise($0) == key } }?.field
            }, required: columns.filter(\.required).map { .init(field: $0.field, label: $0.label) })
            if !header.problems.isEmpty {
                records = []
                problems = header.problems
                return
            }
            let width = record.fields.count
            while let row = try stream.next() {
                if row.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
                if row.fields.count > width, row.fields[width...].contains(where: { !$0.trimmed.isEmpty }) {
                    found.append(ImportProblem(file: fileName, line: row.line, column: width + 1, field: "",
                                               key: "vessel.import.fieldCount", arguments: [String(row.fields.count), String(width)]))
                }
                var values: [String: (text: String, column: Int, header: String)] = [:]
                for (field, column) in header.columns {
                    // `restored`: a `'` an export put before a formula-like value comes off again.
                    values[field] = (column <= row.fields.count ? CSVFormulaGuard.restored(row.fields[column - 1]) : "", column,
                                     record.fields[column - 1])
                }
                rows.append(Record(line: row.line, values: values))
            }
            if rows.isEmpty { found.append(CSVFileProblem.noRows(record, fileName: fileName)) }
        } catch {
            records = []
            problems = [CSVFileProblem.unreadable(error, fileName: fileName)]
            return
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

    /// Every row made by `make` (nil for a row with problems, recorded on the file as it goes),
    /// or, when the file or any row had a problem, `CSVImportRefused` with all of them: a list
    /// is all or nothing.
    static func read<Item>(data: Data, fileName: String, columns: [CSVImportColumn],
                           _ make: (inout CSVImportFile, Record) throws -> Item?) throws -> [Item] {
        var file = CSVImportFile(data: data, fileName: fileName, columns: columns)
        var items: [Item] = []
        for r in file.records {
            if let item = try make(&file, r) { items.append(item) }
        }
        if !file.problems.isEmpty { throw CSVImportRefused(problems: file.problems) }
        return items
    }
}

/// A file refused as a whole: every problem found, and nothing imported.
public struct CSVImportRefused: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
