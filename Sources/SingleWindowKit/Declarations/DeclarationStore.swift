import Foundation
import Store
import TextWidth

/// Rows in and out of the declaration tables. No rules here: actions decide, the store writes.
/// Child rows are replaced wholesale on each save through cached prepared statements.
enum DeclarationStore {
    static func load(_ db: Database, id: Int64) throws -> Declaration? {
        guard let row = try db.queryOne("SELECT * FROM declaration WHERE id = ?", [id]) else { return nil }
        var d = Declaration(
            id: row.int64("id") ?? 0, number: row.string("number"),
            direction: DeclarationDirection(rawValue: row.string("direction") ?? "") ?? .import,
            scope: DeclarationScope(rawValue: row.string("scope") ?? "") ?? .customsAndInspection,
            status: DeclarationStatus(rawValue: row.string("status") ?? "") ?? .draft,
            traderID: row.string("trader_id") ?? "", brokerID: row.string("broker_id") ?? "",
            holder: DeclarationHolder(rawValue: row.string("holder") ?? "") ?? .broker,
            header: FieldsJSON.decode(row.string("header")),
            revision: row.int("revision") ?? 1, version: row.int64("version") ?? 1,
            createdBy: row.string("created_by") ?? "",
            createdAt: row.string("created_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0),
            updatedAt: row.string("updated_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0),
            submittedAt: row.string("submitted_at").flatMap(Timestamp.date))
        d.goods = try db.query("SELECT fields FROM declaration_goods WHERE declaration_id = ? ORDER BY line_no", [id])
            .map { GoodsLine(FieldsJSON.decode($0.string("fields"))) }
        d.containers = try db.query("SELECT fields FROM declaration_container WHERE declaration_id = ? ORDER BY seq", [id])
            .map { DeclarationContainer(FieldsJSON.decode($0.string("fields"))) }
        d.documents = try db.query("SELECT fields FROM declaration_document WHERE declaration_id = ? ORDER BY seq", [id])
            .map { AttachedDocument(FieldsJSON.decode($0.string("fields"))) }
        return d
    }

    /// Inserts a new declaration; returns it with its id and version 1.
    static func insert(_ db: Database, _ d: Declaration) throws -> Declaration {
        let statement = try db.prepare("""
            INSERT INTO declaration(number, direction, scope, status, trader_id, trader_name, trader_code, broker_id,
                holder, trader_ref, bill_no, contract_no, header, revision, created_by, created_at, updated_at,
                submitted_at, version)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)
            """)
        defer { statement.reset() }
        try statement.bind(rowValues(d) + [d.createdBy, Timestamp.string(d.createdAt), Timestamp.string(d.updatedAt),
                                           d.submittedAt.map(Timestamp.string)])
        while try statement.step() {}
        var saved = d
        saved.id = db.lastInsertRowID
        saved.version = 1
        try writeChildren(db, saved, replacing: false)
        return saved
    }

    /// Updates the stored row if it is still at `d.version`; refuses a stale write.
    static func update(_ db: Database, _ d: Declaration) throws -> Declaration {
        let statement = try db.prepare("""
            UPDATE declaration SET number = ?, direction = ?, scope = ?, status = ?, trader_id = ?, trader_name = ?,
                trader_code = ?, broker_id = ?, holder = ?, trader_ref = ?, bill_no = ?, contract_no = ?, header = ?,
                revision = ?, updated_at = ?, submitted_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """)
        defer { statement.reset() }
        try statement.bind(rowValues(d) + [Timestamp.string(d.updatedAt), d.submittedAt.map(Timestamp.string), d.id, d.version])
        while try statement.step() {}
        guard db.changes == 1 else {
            let found = try db.scalar("SELECT version FROM declaration WHERE id = ?", [d.id]).int64
            throw DatabaseError.staleVersion(table: "declaration", id: String(d.id), expected: d.version, found: found)
        }
        var saved = d
        saved.version += 1
        try writeChildren(db, saved)
        return saved
    }

    private static func rowValues(_ d: Declaration) -> [any SQLBindable] {
        let reference = d.traderReference
        return [d.number, d.direction.rawValue, d.scope.rawValue, d.status.rawValue, d.traderID,
                d["traderName"].trimmed, d["traderCode"].trimmed,
                d.brokerID, d.holder.rawValue, reference.isEmpty ? nil : reference, d.billNo, d.contractNo,
                FieldsJSON.encode(d.header, level: .header), d.revision]
    }

    private static func writeChildren(_ db: Database, _ d: Declaration, replacing: Bool = true) throws {
        if replacing {
            for table in ["declaration_goods", "declaration_container", "declaration_document"] {
                try db.run("DELETE FROM \(table) WHERE declaration_id = ?", [d.id])
            }
        }
        let goods = try db.prepare("INSERT INTO declaration_goods(declaration_id, line_no, hs_code, goods_name, fields) VALUES (?,?,?,?,?)")
        defer { goods.reset() }
        for (i, line) in d.goods.enumerated() {
            goods.reset()
            try goods.bind([d.id, i + 1, line.hsCode, line.goodsName, FieldsJSON.encode(line.values, level: .goods)])
            while try goods.step() {}
        }
        let containers = try db.prepare("INSERT INTO declaration_container(declaration_id, seq, container_no, fields) VALUES (?,?,?,?)")
        defer { containers.reset() }
        for (i, container) in d.containers.enumerated() {
            containers.reset()
            try containers.bind([d.id, i + 1, container.number.uppercased(), FieldsJSON.encode(container.values)])
            while try containers.step() {}
        }
        let documents = try db.prepare("INSERT INTO declaration_document(declaration_id, seq, fields) VALUES (?,?,?)")
        defer { documents.reset() }
        for (i, document) in d.documents.enumerated() {
            documents.reset()
            try documents.bind([d.id, i + 1, FieldsJSON.encode(document.values)])
            while try documents.step() {}
        }
    }

    /// The declaration as JSON, for revisions, templates and the audit trail.
    static func snapshot(_ d: Declaration) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(d)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func fromSnapshot(_ text: String) -> Declaration? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Declaration.self, from: Data(text.utf8))
    }
}
