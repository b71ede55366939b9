import Foundation
import Store
import TextWidth

/// What an import did.
public struct CreditImportResult: Equatable, Sendable, Codable {
    public var added: Int
    /// Case numbers already on file: skipped, so importing the same file again changes nothing.
    public var alreadyOnFile: Int
    /// Enterprises whose class changed.
    public var reclassified: Int
}

/// An agency's file of credit records (format in `sample-data/enforcement/README.md`), through
/// the CSV import front: every problem at once as `file:line:column: field: reason`, the rows
/// with problems written to `FILE.rejects.csv` beside it, and nothing imported unless the whole
/// file is clean. Idempotent by case number.
public enum CreditRecordImport {
    static let columns: [CSVImportColumn] = [
        CSVImportColumn("enterprise", "enterprise (统一社会信用代码)", ["enterprise", "uscc", "enterprise_id", "统一社会信用代码"]),
        CSVImportColumn("kind", "kind (类别)", ["kind", "类别"]),
        CSVImportColumn("penalty", "penalty (处罚种类)", ["penalty", "处罚种类"], required: false),
        CSVImportColumn("amount", "amount (金额)", ["amount", "amount_yuan", "金额", "罚没金额"], required: false),
        CSVImportColumn("performance", "performance (履约)", ["performance", "履约"], required: false),
        CSVImportColumn("date", "date (日期)", ["date", "occurred_on", "日期"]),
        CSVImportColumn("agency", "agency (机关)", ["agency", "机关"]),
        CSVImportColumn("basis", "legal basis (依据)", ["basis", "legal_basis", "依据"], required: false),
        CSVImportColumn("case", "case number (案件编号)", ["case", "case_number", "案件编号", "文书号"]),
        CSVImportColumn("reason", "reason (事由)", ["reason", "事由"], required: false),
    ]

    public static func rejectsPath(for path: String) -> String {
        (path.hasSuffix(".csv") ? String(path.dropLast(4)) : path) + ".rejects.csv"
    }

    /// Imports the file at `path`; throws `CSVImportRefused` with every problem (and writes the
    /// rejects file) when any row is wrong.
    @discardableResult
    public static func importFile(_ ws: Workspace, path: String, by actor: Operator) throws -> CreditImportResult {
        try Authority.require(actor, "enforcement.record.import", roles: CreditRecords.roles)
        guard let data = FileManager.default.contents(atPath: path) else { throw UnreadableFile(path: path) }
        let fileName = (path as NSString).lastPathComponent
        var file = CSVImportFile(data: data, fileName: fileName, columns: columns)
        var records: [CreditRecord] = []
        var badLines: Set<Int> = []
        var firstLine: [String: Int] = [:]
        for r in file.records {
            let before = file.problems.count
            if let record = try parse(ws.db, &file, r) {
                if let first = firstLine[record.caseNumber] {
                    file.problem(r, "case", FieldFault("enforcement.record.repeated", [record.caseNumber, String(first)]))
                } else {
                    firstLine[record.caseNumber] = r.line
                    records.append(record)
                }
            }
            if file.problems.count > before { badLines.insert(r.line) }
        }
        let rejects = rejectsPath(for: path)
        if !file.problems.isEmpty {
            try writeRejects(data: data, lines: badLines, to: rejects)
            throw CSVImportRefused(problems: file.problems)
        }
        if FileManager.default.fileExists(atPath: rejects) { try? FileManager.default.removeItem(atPath: rejects) }
        let now = ws.now()
        return try ws.db.write {
            var added = 0, skipped = 0
            var touched: Set<String> = []
            for var record in records {
                record.source = fileName
                if try CreditRecords.insert(ws.db, record, at: now, by: actor, ignoreDuplicate: true) {
                    added += 1; touched.insert(record.enterpriseID)
                } else { skipped += 1 }
            }
            var changed = 0
            for id in touched.sorted() {
                let before = try ws.db.scalar("SELECT credit_class FROM enterprise WHERE id = ?", [id]).string
                let c = try Classifications.recompute(ws.db, enterpriseID: id, cause: "added", caseNumber: fileName, at: now, by: actor)
                if before != c.creditClass.rawValue { changed += 1 }
            }
            return CreditImportResult(added: added, alreadyOnFile: skipped, reclassified: changed)
        }
    }

    static func parse(_ db: Database, _ file: inout CSVImportFile, _ r: CSVImportFile.Record) throws -> CreditRecord? {
        let problemsBefore = file.problems.count
        let enterprise = file.required(r, "enterprise")
        if let enterprise, try db.queryOne("SELECT 1 FROM enterprise WHERE id = ?", [enterprise]) == nil {
            file.problem(r, "enterprise", FieldFault("enforcement.record.enterprise", [enterprise]))
        }
        let kind = file.parse(r, "kind") { (s: String) throws(FieldFault) -> CreditRecord.Kind in
            guard let k = CreditRecord.Kind(rawValue: s) else { throw FieldFault("enforcement.record.kind", [s]) }
            return k
        }
        let penalty = file.parse(r, "penalty", optional: true) { (s: String) throws(FieldFault) -> CreditRecord.Penalty in
            guard let p = CreditRecord.Penalty(rawValue: s) else { throw FieldFault("enforcement.record.penalty", [s]) }
            return p
        }
        let amount = file.parse(r, "amount", optional: true) { (s: String) throws(FieldFault) -> Int64 in
            guard let f = Yuan.fen(s) else { throw FieldFault("enforcement.record.amount", [s]) }
            return f
        }
        let date = file.parse(r, "date") { (s: String) throws(FieldFault) -> String in
            guard CreditRecords.isDay(s) else { throw FieldFault("enforcement.record.day", [s]) }
            return s
        }
        let agency = file.required(r, "agency")
        let caseNumber = file.required(r, "case")
        guard let enterprise, let kind, let date, let agency, let caseNumber else { return nil }
        let record = CreditRecord(enterpriseID: enterprise, kind: kind, penalty: penalty, amountFen: amount ?? 0,
                                  performance: r.text("performance"), occurredOn: date, agency: agency,
                                  legalBasis: r.text("basis"), caseNumber: caseNumber, reason: r.text("reason"))
        // The record's own rules, placed on the column each names, once its cells read cleanly.
        guard file.problems.count == problemsBefore else { return nil }
        let fieldOf = ["penalty": "penalty", "amount": "amount", "performance": "performance", "date": "date"]
        for p in CreditRecords.validate(record) {
            file.problem(r, fieldOf[p.path] ?? "kind", FieldFault(p.key, p.arguments))
        }
        return record
    }

    /// The header and the rejected rows, as read.
    static func writeRejects(data: Data, lines: Set<Int>, to path: String) throws {
        let records = try CSVReader.parse(data: data)
        guard let header = records.first else { return }
        var text = CSVReader.format(header.fields) + "\n"
        for r in records.dropFirst() where lines.contains(r.line) { text += CSVReader.format(r.fields) + "\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
