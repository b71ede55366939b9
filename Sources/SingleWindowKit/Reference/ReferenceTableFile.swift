import Foundation
import Store

/// One kind of reference file, stating only its columns, its delete, its insert and its row
/// checks. Every load shares the rest (`load`): read the CSV against the required columns, check
/// every row (all the problems at once), refuse the whole file on any problem so the table keeps
/// what it had, and otherwise replace the table's rows in one write transaction.
protocol ReferenceTableFile {
    static var requiredColumns: [String] { get }
    /// The statement clearing what the file replaces, and its arguments.
    static func delete(_ entry: ReferenceLoader.ManifestEntry) -> (sql: String, arguments: [any SQLBindable])
    /// Prepared once and run per row.
    static var insert: String { get }
    /// Checks the file's rows, adding to the file's problems, and returns each row's insert arguments.
    static func rows(of file: CSVTableFile, _ entry: ReferenceLoader.ManifestEntry, _ db: Database,
                     _ local: inout FileProblems) throws -> [[any SQLBindable]]
}

extension ReferenceTableFile {
    /// Checks and loads one file; returns the table's row count, or nil when the file is refused.
    static func load(into db: Database, from url: URL, entry: ReferenceLoader.ManifestEntry,
                     problems: inout [LoadProblem]) throws -> Int? {
        let before = problems.count
        guard let file = CSVTableFile.read(url, required: requiredColumns, problems: &problems) else { return nil }
        var local = FileProblems(path: file.path)
        let rows = try rows(of: file, entry, db, &local)
        problems += local.list
        // Shape problems from the read (a row of the wrong width) refuse the file as well.
        guard problems.count == before else { return nil }

        let delete = delete(entry)
        try db.write {
            try db.run(delete.sql, delete.arguments)
            let statement = try db.prepare(insert)
            for values in rows {
                statement.reset()
                try statement.bind(values)
                while try statement.step() {}
            }
            statement.reset()
            try ReferenceLoader.recordTable(db, entry, rowCount: rows.count)
        }
        return rows.count
    }
}
