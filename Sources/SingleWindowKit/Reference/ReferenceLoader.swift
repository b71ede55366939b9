import Foundation
import Store

/// Loads the reference tables of a `sample-data/reference` directory (or any directory laid out
/// the same way) into a migrated database.
///
/// `tables.csv` is the manifest: one row per table with its file, names, source and as-of date,
/// loaded in manifest order (so units come before the HS codes that refer to them). Each file is
/// checked completely first; a file with any problem is refused whole and its table keeps what it
/// had. A good file replaces its table in one transaction, so loading twice gives the same rows
/// and a row deleted from the file disappears from the table.
public enum ReferenceLoader {
    public static let manifestFile = "tables.csv"
    static let manifestColumns = ["code_table", "file", "name_zh", "name_en", "source", "as_of"]
    static let hsTable = "hs_code"
    static let exchangeRateTable = "exchange_rate"

    public static func loadReference(into db: Database, from directory: URL) throws -> LoadReport {
        var report = LoadReport()
        guard let entries = readManifest(directory, problems: &report.problems) else { return report }
        for entry in entries {
            let url = directory.appendingPathComponent(entry.file)
            let kind: any ReferenceTableFile.Type = switch entry.table {
            case hsTable: HSCodeFile.self
            case AgencyRegister.table: AgencyRegister.self
            case exchangeRateTable: ExchangeRateFile.self
            default: CodeTableFile.self
            }
            if let count = try kind.load(into: db, from: url, entry: entry, problems: &report.problems) { report.rowCounts[entry.table] = count }
        }
        return report
    }

    /// One manifest row: which file fills which table, and where its data came from.
    struct ManifestEntry {
        var table: String
        var file: String
        var nameZh: String
        var nameEn: String
        var source: String
        var asOf: String
    }

    static func readManifest(_ directory: URL, problems: inout [LoadProblem]) -> [ManifestEntry]? {
        let url = directory.appendingPathComponent(manifestFile)
        let before = problems.count
        guard let file = CSVTableFile.read(url, required: manifestColumns, problems: &problems) else { return nil }
        var local = FileProblems(path: file.path)
        var seen: [String: Int] = [:]
        var entries: [ManifestEntry] = []
        for row in file.rows {
            let table = row["code_table"], name = row["file"]
            if table.isEmpty { local.add(row, "code_table", "table name is empty") }
            else { _ = local.checkUnique(table, row, "code_table", seen: &seen) }
            if name.isEmpty || name.contains("/") || name.contains("\\") {
                local.add(row, "file", "file must be a plain file name in this directory")
            } else if !FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) {
                local.add(row, "file", "file \(name) not found")
            }
            entries.append(ManifestEntry(table: table, file: name, nameZh: row["name_zh"], nameEn: row["name_en"],
                                         source: row["source"], asOf: row["as_of"]))
        }
        problems += local.list
        // A manifest problem means we cannot tell which data is which: load nothing.
        return problems.count == before ? entries : nil
    }

    /// Records where a table came from; part of the same transaction as the rows.
    static func recordTable(_ db: Database, _ entry: ManifestEntry, rowCount: Int) throws {
        try db.run("""
            INSERT INTO code_table (code_table, name_zh, name_en, source, as_of, row_count) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (code_table) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                source = excluded.source, as_of = excluded.as_of, row_count = excluded.row_count
            """, [entry.table, entry.nameZh, entry.nameEn, entry.source, entry.asOf, rowCount])
    }
}
