import Foundation

/// What part an agency plays: a border agency deciding on goods and ships, a department giving
/// its opinion in a parallel approval, or an agency inspecting enterprises.
public enum AgencyKind: String, Codable, CaseIterable, Sendable {
    case borderAgency = "border_agency"
    case approvalDepartment = "approval_department"
    case enforcementAgency = "enforcement_agency"
}

/// One row of the register.
public struct AgencyEntry: Equatable, Codable, Sendable {
    public var agency: Agency
    public var nameZh: String
    public var nameEn: String
    public var kind: AgencyKind
}

/// The agencies and departments as data: the `agency` table, filled from the reference file
/// `agencies.csv` like the other reference tables (checked whole; a bad file changes nothing).
public enum AgencyRegister {
    static let table = "agency"
    static let requiredColumns = ["code", "name_zh", "name_en", "kind"]

    public static func all(_ db: Database, kind: AgencyKind? = nil) throws -> [AgencyEntry] {
        let rows = try kind.map { try db.query("SELECT * FROM agency WHERE kind = ? ORDER BY rowid", [$0.rawValue]) }
            ?? db.query("SELECT * FROM agency ORDER BY rowid")
        return rows.compactMap(entry)
    }

    public static func find(_ db: Database, _ agency: Agency) throws -> AgencyEntry? {
        try db.queryOne("SELECT * FROM agency WHERE code = ?", [agency.rawValue]).flatMap(entry)
    }

    private static func entry(_ row: Row) -> AgencyEntry? {
        guard let code = row.string("code"), let kind = AgencyKind(rawValue: row.string("kind") ?? "") else { return nil }
        return AgencyEntry(agency: Agency(code), nameZh: row.string("name_zh") ?? "", nameEn: row.string("name_en") ?? "", kind: kind)
    }

}

/// The register's file replaces the table's rows (one transaction), or reports every problem and
/// keeps what the table had.
extension AgencyRegister: ReferenceTableFile {
    static let insert = "INSERT INTO agency (code, name_zh, name_en, kind) VALUES (?, ?, ?, ?)"

    /// Lanes keep their agency text: a code dropped from the register still reads back.
    static func delete(_ entry: ReferenceLoader.ManifestEntry) -> (sql: String, arguments: [any SQLBindable]) {
        ("DELETE FROM agency", [])
    }

    static func rows(of file: CSVTableFile, _ entry: ReferenceLoader.ManifestEntry, _ db: Database,
                     _ local: inout FileProblems) throws -> [[any SQLBindable]] {
        var seen: [String: Int] = [:]
        var rows: [[any SQLBindable]] = []
        for row in file.rows {
            let code = row["code"], kind = row["kind"]
            if code.isEmpty || !code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
                local.add(row, "code", "agency code \(code) is not lower-case letters, digits and _")
            } else {
                _ = local.checkUnique(code, row, "code", seen: &seen)
            }
            if row["name_zh"].isEmpty { local.add(row, "name_zh", "name_zh is empty") }
            if row["name_en"].isEmpty { local.add(row, "name_en", "name_en is empty") }
            if AgencyKind(rawValue: kind) == nil {
                local.add(row, "kind", "kind \(kind) is not border_agency, approval_department or enforcement_agency")
            }
            rows.append([code, row["name_zh"], row["name_en"], kind])
        }
        return rows
    }
}
