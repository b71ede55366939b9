import Foundation
import Store
import TextWidth

/// One inspection for one declaration revision (一次查验): the items both agencies asked for,
/// one place, one appointment; each agency records its own result.
public struct JointInspection: Equatable, Sendable {
    /// One thing to check and which agencies asked for it (both, when their orders named it alike).
    public struct Item: Equatable, Codable, Sendable {
        public var agencies: [Agency]
        public var text: String
    }

    public var id: Int64
    public var declarationID: Int64
    public var revision: Int
    public var place: String
    public var items: [Item]
    public var slotID: Int64?
    public var bookedBy: String?
    public var bookedAt: Date?
    public var results: [Agency: String]
    public var version: Int64

    public var agencies: [Agency] { Agency.allCases.filter { a in items.contains { $0.agencies.contains(a) } } }
    public var isBooked: Bool { slotID != nil }

    /// 查验指令比碰: this agency's items folded into the task. An item both agencies name
    /// (compared without case or spacing) becomes one item for both; the rest are kept in order.
    public static func merge(_ items: [Item], adding instruction: InspectionInstruction, from agency: Agency) -> [Item] {
        var merged = items
        for text in instruction.items {
            let key = normalized(text)
            if let i = merged.firstIndex(where: { normalized($0.text) == key }) {
                if !merged[i].agencies.contains(agency) { merged[i].agencies.append(agency) }
            } else {
                merged.append(Item(agencies: [agency], text: text))
            }
        }
        return merged
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Reading and writing joint inspections. Writers run inside the deciding action's transaction.
public enum JointInspections {
    public static func find(_ db: Database, declarationID: Int64, revision: Int) throws -> JointInspection? {
        guard let row = try db.queryOne("SELECT * FROM joint_inspection WHERE declaration_id = ? AND revision = ?",
                                        [declarationID, revision]) else { return nil }
        return try decode(db, row)
    }

    /// The task of the declaration's latest revision that has one.
    public static func current(_ db: Database, declarationID: Int64) throws -> JointInspection? {
        guard let row = try db.queryOne("SELECT * FROM joint_inspection WHERE declaration_id = ? ORDER BY revision DESC LIMIT 1",
                                        [declarationID]) else { return nil }
        return try decode(db, row)
    }

    /// Adds one agency's order: creates the task for this revision, or merges into the one the
    /// other agency created, so there is never a second appointment.
    static func order(_ db: Database, declaration d: Declaration, agency: Agency, instruction: InspectionInstruction,
                      at now: Date) throws -> JointInspection {
        if var existing = try find(db, declarationID: d.id, revision: d.revision) {
            existing.items = JointInspection.merge(existing.items, adding: instruction, from: agency)
            try db.updateVersioned(table: "joint_inspection", id: existing.id, expectedVersion: existing.version,
                                   set: [("items", encode(existing.items))])
            return try find(db, declarationID: d.id, revision: d.revision) ?? existing
        }
        let place = d["goodsPlace"].trimmed.isEmpty ? d["entryExitPort"].trimmed : d["goodsPlace"].trimmed
        let items = JointInspection.merge([], adding: instruction, from: agency)
        let created = Timestamp.string(now)
        try db.run("INSERT INTO joint_inspection(declaration_id, revision, place, items, created_at, task_sort) VALUES (?,?,?,?,?,?)",
                   [d.id, d.revision, place, encode(items), created, JointTasks.sortKey(createdAt: created)])
        guard let joint = try find(db, declarationID: d.id, revision: d.revision) else {
            throw DomainError.notFound(entity: "joint_inspection", id: String(d.id))
        }
        return joint
    }

    static func recordResult(_ db: Database, _ joint: JointInspection, agency: Agency, result: String,
                             by actor: Operator, at now: Date) throws {
        try db.run("""
            INSERT INTO joint_inspection_result(joint_id, agency, result, recorded_by, recorded_at) VALUES (?,?,?,?,?)
            ON CONFLICT(joint_id, agency) DO UPDATE SET result = excluded.result, recorded_by = excluded.recorded_by,
                recorded_at = excluded.recorded_at
            """, [joint.id, agency.rawValue, result, actor.id, Timestamp.string(now)])
    }

    private static func decode(_ db: Database, _ row: Row) throws -> JointInspection {
        let id = row.int64("id") ?? 0
        var results: [Agency: String] = [:]
        for r in try db.query("SELECT agency, result FROM joint_inspection_result WHERE joint_id = ?", [id]) {
            if let agency = Agency(rawValue: r.string("agency") ?? "") { results[agency] = r.string("result") ?? "" }
        }
        let items = (try? JSONDecoder().decode([JointInspection.Item].self, from: Data((row.string("items") ?? "[]").utf8))) ?? []
        return JointInspection(id: id, declarationID: row.int64("declaration_id") ?? 0, revision: row.int("revision") ?? 1,
                               place: row.string("place") ?? "", items: items, slotID: row.int64("slot_id"),
                               bookedBy: row.string("booked_by"), bookedAt: row.string("booked_at").flatMap(Timestamp.date),
                               results: results, version: row.int64("version") ?? 1)
    }

    private static func encode(_ items: [JointInspection.Item]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(items)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
