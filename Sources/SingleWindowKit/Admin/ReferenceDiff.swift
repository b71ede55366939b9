import Foundation
import Store

/// What a reference reload changed, per table: rows added, changed and removed, found by key
/// (not counts, which hide a row replaced by another). `code_entry` is split by its code table,
/// since `country` and `unit` are different tables to whoever reads the audit.
public struct ReferenceDiff: Equatable, Codable, Sendable {
    public struct Counts: Equatable, Codable, Sendable {
        public var added = 0, changed = 0, removed = 0
        public var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 }
    }
    /// Table → counts, only tables where something changed.
    public var tables: [String: Counts] = [:]

    public var isEmpty: Bool { tables.isEmpty }

    /// `country +2 ~1 -0; hs_code +0 ~12 -3`: the audit entry's text, sorted by table.
    public var summary: String {
        tables.sorted { $0.key < $1.key }
            .map { "\($0.key) +\($0.value.added) ~\($0.value.changed) -\($0.value.removed)" }
            .joined(separator: "; ")
    }
}

/// A snapshot of the reference tables, key → content per table, to diff a reload against.
struct ReferenceSnapshot {
    /// table → key → the row's content as one string.
    var rows: [String: [String: String]] = [:]

    /// One query per table: table label, key and content, separated by a unit separator so
    /// different columns never read as the same text.
    static let queries = [
        "SELECT code_table AS t, code AS k, name_zh || char(31) || name_en || char(31) || extra AS v FROM code_entry",
        """
        SELECT 'hs_code' AS t, code || '/' || ciq_code AS k,
               name_zh || char(31) || name_en || char(31) || unit1 || char(31) || unit2 || char(31) || legal_inspection
               || char(31) || supervision_conditions || char(31) || inspection_category AS v FROM hs_code
        """,
        "SELECT 'agency' AS t, code AS k, name_zh || char(31) || name_en || char(31) || kind AS v FROM agency",
        "SELECT 'exchange_rate' AS t, currency || '/' || valid_from AS k, cny_per_unit AS v FROM exchange_rate",
    ]

    static func take(_ db: Database) throws -> ReferenceSnapshot {
        var snapshot = ReferenceSnapshot()
        try db.read {
            for sql in queries {
                try db.forEach(sql) { row in
                    snapshot.rows[row.string("t") ?? "", default: [:]][row.string("k") ?? ""] = row.string("v") ?? ""
                    return true
                }
            }
        }
        return snapshot
    }

    func diff(to after: ReferenceSnapshot) -> ReferenceDiff {
        var diff = ReferenceDiff()
        for table in Set(rows.keys).union(after.rows.keys) {
            let old = rows[table] ?? [:], new = after.rows[table] ?? [:]
            var counts = ReferenceDiff.Counts()
            for (key, value) in new {
                if let previous = old[key] { if previous != value { counts.changed += 1 } } else { counts.added += 1 }
            }
            counts.removed = old.keys.filter { new[$0] == nil }.count
            if !counts.isEmpty { diff.tables[table] = counts }
        }
        return diff
    }
}

/// Reloading the reference tables into a database that already has them: an administrator's
/// action (a trainer's on a training database), audited with what changed per table.
public enum ReferenceReload {
    public static let roles: Set<Role> = [.administrator, .trainer]

    /// Checks `actor`, snapshots, runs `load` (which loads the files), and audits the diff under
    /// `actor`. The files' own problems come back in the report; a refused file changes nothing.
    public static func run(_ ws: Workspace, by actor: Operator, label: String,
                           load: () throws -> LoadReport) throws -> (report: LoadReport, diff: ReferenceDiff) {
        try Authority.require(actor, "reload the reference data", roles: roles)
        let before = try ReferenceSnapshot.take(ws.db)
        let report = try load()
        let diff = before.diff(to: try ReferenceSnapshot.take(ws.db))
        try ws.db.write {
            try AuditLog.append(ws.db, at: ws.now(), by: actor, action: "reference.reload", entity: "database",
                                entityID: label, after: diff.isEmpty ? "no change" : diff.summary)
        }
        return (report, diff)
    }
}
