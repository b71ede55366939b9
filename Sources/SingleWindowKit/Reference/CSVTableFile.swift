import Foundation
import TextWidth

/// A CSV data file with a header row, checked for shape before any row is used: readable as
/// UTF-8, the required columns present once, and every record exactly as wide as the header.
struct CSVTableFile {
    let path: String
    let header: [String]
    /// Data records (the header excluded) whose width matches the header.
    let rows: [CSVRow]

    /// Reads `url`; appends every shape problem to `problems`. Returns nil when the file cannot
    /// be used at all (missing, not CSV, no header, a required column missing).
    static func read(_ url: URL, required: [String], problems: inout [LoadProblem]) -> CSVTableFile? {
        let path = url.path
        func problem(_ line: Int, _ column: Int, _ reason: String) {
            problems.append(LoadProblem(file: path, line: line, column: column, reason: reason))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            problem(0, 0, "file not found or unreadable")
            return nil
        }
        let records: [CSVRecord]
        do {
            records = try CSVReader.parse(data: data)
        } catch let error as CSVError {
            switch error {
            default:
                problem(error.line, 0, error.description)
            }
            return nil
        } catch {
            problem(0, 0, "\(error)")
            return nil
        }
        guard let headerRecord = records.first else {
            problem(1, 0, "no header row")
            return nil
        }
        let header = headerRecord.fields.map { $0.trimmed }
        var usable = true
        var seen: Set<String> = []
        for (index, name) in header.enumerated() where !seen.insert(name).inserted {
            problem(headerRecord.line, index + 1, "column \(name) appears twice in the header")
            usable = false
        }
        for name in required where !header.contains(name) {
            problem(headerRecord.line, 0, "required column \(name) is missing from the header")
            usable = false
        }
        guard usable else { return nil }

        let index = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        var rows: [CSVRow] = []
        for record in records.dropFirst() {
            if record.fields.count == header.count {
                rows.append(CSVRow(record: record, columnIndex: index))
            } else {
                let column = min(record.fields.count, header.count) + 1
                problem(record.line, column, "expected \(header.count) fields, found \(record.fields.count)")
            }
        }
        return CSVTableFile(path: path, header: header, rows: rows)
    }
}

/// One well-shaped data record, read by column name.
struct CSVRow {
    let record: CSVRecord
    let columnIndex: [String: Int]

    var line: Int { record.line }

    /// The field under `name`, or "" when the file has no such (optional) column.
    subscript(_ name: String) -> String {
        columnIndex[name].map { record.fields[$0] } ?? ""
    }

    /// 1-based column number of `name` for problem locations; 0 when absent.
    func column(_ name: String) -> Int {
        columnIndex[name].map { $0 + 1 } ?? 0
    }
}

/// Collects problems for one file, so a loader can say "all of them" and then refuse the file.
struct FileProblems {
    let path: String
    private(set) var list: [LoadProblem] = []

    init(path: String) { self.path = path }

    mutating func add(_ row: CSVRow, _ column: String, _ reason: String) {
        list.append(LoadProblem(file: path, line: row.line, column: row.column(column), reason: reason))
    }

    mutating func add(line: Int, column: Int, _ reason: String) {
        list.append(LoadProblem(file: path, line: line, column: column, reason: reason))
    }

    /// Reports a second row with the same key; returns false for a duplicate.
    mutating func checkUnique(_ key: String, _ row: CSVRow, _ column: String, seen: inout [String: Int]) -> Bool {
        if let first = seen[key] {
            add(row, column, "duplicate \(column) \(key) (first on line \(first))")
            return false
        }
        seen[key] = row.line
        return true
    }
}
