import Foundation
import Store

/// The append-only, hash-chained log. Every state-changing action appends exactly one entry in
/// the same transaction as its change, so the log and the data can never disagree.
public enum AuditLog {
    /// The hash before the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// Appends one entry. Must be called inside `db.write { }` together with the change it
    /// records; outside one it throws `transactionRequired`, since an entry committed on its own
    /// could outlive a change that failed (or miss one that succeeded).
    @discardableResult
    public static func append(_ db: Database, at date: Date, by actor: Operator, action: String,
                              entity: String, entityID: String, before: String = "", after: String = "") throws -> AuditEntry {
        guard db.isInTransaction else { throw DatabaseError.transactionRequired(operation: "AuditLog.append") }
        // `*`: a database being upgraded (or a test's old schema) has no `mac` column yet.
        let previous = try db.queryOne("SELECT * FROM audit_entry ORDER BY seq DESC LIMIT 1")
        let seq = (previous?.int64("seq") ?? 0) + 1
        var entry = AuditEntry(seq: seq, at: Timestamp.string(date), operatorID: actor.id, action: action,
                               entity: entity, entityID: entityID, before: before, after: after,
                               prevHash: previous?.string("hash") ?? genesis, hash: "")
        if let key = try signingKey(db, previousKeyed: !(previous?.string("mac") ?? "").isEmpty) {
            entry.mac = key.mac(entry.content)
        }
        entry.hash = entry.computedHash()
        let values: [any SQLBindable] = [entry.seq, entry.at, entry.operatorID, entry.action, entry.entity,
                                         entry.entityID, entry.before, entry.after, entry.prevHash, entry.hash]
        if entry.mac.isEmpty {
            // Unkeyed: the column keeps its default, so this also appends to a chain not yet migrated.
            try db.run("""
                INSERT INTO audit_entry(seq, at, operator_id, action, entity, entity_id, before, after, prev_hash, hash)
                VALUES (?,?,?,?,?,?,?,?,?,?)
                """, values)
        } else {
            try db.run("""
                INSERT INTO audit_entry(seq, at, operator_id, action, entity, entity_id, before, after, prev_hash, hash, mac)
                VALUES (?,?,?,?,?,?,?,?,?,?,?)
                """, values + [entry.mac])
        }
        return entry
    }

    /// The key to sign with: the one `AuditKey.prepare` loaded for this file; for a keyed chain
    /// opened some other way, read now. Once the chain is keyed an entry without a MAC would break
    /// it, so a process that cannot read the key is refused rather than let write one.
    private static func signingKey(_ db: Database, previousKeyed: Bool) throws -> AuditKey? {
        if let key = AuditKeyring.shared.key(for: db.path) { return key }
        guard previousKeyed else { return nil }
        guard case let .loaded(key) = AuditKey.load(databasePath: db.path) else {
            throw AuditKeyError.keyUnavailable(path: AuditKey.path(forDatabase: db.path))
        }
        AuditKeyring.shared.set(key, for: db.path)
        return key
    }

    /// The entries for one entity, oldest first (a declaration's history, a lane's timeline).
    public static func entries(_ db: Database, entity: String, entityID: String, limit: Int = 500) throws -> [AuditEntry] {
        try db.query("SELECT * FROM audit_entry WHERE entity = ? AND entity_id = ? ORDER BY seq LIMIT ?",
                     [entity, entityID, limit]).map(AuditEntry.init(row:))
    }

    /// Walks the chain in seq order (streaming, not loading the log, in one snapshot) and reports
    /// the first entry whose stored hash or link does not match its content, or that follows a
    /// gap; then that the append-only guards are there and that rows agree with their trail (`AuditReconciliation`).
    /// A chain cannot show that its newest entries were cut off, or rewritten and re-hashed; only
    /// a head kept elsewhere (`AuditCheckpoint`) can, while the database id it was kept under is
    /// the same.
    public static func verify(_ db: Database) throws -> AuditVerification {
        try verify(db, key: Database.isFile(db.path) ? AuditKey.load(databasePath: db.path) : .missing(path: ""))
    }

    /// `verify` with the key as this process could read it: loaded, the keyed chain is checked
    /// too; otherwise the plain one, and the result says the keyed check was skipped.
    public static func verify(_ db: Database, key availability: AuditKey.Availability) throws -> AuditVerification {
        try db.read {
            var key: AuditKey?
            if case let .loaded(loaded) = availability { key = loaded }
            var result = try walk(db, key: key)
            result.keyed = try AuditKeyedCheck.outcome(db, availability: availability, walked: result)
            // An intact chain whose kind anchor disagrees with `meta` is a tampered database.
            if result.firstBreak == nil, try Meta.get(db, Meta.kind) != nil {
                result.firstBreak = try KindAnchor.disagreement(db)
            }
            result.databaseID = try Meta.get(db, Meta.databaseID)
            result.missingGuards = try AuditGuards.missing(db)
            let rows = try AuditReconciliation.rows(db)
            (result.reconciled, result.mismatches, result.predating) = (rows.checked, rows.mismatches, rows.predating)
            return result
        }
    }

