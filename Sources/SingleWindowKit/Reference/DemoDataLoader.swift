import Foundation
import Store

/// Loads a training demo set (`sample-data/demo`): `enterprises.csv`, then `operators.csv`.
///
/// Rows are upserted by id, never deleted, since cases and audit entries made in class refer to
/// them; a row that is unchanged keeps its version, so loading twice changes nothing. As with the
/// reference tables, a file with any problem is refused whole.
public enum DemoDataLoader {
    public static let enterprisesFile = "enterprises.csv"
    public static let operatorsFile = "operators.csv"

    static let enterpriseColumns = ["id", "name", "name_en", "kind", "customs_code", "ciq_code", "district",
                                    "industry", "legal_rep", "address", "credit_class"]
    static let operatorColumns = ["id", "name", "name_en", "role", "agency", "enterprise_id", "os_user",
                                  "id_number", "active"]
    /// The market-regulation classes of the source (case 6); law, not data.
    static let creditClasses: Set<String> = ["good", "warning", "dishonest", "seriously_dishonest"]

    /// `asOf`: the day the demo qualifications' relative dates count from (the training clock's).
    public static func load(into db: Database, from directory: URL, asOf: Date = Date()) throws -> LoadReport {
        var report = LoadReport()
        if let count = try loadEnterprises(db, directory.appendingPathComponent(enterprisesFile), &report.problems) {
            report.rowCounts["enterprise"] = count
        }
        if let count = try loadOperators(db, directory.appendingPathComponent(operatorsFile), &report.problems) {
            report.rowCounts["operator"] = count
        }
        if let count = try QualificationSamples.load(into: db, from: directory, asOf: asOf, problems: &report.problems) {
            report.rowCounts["qualification"] = count
        }
        return report
    }

    static func loadEnterprises(_ db: Database, _ url: URL, _ problems: inout [LoadProblem]) throws -> Int? {
        let before = problems.count
        guard let file = CSVTableFile.read(url, required: enterpriseColumns, problems: &problems) else { return nil }
        var local = FileProblems(path: file.path)
        var seen: [String: Int] = [:]
        let checkIndustry = try !CodeTables.search(db, table: "industry", text: "", limit: 1).isEmpty
        for row in file.rows {
            let id = row["id"]
            if !USCC.isValid(id) { local.add(row, "id", "\(id) is not a valid unified social credit code") }
            else { _ = local.checkUnique(id, row, "id", seen: &seen) }
            if row["name"].isEmpty { local.add(row, "name", "name is empty") }
            if Enterprise.Kind(rawValue: row["kind"]) == nil {
                local.add(row, "kind", "kind \(row["kind"]) is not one of \(Enterprise.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !creditClasses.contains(row["credit_class"]) {
                local.add(row, "credit_class", "credit class \(row["credit_class"]) is not one of good, warning, dishonest, seriously_dishonest")
            }
            let industry = row["industry"]
            if checkIndustry, !industry.isEmpty, try !CodeTables.contains(db, table: "industry", code: industry) {
                local.add(row, "industry", "industry \(industry) is not a GB/T 4754 code in the industry table")
            }
            let customs = row["customs_code"]
            if !customs.isEmpty && customs.count != 10 { local.add(row, "customs_code", "customs code \(customs) is not 10 characters") }
            let ciq = row["ciq_code"]
            if !ciq.isEmpty && (ciq.count != 10 || !ciq.allSatisfy(\.isNumber)) {
                local.add(row, "ciq_code", "CIQ code \(ciq) is not 10 digits")
            }
        }
        problems += local.list
        guard problems.count == before else { return nil }

        let columns = enterpriseColumns.joined(separator: ", ")
        let updated = enterpriseColumns.dropFirst()
        let sql = """
            INSERT INTO enterprise (\(columns)) VALUES (\(enterpriseColumns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT (id) DO UPDATE SET \(updated.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")),
                version = version + 1
            WHERE (\(updated.joined(separator: ", "))) IS NOT (\(updated.map { "excluded.\($0)" }.joined(separator: ", ")))
            """
        try upsert(db, sql: sql, rows: file.rows.map { row in enterpriseColumns.map { row[$0] as any SQLBindable } })
        return try db.scalar("SELECT count(*) FROM enterprise").int
    }

    static func loadOperators(_ db: Database, _ url: URL, _ problems: inout [LoadProblem]) throws -> Int? {
        let before = problems.count
        guard let file = CSVTableFile.read(url, required: operatorColumns, problems: &problems) else { return nil }
        var local = FileProblems(path: file.path)
        var seenIDs: [String: Int] = [:], seenUsers: [String: Int] = [:]
        for row in file.rows {
            let id = row["id"]
            if id.isEmpty { local.add(row, "id", "operator id is empty") }
            else { _ = local.checkUnique(id, row, "id", seen: &seenIDs) }
            if row["name"].isEmpty { local.add(row, "name", "name is empty") }
            if Role(rawValue: row["role"]) == nil {
                local.add(row, "role", "role \(row["role"]) is not one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !row["agency"].isEmpty, !Agency.allCases.contains(Agency(row["agency"])),
               try AgencyRegister.find(db, Agency(row["agency"])) == nil { local.add(row, "agency", "agency \(row["agency"]) is unknown") }
            let enterprise = row["enterprise_id"]
            if !enterprise.isEmpty, try Enterprises.find(db, id: enterprise) == nil {
                local.add(row, "enterprise_id", "enterprise \(enterprise) is not in the enterprise register")
            }
            if !row["os_user"].isEmpty { _ = local.checkUnique(row["os_user"], row, "os_user", seen: &seenUsers) }
            if !["", "0", "1"].contains(row["active"]) { local.add(row, "active", "active must be 0 or 1, not \(row["active"])") }
        }
        problems += local.list
        guard problems.count == before else { return nil }

        let updated = operatorColumns.dropFirst()
        let sql = """
            INSERT INTO operator (\(operatorColumns.joined(separator: ", "))) VALUES (\(operatorColumns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT (id) DO UPDATE SET \(updated.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")),
                version = version + 1
            WHERE (\(updated.joined(separator: ", "))) IS NOT (\(updated.map { "excluded.\($0)" }.joined(separator: ", ")))
            """
        try upsert(db, sql: sql, rows: file.rows.map { row in
            operatorColumns.map { column -> any SQLBindable in
                let value = row[column]
                switch column {
                // Empty means "none": NULL keeps the foreign key and the os_user uniqueness honest.
                case "enterprise_id", "os_user": return value.isEmpty ? SQLValue.null : value
                case "active": return value != "0"
                default: return value
                }
            }
        })
        return try db.scalar("SELECT count(*) FROM operator").int
    }

    /// All rows of one file in one transaction through one prepared statement.
    static func upsert(_ db: Database, sql: String, rows: [[any SQLBindable]]) throws {
        try db.write {
            let statement = try db.prepare(sql)
            defer { statement.reset() }
            for values in rows {
                statement.reset()
                try statement.bind(values)
                while try statement.step() {}
            }
        }
    }
}
