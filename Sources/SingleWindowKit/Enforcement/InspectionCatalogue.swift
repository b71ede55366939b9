import Foundation
import Store
import TextWidth

/// One sub-item of the inspection catalogue (agency → item → sub-item).
public struct InspectionItem: Equatable, Sendable, Codable {
    public var agency: String
    public var itemCode: String
    public var itemZh: String
    public var itemEn: String
    public var subCode: String
    public var subZh: String
    public var subEn: String
    public var basis: String

    init(row: Row) {
        agency = row.string("agency") ?? ""; itemCode = row.string("item_code") ?? ""
        itemZh = row.string("item_zh") ?? ""; itemEn = row.string("item_en") ?? ""
        subCode = row.string("sub_code") ?? ""; subZh = row.string("sub_zh") ?? ""
        subEn = row.string("sub_en") ?? ""; basis = row.string("basis") ?? ""
    }
}

/// The inspection catalogue as data (`sample-data/enforcement/catalogue.csv`, format in that
/// folder's README): each row a sub-item, with the industry codes its item applies to at any
/// GB/T 4754 level. An enterprise's items are those mapped to its code or any code above it.
public enum InspectionCatalogue {
    public static let file = "enforcement/catalogue.csv"
    static let columns = ["agency", "item", "item_zh", "item_en", "sub_item", "sub_zh", "sub_en", "basis", "industries"]

    /// Replaces the catalogue with the file's rows in one transaction; every problem of the file
    /// at once (`file:line:column: field: reason`), nothing loaded when there is one.
    @discardableResult
    public static func load(_ ws: Workspace, data: Data, fileName: String, by actor: Operator) throws -> Int {
        try Authority.require(actor, "enforcement.catalogue.load", roles: [.trainer, .marketRegulator])
        let records = try CSVReader.parse(data: data)
        guard let header = records.first?.fields.map({ $0.trimmed }) else {
            throw CSVImportRefused(problems: [CSVFileProblem.empty(fileName: fileName)])
        }
        var problems: [ImportProblem] = []
        var at: [String: Int] = [:]
        for c in columns {
            if let i = header.firstIndex(of: c) { at[c] = i } else {
                problems.append(ImportProblem(file: fileName, line: 1, column: 0, field: "header", key: "import.missingColumns", arguments: [c]))
            }
        }
        if !problems.isEmpty { throw CSVImportRefused(problems: problems) }
        let agencies = Set(try AgencyRegister.all(ws.db, kind: .enforcementAgency).map(\.agency.rawValue))
        var rows: [(fields: [String], line: Int)] = []
        for r in records.dropFirst() where !r.fields.allSatisfy({ $0.trimmed.isEmpty }) {
            func value(_ c: String) -> String { let i = at[c]!; return i < r.fields.count ? r.fields[i].trimmed : "" }
            if r.fields.count > header.count {
                problems.append(ImportProblem(file: fileName, line: r.line, column: header.count + 1, field: "",
                                              key: "enforcement.catalogue.fieldCount", arguments: [String(r.fields.count), String(header.count)]))
            }
            for c in ["agency", "item", "item_zh", "sub_item", "sub_zh", "industries"] where value(c).isEmpty {
                problems.append(ImportProblem(file: fileName, line: r.line, column: at[c]! + 1, field: c, key: "problem.required"))
            }
            if !value("agency").isEmpty, !agencies.contains(value("agency")) {
                problems.append(ImportProblem(file: fileName, line: r.line, column: at["agency"]! + 1, field: "agency",
                                              key: "problem.unknownCode", arguments: [value("agency"), "agency"]))
            }
            rows.append((columns.map(value), r.line))
        }
        if !problems.isEmpty { throw CSVImportRefused(problems: problems) }
        let now = ws.now()
        return try ws.db.write {
            try ws.db.run("DELETE FROM inspection_mapping")
            try ws.db.run("DELETE FROM inspection_item")
            for (f, _) in rows {
                try ws.db.run("INSERT OR REPLACE INTO inspection_item VALUES (?,?,?,?,?,?,?,?)",
                              [f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]])
                for code in f[8].split(whereSeparator: { $0 == " " || $0 == ";" }) {
                    try ws.db.run("INSERT OR IGNORE INTO inspection_mapping VALUES (?,?,?)", [String(code), f[0], f[1]])
                }
            }
            try AuditLog.append(ws.db, at: now, by: actor, action: "enforcement.catalogue.load", entity: "inspection_item",
                                entityID: fileName, after: "\(rows.count) sub-items")
            return rows.count
        }
    }

    /// The codes an enterprise's industry code stands under, itself first: class 5212 → 5212,
    /// 521, 52, F, and `*` (every enterprise).
    public static func lineage(_ db: Database, industry: String) throws -> [String] {
        var codes: [String] = []
        let digits = industry.filter(\.isNumber)
        if digits.count >= 2 {
            var n = digits.count
            while n >= 2 { codes.append(String(digits.prefix(n))); n -= 1 }
            let section = try db.scalar("SELECT json_extract(extra, '$.section') FROM code_entry WHERE code_table = 'industry' AND code = ?",
                                        [String(digits.prefix(2))]).string
            if let section, !section.isEmpty { codes.append(section) }
        } else if !industry.isEmpty {
            codes.append(industry)
        }
        codes.append("*")
        return codes
    }

    /// The sub-items an enterprise with this industry code is checked on, by agency, item, sub-item.
    public static func items(_ db: Database, industry: String) throws -> [InspectionItem] {
        let codes = try lineage(db, industry: industry)
        let marks = codes.map { _ in "?" }.joined(separator: ",")
        return try db.query("""
            SELECT i.* FROM inspection_item i
            WHERE EXISTS (SELECT 1 FROM inspection_mapping m WHERE m.agency = i.agency AND m.item_code = i.item_code
                          AND m.industry IN (\(marks)))
            ORDER BY i.agency, i.item_code, i.sub_code
            """, codes).map(InspectionItem.init(row:))
    }

    /// One page of the whole catalogue, keyset by (agency, item, sub-item).
    public static func page(_ db: Database, after: (String, String, String) = ("", "", ""), limit: Int = 50) throws -> [InspectionItem] {
        try db.query("""
            SELECT * FROM inspection_item WHERE (agency, item_code, sub_code) > (?,?,?) ORDER BY agency, item_code, sub_code LIMIT ?
            """, [after.0, after.1, after.2, limit]).map(InspectionItem.init(row:))
    }

    public static func item(_ db: Database, agency: String, item: String, sub: String) throws -> InspectionItem? {
        try db.queryOne("SELECT * FROM inspection_item WHERE agency = ? AND item_code = ? AND sub_code = ?",
                        [agency, item, sub]).map(InspectionItem.init(row:))
    }

    /// Counts: agencies, items, sub-items.
    public static func size(_ db: Database) throws -> (agencies: Int, items: Int, subItems: Int) {
        let r = try db.queryOne("""
            SELECT count(DISTINCT agency) a, (SELECT count(*) FROM (SELECT DISTINCT agency, item_code FROM inspection_item)) i,
                   count(*) s FROM inspection_item
            """)
        return (r?.int("a") ?? 0, r?.int("i") ?? 0, r?.int("s") ?? 0)
    }
}
