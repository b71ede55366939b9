import Foundation
import Store

/// The HS commodity-code file: 10-digit tariff code, 3-digit CIQ code, legal units (codes of the
/// `unit` table), the legal-inspection flag and the supervision and inspection conditions.
enum HSCodeFile: ReferenceTableFile {
    static let requiredColumns = ["code", "ciq_code", "name_zh", "name_en", "unit1", "unit2", "legal_inspection"]

    static let insert = """
        INSERT INTO hs_code (code, ciq_code, name_zh, name_en, unit1, unit2, legal_inspection,
                             supervision_conditions, inspection_category)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func delete(_ entry: ReferenceLoader.ManifestEntry) -> (sql: String, arguments: [any SQLBindable]) {
        ("DELETE FROM hs_code", [])
    }

    static func rows(of file: CSVTableFile, _ entry: ReferenceLoader.ManifestEntry, _ db: Database,
                     _ local: inout FileProblems) throws -> [[any SQLBindable]] {
        var seen: [String: Int] = [:]
        // Units are checked against the unit table when one is loaded; a lone HS file loaded into
        // an empty database has nothing to check against.
        let checkUnits = try CodeTables.search(db, table: "unit", text: "", limit: 1).isEmpty == false
        var items: [[any SQLBindable]] = []
        for row in file.rows {
            let code = row["code"], ciq = row["ciq_code"]
            var keyOK = true
            if code.count != 10 || !code.allSatisfy({ $0.isASCII && $0.isNumber }) {
                local.add(row, "code", "HS code \(code) is not 10 digits"); keyOK = false
            }
            if !(ciq.isEmpty || (ciq.count == 3 && ciq.allSatisfy { $0.isASCII && $0.isNumber })) {
                local.add(row, "ciq_code", "CIQ code \(ciq) is not 3 digits"); keyOK = false
            }
            if keyOK { _ = local.checkUnique(code + "/" + ciq, row, "code", seen: &seen) }
            if row["name_zh"].isEmpty { local.add(row, "name_zh", "Chinese name is empty") }
            for column in ["unit1", "unit2"] {
                let unit = row[column]
                if unit.isEmpty {
                    if column == "unit1" { local.add(row, column, "first legal unit is empty") }
                } else if checkUnits, try !CodeTables.contains(db, table: "unit", code: unit) {
                    local.add(row, column, "unit \(unit) is not in the unit table")
                }
            }
            let flag = row["legal_inspection"]
            if flag != "0" && flag != "1" { local.add(row, "legal_inspection", "legal_inspection must be 0 or 1, not \(flag)") }
            items.append([code, ciq, row["name_zh"], row["name_en"], row["unit1"], row["unit2"], flag == "1",
                          row["supervision_conditions"], row["inspection_category"]])
        }
        return items
    }
}
