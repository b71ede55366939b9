import Foundation
import Store

/// One of the 26 merged approval items.
public struct ApprovalItem: Equatable, Codable, Sendable {
    public var code: String
    public var stage: ApprovalStage
    public var nameZh: String
    public var nameEn: String
    /// The departments that review it (usually one).
    public var departments: [Agency]
    /// Its statutory deadline in working days.
    public var days: Int
    public var materials: [String]
    /// false: only for projects it applies to (forest land, sea area, a high-rise…).
    public var always: Bool
    /// Touches public safety or the public interest: never deemed to agree.
    public var publicInterest: Bool
    /// The next stage needs it: a rejection keeps the next stage locked.
    public var nextStageNeeds: Bool
    /// The data items (`ApprovalField` ids) its part of the stage form asks for.
    public var fields: [String] = []
}

/// One datum of the stage forms: land area, floor area, the contractor…
public struct ApprovalField: Equatable, Codable, Sendable {
    public var id: String
    public var nameZh: String
    public var nameEn: String
    /// text, decimal, integer or date.
    public var kind: String
    public var maxLength: Int
}

public struct ApprovalMaterial: Equatable, Codable, Sendable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
}

/// The item catalogue as data (`sample-data/approvals/items.csv`, `materials.csv`).
public struct ApprovalCatalogue: Equatable, Sendable {
    public var items: [ApprovalItem]
    public var materials: [ApprovalMaterial]
    public var fields: [ApprovalField] = []

    public func items(of stage: ApprovalStage) -> [ApprovalItem] { items.filter { $0.stage == stage } }
    public func item(_ code: String) -> ApprovalItem? { items.first { $0.code == code } }
    public func material(_ code: String) -> ApprovalMaterial? { materials.first { $0.code == code } }

    /// The stage's one form: the materials its chosen items need, each once, in catalogue order.
    public func materials(for items: [ApprovalItem]) -> [ApprovalMaterial] {
        let needed = Set(items.flatMap(\.materials))
        return materials.filter { needed.contains($0.code) }
    }

    /// The departments reviewing the items, each once, in the order the items name them.
    public static func departments(of items: [ApprovalItem]) -> [Agency] {
        var seen = Set<Agency>(), out: [Agency] = []
        for agency in items.flatMap(\.departments) where seen.insert(agency).inserted { out.append(agency) }
        return out
    }

    /// Reads the catalogue from the database.
    public static func load(_ db: Database) throws -> ApprovalCatalogue {
        let materials = try db.query("SELECT * FROM approval_material ORDER BY seq").map {
            ApprovalMaterial(code: $0.string("code") ?? "", nameZh: $0.string("name_zh") ?? "", nameEn: $0.string("name_en") ?? "")
        }
        let items = try db.query("SELECT * FROM approval_item ORDER BY seq").compactMap { row -> ApprovalItem? in
            guard let stage = row.int("stage").flatMap(ApprovalStage.init(rawValue:)) else { return nil }
            return ApprovalItem(code: row.string("code") ?? "", stage: stage, nameZh: row.string("name_zh") ?? "",
                                nameEn: row.string("name_en") ?? "", departments: list(row.string("departments")).map(Agency.init),
                                days: row.int("days") ?? 0, materials: list(row.string("materials")),
                                always: row.string("applies") == "always", publicInterest: row.bool("public_interest"),
                                nextStageNeeds: row.bool("next_stage_needs"), fields: list(row.string("fields")))
        }
        let fields = try db.query("SELECT * FROM approval_field ORDER BY seq").map {
            ApprovalField(id: $0.string("id") ?? "", nameZh: $0.string("name_zh") ?? "", nameEn: $0.string("name_en") ?? "",
                          kind: $0.string("kind") ?? "text", maxLength: $0.int("max_length") ?? 40)
        }
        return ApprovalCatalogue(items: items, materials: materials, fields: fields)
    }

    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Replaces the catalogue with the files in `directory` (items.csv, materials.csv), checking
    /// that every material and department an item names exists. One transaction.
    public static func importFiles(_ db: Database, from directory: URL) throws {
        let materials = try rows(directory.appendingPathComponent("materials.csv"))
        let items = try rows(directory.appendingPathComponent("items.csv"))
        let fieldsURL = directory.appendingPathComponent("fields.csv")
        let fields = FileManager.default.fileExists(atPath: fieldsURL.path) ? try rows(fieldsURL) : []
        let fieldIDs = Set(fields.map { $0["id"] ?? "" })
        let materialCodes = Set(materials.map { $0["code"] ?? "" })
        let agencies = Set(try AgencyRegister.all(db).map(\.agency.rawValue))
        var problems: [Problem] = []
        for (i, item) in items.enumerated() {
            let at = "items.csv line \(i + 2)"
            for m in list(item["materials"]) where !materialCodes.contains(m) { problems.append(Problem(at, "approval.catalogue.material", [m])) }
            for f in list(item["fields"]) where !fieldIDs.contains(f) { problems.append(Problem(at, "approval.catalogue.field", [f])) }
            for d in list(item["departments"]) where !agencies.isEmpty && !agencies.contains(d) {
                problems.append(Problem(at, "approval.catalogue.department", [d]))
            }
            if ApprovalStage(rawValue: Int(item["stage"] ?? "") ?? 0) == nil || (Int(item["days"] ?? "") ?? 0) <= 0 {
                problems.append(Problem(at, "approval.catalogue.row", [item["code"] ?? ""]))
            }
        }
        for (i, f) in fields.enumerated() where !["text", "decimal", "integer", "date"].contains(f["kind"] ?? "") || (Int(f["max_length"] ?? "") ?? 0) <= 0 {
            problems.append(Problem("fields.csv line \(i + 2)", "approval.catalogue.fieldKind", [f["id"] ?? ""]))
        }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        try db.write {
            try db.run("DELETE FROM approval_item")
            try db.run("DELETE FROM approval_material")
            try db.run("DELETE FROM approval_field")
            for (seq, f) in fields.enumerated() {
                try db.run("INSERT INTO approval_field(id, seq, name_zh, name_en, kind, max_length) VALUES (?,?,?,?,?,?)",
                           [f["id"] ?? "", seq, f["name_zh"] ?? "", f["name_en"] ?? "", f["kind"] ?? "text", Int(f["max_length"] ?? "") ?? 40])
            }
            for (seq, m) in materials.enumerated() {
                try db.run("INSERT INTO approval_material(code, seq, name_zh, name_en) VALUES (?,?,?,?)",
                           [m["code"] ?? "", seq, m["name_zh"] ?? "", m["name_en"] ?? ""])
            }
            for (seq, r) in items.enumerated() {
                try db.run("""
                    INSERT INTO approval_item(code, seq, stage, name_zh, name_en, departments, days, materials, applies,
                                              public_interest, next_stage_needs, fields) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                    """, [r["code"] ?? "", seq, Int(r["stage"] ?? "") ?? 0, r["name_zh"] ?? "", r["name_en"] ?? "",
                          r["departments"] ?? "", Int(r["days"] ?? "") ?? 0, r["materials"] ?? "",
                          r["applies"] == "if_needed" ? "if_needed" : "always", r["public_interest"] == "1" ? 1 : 0,
                          r["next_stage_needs"] == "1" ? 1 : 0, r["fields"] ?? ""])
            }
        }
    }

    /// A small comma-separated file with a header and no quoted commas (the catalogue's format).
    static func rows(_ url: URL) throws -> [[String: String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < fields.count ? fields[$0] : "") })
        }
    }
}
