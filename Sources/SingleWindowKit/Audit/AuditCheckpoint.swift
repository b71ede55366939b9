import Foundation
import Store

/// The chain's head written down somewhere the database file is not (a printout, another host).
/// A chain proves only that what is there links up; someone who can write the file can cut its
/// newest entries, or rewrite and re-hash from any point on, and the chain still links. The
/// checkpoint is what such a cut or rewrite must contradict: its entry must still be there, at
/// its seq, with its hash.
public struct AuditCheckpoint: Equatable, Codable, Sendable {
    public var databaseID: String
    public var seq: Int64
    public var hash: String
    /// The head entry's own time, so a reader of the printout knows roughly how old it is.
    public var at: String
    /// The chain's first keyed entry when taken (nil: not keyed then), so the printout also
    /// records that keying had begun — a chain later found unkeyed there had its MACs stripped.
    public var keyedFrom: Int64? = nil

    public init(databaseID: String, seq: Int64, hash: String, at: String, keyedFrom: Int64? = nil) {
        self.databaseID = databaseID; self.seq = seq; self.hash = hash; self.at = at; self.keyedFrom = keyedFrom
    }

    static let header = "singlewindow audit checkpoint"

    /// The head of the chain now; an empty chain's head is seq 0 and the genesis hash (a later
    /// checkpoint against it can only show the chain grew, which is fine).
    public static func take(_ db: Database) throws -> AuditCheckpoint {
        try db.read {
            let head = try db.queryOne("SELECT seq, hash, at FROM audit_entry ORDER BY seq DESC LIMIT 1")
            return AuditCheckpoint(databaseID: try chainDatabaseID(db), seq: head?.int64("seq") ?? 0,
                                   hash: head?.string("hash") ?? AuditLog.genesis, at: head?.string("at") ?? "",
                                   keyedFrom: try AuditKey.firstKeyedSeq(db))
        }
    }

    /// Short lines a person can copy by hand: `key value`, one a line, under a header line.
    public var text: String {
        ([Self.header, "database \(databaseID)", "seq \(seq)", "hash \(hash)", "at \(at)"]
            + (keyedFrom.map { ["keyed-from \($0)"] } ?? [])).joined(separator: "\n") + "\n"
    }

    /// Reads the text form or the `--json` form; nil when it is neither (a wrong file).
    public static func parse(_ text: String) -> AuditCheckpoint? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") {
            return try? JSONDecoder().decode(AuditCheckpoint.self, from: Data(trimmed.utf8))
        }
        var fields: [String: String] = [:]
        let lines = trimmed.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.first == header else { return nil }
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let id = fields["database"], let seqText = fields["seq"], let seq = Int64(seqText), seq >= 0,
              let hash = fields["hash"], hash.count == 64 else { return nil }
        return AuditCheckpoint(databaseID: id, seq: seq, hash: hash, at: fields["at"] ?? "",
                               keyedFrom: fields["keyed-from"].flatMap(Int64.init))
    }

    /// The database id the chain itself recorded (its kind anchor's entity id), else `meta`'s.
    /// `meta` is a plain table: an id edited there to pass a cut-off chain off as a reset's new
    /// chain would disagree with the anchor, and the anchor is what a checkpoint is held against.
    static func chainDatabaseID(_ db: Database) throws -> String {
        let anchored = try db.queryOne("SELECT entity_id FROM audit_entry WHERE action = ? ORDER BY seq LIMIT 1",
                                       [KindAnchor.action])?.string("entity_id") ?? ""
        return anchored.isEmpty ? try Meta.get(db, Meta.databaseID) ?? "" : anchored
    }

    /// What the database's chain says about this checkpoint, in one read snapshot.
    public func check(_ db: Database) throws -> AuditCheckpointFinding {
        try db.read {
            let current = try Self.chainDatabaseID(db)
            // A reset (or a replaced file) starts a chain of its own: nothing of this one to find.
            guard current == databaseID else { return .anotherChain(current: current) }
            guard seq > 0 else { return .onChain }
            let atSeq = try db.queryOne("SELECT hash FROM audit_entry WHERE seq = ?", [seq])?.string("hash")
            if atSeq == hash {
                // Keyed when taken, unkeyed now: the MACs were stripped and the chain re-hashed.
                if let keyedFrom, keyedFrom <= seq,
                   try db.queryOne("SELECT mac FROM audit_entry WHERE seq = ?", [keyedFrom])?.string("mac") ?? "" == "" {
                    return .changed(seq: keyedFrom)
                }
                return .onChain
            }
            // Its hash at another seq: renumbered (a scan, as no index is on hash; only on failure).
            if let moved = try db.queryOne("SELECT seq FROM audit_entry WHERE hash = ? LIMIT 1", [hash])?.int64("seq") {
                return .moved(to: moved)
            }
            // Same seq, other hash: rewritten and re-hashed.
            if atSeq != nil { return .changed(seq: seq) }
            // Cut off: the first entry missing is the one after the last that is left (or seq 1).
            let last = try db.scalar("SELECT coalesce(max(seq), 0) FROM audit_entry WHERE seq < ?", [seq]).int64 ?? 0
            return .missing(firstMissing: last + 1)
        }
    }
}

/// One checkpoint held against the chain.
public enum AuditCheckpointFinding: Equatable, Sendable {
    /// Its entry is there, at its seq, with its hash.
    case onChain
    /// The entry at the checkpoint's seq has another hash: it, or an entry before it, was
    /// rewritten and the rest re-hashed.
    case changed(seq: Int64)
    /// Its entry is at another seq: entries were removed or inserted and renumbered.
    case moved(to: Int64)
    /// Entries from `firstMissing` up to the checkpoint's seq are gone (the log was cut).
    case missing(firstMissing: Int64)
    /// Taken of another database id: a training reset started a new chain, or the file was
    /// replaced. Not a truncation; production databases are never reset, so there it fails.
    case anotherChain(current: String)

    /// Whether this finding fails `audit verify` on a database of `kind`.
    public func fails(on kind: DatabaseKind?) -> Bool {
        switch self {
        case .onChain: return false
        case .anotherChain: return kind != .training
        case .changed, .moved, .missing: return true
        }
    }
}
