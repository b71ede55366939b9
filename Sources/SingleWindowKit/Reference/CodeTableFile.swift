import Foundation
import Store
import TextWidth

/// One flat code table file: `code,name_zh,name_en` then any table-specific columns, which are
/// kept in `code_entry.extra` as JSON.
enum CodeTableFile: ReferenceTableFile {
    static let requiredColumns = ["code", "name_zh", "name_en"]

    static let insert = "INSERT INTO code_entry (code_table, code, name_zh, name_en, extra) VALUES (?, ?, ?, ?, ?)"

    static func delete(_ entry: ReferenceLoader.ManifestEntry) -> (sql: String, arguments: [any SQLBindable]) {
        ("DELETE FROM code_entry WHERE code_table = ?", [entry.table])
    }

    static func rows(of file: CSVTableFile, _ entry: ReferenceLoader.ManifestEntry, _ db: Database,
                     _ local: inout FileProblems) throws -> [[any SQLBindable]] {
        var seen: [String: Int] = [:]
        let extraColumns = file.header.filter { !requiredColumns.contains($0) }
        var entries: [[any SQLBindable]] = []
        for row in file.rows {
            let code = row["code"]
            if code.isEmpty {
                local.add(row, "code", "code is empty")
            } else if code != code.trimmed {
                local.add(row, "code", "code \"\(code)\" has spaces around it")
            } else if !CodeFormats.isValid(code, table: entry.table) {
                local.add(row, "code", "code \(code) is not \(CodeFormats.describe(entry.table))")
            } else {
                _ = local.checkUnique(code, row, "code", seen: &seen)
            }
            if row["name_zh"].trimmed.isEmpty { local.add(row, "name_zh", "Chinese name is empty") }
            if row["name_en"].trimmed.isEmpty { local.add(row, "name_en", "English name is empty") }
            var extra: [String: String] = [:]
            for column in extraColumns where !row[column].isEmpty { extra[column] = row[column] }
            entries.append([entry.table, code, row["name_zh"], row["name_en"], try extraJSON(extra)])
        }
        return entries
    }

    /// Sorted keys, so the same row always gives the same text (a reload changes nothing).
    static func extraJSON(_ extra: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(extra), as: UTF8.self)
    }
}
