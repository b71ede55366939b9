import Foundation
import Store

/// The demo set's qualifications (`sample-data/demo/qualifications.csv`). Dates are days from
/// the day the set is loaded (the training clock's today), so a demo's filings are valid
/// whenever the class runs — except the one registration the file makes end within a month, to
/// show the warning. Checked whole like every demo file; loaded as the system, audited.
enum QualificationSamples {
    static let file = "qualifications.csv"
    static let columns = ["enterprise_id", "kind", "number", "issuer", "valid_from_days", "valid_until_days"]

    static func load(into db: Database, from directory: URL, asOf date: Date, problems: inout [LoadProblem]) throws -> Int? {
        let url = directory.appendingPathComponent(file)
        // Older demo sets have no qualifications file: nothing to load, nothing wrong.
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let before = problems.count
        guard let table = CSVTableFile.read(url, required: columns, problems: &problems) else { return nil }
        var local = FileProblems(path: table.path)
        let today = ChinaDate.string(date)
        var list: [Qualification] = []
        for row in table.rows {
            guard let kind = Qualification.Kind(rawValue: row["kind"]) else {
                local.add(row, "kind", "kind: \(row["kind"]) is not one of \(Qualification.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            func day(_ column: String) -> String? {
                guard let offset = Int(row[column]), let day = ChinaDate.adding(offset, to: today) else {
                    local.add(row, column, "\(column): \(row[column]) is not a whole number of days")
                    return nil
                }
                return day
            }
            guard let from = day("valid_from_days"), let until = day("valid_until_days") else { continue }
            let q = Qualification(enterpriseID: row["enterprise_id"], kind: kind, number: row["number"], issuer: row["issuer"],
                                  validFrom: from, validUntil: until)
            for problem in try Qualifications.problems(db, q) {
                local.add(row, "enterprise_id", "\(problem.path): \(Messages.text(problem.key, problem.arguments, language: .en))")
            }
            list.append(q)
        }
        problems += local.list
        guard problems.count == before else { return nil }
        try db.write {
            for q in list { _ = try Qualifications.store(db, q, at: date, by: .system) }
        }
        return try db.scalar("SELECT count(*) FROM qualification").int
    }
}