    private static func walk(_ db: Database, key: AuditKey?) throws -> AuditVerification {
        var expectedPrev = genesis
        var expectedSeq: Int64 = 1
        var count = 0
        var broken: AuditVerification.Break?
        var firstKeyed: Int64?
        try db.forEach("SELECT * FROM audit_entry ORDER BY seq") { row in
            // An entry that cannot even be read (a column of the wrong type) breaks the chain
            // there, like any other tampering, rather than failing the whole verification.
            let entry: AuditEntry
            do { entry = try AuditEntry(row: row) } catch {
                broken = .init(seq: row.int64("seq") ?? 0, reason: "unreadable entry: \(error)")
                return false
            }
            count += 1
            if entry.seq != expectedSeq {
                broken = .init(seq: entry.seq, reason: "entries before it are missing (expected seq \(expectedSeq))")
                return false
            }
            expectedSeq += 1
            if entry.prevHash != expectedPrev {
                broken = .init(seq: entry.seq, reason: "link to the previous entry does not match (an entry before it was altered or removed)")
                return false
            }
            if entry.computedHash() != entry.hash {
                broken = .init(seq: entry.seq, reason: "content does not match its hash (the entry was altered)")
                return false
            }
            // Keyed once, keyed for good: an entry without a MAC after a keyed one was forged by
            // someone without the key, or had its MAC stripped. Checkable without the key.
            if entry.mac.isEmpty, let firstKeyed {
                broken = .init(seq: entry.seq, reason: "no MAC, but the chain is keyed from entry \(firstKeyed) (forged without the key, or its MAC stripped)")
                return false
            }
            if !entry.mac.isEmpty, firstKeyed == nil { firstKeyed = entry.seq }
            if let key, let problem = AuditKeyedCheck.problem(entry, key: key) {
                broken = .init(seq: entry.seq, reason: problem)
                return false
            }
            expectedPrev = entry.hash
            return true
        }
        // The key says keying began at an entry the chain no longer reaches: cut back past it.
        if broken == nil, let key, expectedSeq <= key.keyedFrom {
            broken = .init(seq: key.keyedFrom, reason: AuditKeyedCheck.cutBeforeKeying)
        }
        return AuditVerification(checked: count, firstBreak: broken, firstKeyed: firstKeyed)
    }
}

public struct AuditEntry: Equatable, Codable, Sendable {
    public var seq: Int64
    public var at: String
    public var operatorID: String
    public var action: String
    public var entity: String
    public var entityID: String
    public var before: String
    public var after: String
    public var prevHash: String
    public var hash: String
    /// HMAC-SHA-256 of the content under the database's audit key, '' when written without one.
    public var mac: String = ""

    init(seq: Int64, at: String, operatorID: String, action: String, entity: String, entityID: String,
         before: String, after: String, prevHash: String, hash: String, mac: String = "") {
        self.seq = seq; self.at = at; self.operatorID = operatorID; self.action = action
        self.entity = entity; self.entityID = entityID; self.before = before; self.after = after
        self.prevHash = prevHash; self.hash = hash; self.mac = mac
    }

    /// Every column is NOT NULL: read typed (a NULL or mistyped one throws `DatabaseError.decode`).
    init(row: Row) throws {
        self.init(seq: try row.decode("seq"), at: try row.decode("at"), operatorID: try row.decode("operator_id"),
                  action: try row.decode("action"), entity: try row.decode("entity"),
                  entityID: try row.decode("entity_id"), before: try row.decode("before"),
                  after: try row.decode("after"), prevHash: try row.decode("prev_hash"), hash: try row.decode("hash"),
                  // A chain read before the migration that added it has no `mac` column.
                  mac: row.string("mac") ?? "")
    }

    /// Fields are length-prefixed before hashing so that no two different entries serialise alike.
    /// This is what the MAC covers.
    var content: [UInt8] {
        var bytes: [UInt8] = []
        for field in [String(seq), at, operatorID, action, entity, entityID, before, after, prevHash] {
            Self.appendField(field, to: &bytes)
        }
        return bytes
    }

    /// The content's hash; a keyed entry's also covers its MAC, so a MAC cannot be changed or
    /// stripped without re-hashing (and the plain chain still checks without the key). An
    /// unkeyed entry hashes as entries always have.
    func computedHash() -> String {
        var bytes = content
        if !mac.isEmpty { Self.appendField(mac, to: &bytes) }
        return SHA256.hex(bytes)
    }

    private static func appendField(_ field: String, to bytes: inout [UInt8]) {
        let utf8 = Array(field.utf8)
        bytes += Array(String(utf8.count).utf8) + [0x3A] + utf8
    }
}

public struct AuditVerification: Equatable, Sendable {
    public struct Break: Equatable, Sendable {
        public var seq: Int64
        public var reason: String
    }
    public var checked: Int
    public var firstBreak: Break?
    /// The first entry carrying a MAC, as the walk met it.
    public var firstKeyed: Int64? = nil
    /// What became of the keyed check (`AuditKeyedCheck`).
    public var keyed: AuditKeyedCheck.Outcome = .unkeyed
    /// The database the chain belongs to (`Meta.databaseID`): a reset starts a new chain under a
    /// new id, so an anchor kept from before it is another chain, not a truncation.
    public var databaseID: String? = nil
    /// Append-only triggers that were dropped (`AuditGuards`): the chain may still link, but the
    /// log is no longer protected, which is itself tampering.
    public var missingGuards: [String] = []
    /// Rows checked against their trail (`AuditReconciliation`), and the first that disagree: a
    /// table edited around the log.
    public var reconciled: Int = 0
    public var mismatches: [AuditReconciliation.Mismatch] = []
    /// Rows whose last entry predates recorded states and versions: reconciled but not judged.
    public var predating: Int = 0
    public var isIntact: Bool { firstBreak == nil && missingGuards.isEmpty && mismatches.isEmpty && !keyed.fails }
}
