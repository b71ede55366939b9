import Foundation
import Store

/// The shape every reference file load shares, so each loader states only its columns, its row
/// checks and its insert: read the CSV against the required columns, check every row (all the
/// problems at once), refuse the whole file on any problem so the table keeps what it had, and
/// otherwise replace the table's rows in one write transaction.
enum ReferenceTableLoad {
    /// `rows` checks the file's rows, adding to the file's problems, and returns each row's
    /// insert arguments. `delete` clears what the file replaces; `insert` is prepared once and
    /// run per row. Returns the row count, or nil when the file is refused.
    static func replace(into db: Database, from url: URL, entry: ReferenceLoader.ManifestEntry,
                        required: [String], problems: inout [LoadProblem],
                        delete: String, _ deleteArguments: [any SQLBindable] = [], insert: String,
                        rows check: (CSVTableFile, inout FileProblems) throws -> [[any SQLBindable]]) throws -> Int? {
        let before = problems.count
        guard let file = CSVTableFile.read(url, required: required, problems: &problems) else { return nil }
        var local = FileProblems(path: file.path)
        let rows = try check(file, &local)
        problems += local.list
        // Shape problems from the read (a row of the wrong width) refuse the file as well.
        guard problems.count == before else { return nil }

        try db.write {
            try db.run(delete, deleteArguments)
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
