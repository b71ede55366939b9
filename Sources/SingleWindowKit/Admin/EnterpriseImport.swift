import Foundation
import Store

/// `admin enterprises import FILE.csv`: the demo set's columns (`enterprises.csv`). Every row is
/// checked before anything is written; any problem and nothing is imported, and every problem
/// is reported as `file:line:column: field: reason`. Existing ids are updated (names kept in the
/// history), new ones added, each with its audit entry, all in one transaction.
public enum EnterpriseImport {
    public struct Result: Equatable, Sendable {
        public var added = 0, updated = 0, unchanged = 0
        public var problems: [LoadProblem] = []
    }

    public static func run(_ ws: Workspace, file url: URL, by actor: Operator) throws -> Result {
        try Authority.require(actor, "import enterprises", roles: OperatorAdmin.administrators)
        var result = Result()
        guard let file = CSVTableFile.read(url, required: DemoDataLoader.enterpriseColumns, problems: &result.problems) else {
            return result
        }
        var local = FileProblems(path: file.path)
        var seen: [String: Int] = [:]
        var rows: [Enterprise] = []
        for row in file.rows {
            let e = Enterprise(id: row["id"], name: row["name"], nameEn: row["name_en"],
                               kind: Enterprise.Kind(rawValue: row["kind"]) ?? .other, customsCode: row["customs_code"],
                               ciqCode: row["ciq_code"], district: row["district"], industry: row["industry"],
                               legalRep: row["legal_rep"], address: row["address"], creditClass: row["credit_class"])
            if Enterprise.Kind(rawValue: row["kind"]) == nil {
                local.add(row, "kind", "kind: \(Messages.text("admin.enterpriseKind", [row["kind"]], language: .en))")
            }
            for problem in EnterpriseAdmin.problems(e) {
                let column = Self.columns[problem.path] ?? problem.path
                local.add(row, column, "\(column): \(Messages.text(problem.key, problem.arguments, language: .en))")
            }
            if USCC.isValid(e.id) {
                if let first = seen[e.id] {
                    local.add(row, "id", "id: duplicate \(e.id) (first on line \(first))")
                    continue
                }
                seen[e.id] = row.line
            }
            rows.append(e)
        }
        result.problems += local.list
        guard result.problems.isEmpty else { return result }
        try ws.db.write {
            let now = ws.now()
            for e in rows {
                if let before = try Enterprises.find(ws.db, id: e.id) {
                    var next = e
                    next.version = before.version
                    if next == before { result.unchanged += 1; continue }
                    _ = try EnterpriseAdmin.replace(ws.db, before, with: e, at: now, by: actor)
                    result.updated += 1
                } else {
                    _ = try EnterpriseAdmin.insert(ws.db, e, at: now, by: actor)
                    result.added += 1
                }
            }
        }
        return result
    }

    /// Problem paths → the CSV's column names.
    static let columns = ["id": "id", "name": "name", "customsCode": "customs_code", "ciqCode": "ciq_code",
                          "creditClass": "credit_class"]
}
