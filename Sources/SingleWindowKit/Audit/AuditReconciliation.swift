import Store

/// Rows held against the trail their changes left. The chain protects the log, not the tables
/// beside it: `UPDATE lane SET state = 'released'` with the sqlite3 shell leaves the chain
/// intact. Every lane change goes through `Lanes` (or `LaneEngine.assign`), which bumps the
/// version, writes one lane event and one audit entry in one transaction; so a lane whose state
/// is not its last event's, or whose version is not its count of events (and, once audited, of
/// audit entries), was edited around them. Declarations and vessel calls are held against their
/// last entry's stamp, generated declarations against their batch's digest
/// (`AuditRowReconciliation.swift`); `rows` runs every check the database has tables for.
public enum AuditReconciliation {
    public struct Mismatch: Equatable, Sendable {
        public var table: String
        public var id: String
        public var kind: Kind
    }

    /// Typed, so each face words it in the user's language.
    public enum Kind: Equatable, Sendable {
        /// The row's state is not where its last event moved it (nil: it has no event).
        case stateNotLastEvent(state: String, lastEvent: String?)
        case versionNotEvents(version: Int64, events: Int64)
        case versionNotAudited(version: Int64, audited: Int64)
        /// A declaration's or vessel call's state or version is not what its last audit entry
        /// (or, for a generated row never audited since, its batch's entry) recorded.
        case stateNotLastEntry(state: String, recorded: String)
        case versionNotLastEntry(version: Int64, recorded: Int64)
        /// No audit entry names the row, and no batch entry covers it: inserted around the log.
        case noAuditEntry
        /// A generator batch's rows no longer digest to what its entry recorded (`id` is the
        /// batch's id ranges): a row in them edited, added or removed with no entry of its own.
        case batchDigestDiffers(entry: Int64)

        /// For JSON and logs: a stable name.
        public var name: String {
            switch self {
            case .stateNotLastEvent: return "stateNotLastEvent"
            case .versionNotEvents: return "versionNotEvents"
            case .versionNotAudited: return "versionNotAudited"
            case .stateNotLastEntry: return "stateNotLastEntry"
            case .versionNotLastEntry: return "versionNotLastEntry"
            case .noAuditEntry: return "noAuditEntry"
            case .batchDigestDiffers: return "batchDigestDiffers"
            }
        }
    }

    /// What reconciling one or more tables found.
    public struct Outcome: Equatable, Sendable {
        public var checked = 0
        public var mismatches: [Mismatch] = []
        /// Rows whose last entry was written before entries recorded the row's state and version
        /// (or that only a generator entry from before batch digests accounts for): not judged.
        public var predating = 0

        mutating func add(_ other: Outcome) {
            checked += other.checked; mismatches += other.mismatches; predating += other.predating
        }
    }

    /// Every reconciled table the database has: lanes, declarations, vessel calls. Each is
    /// streamed a row at a time; each reports its first `limit` mismatches.
    public static func rows(_ db: Database, limit: Int = 20) throws -> Outcome {
        var outcome = Outcome()
        func has(_ table: String) throws -> Bool {
            try db.queryOne("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]) != nil
        }
        if try has("lane") {
            let lanes = try lanes(db, limit: limit)
            outcome.add(Outcome(checked: lanes.checked, mismatches: lanes.mismatches))
        }
        if try has("declaration") { outcome.add(try declarations(db, limit: limit)) }
        if try has("vessel_call") { outcome.add(try vesselCalls(db, limit: limit)) }
        return outcome
    }

    /// The first `limit` mismatches, oldest row first. Streamed one lane at a time; each count is
    /// an index lookup (`lane_event_lane`, `audit_entity`), so no table is held in memory.
    public static func lanes(_ db: Database, limit: Int = 20) throws -> (checked: Int, mismatches: [Mismatch]) {
        var checked = 0
        var found: [Mismatch] = []
        try db.read {
            try db.forEach("""
                SELECT l.id, l.state, l.version,
                       (SELECT e.to_state FROM lane_event e WHERE e.lane_id = l.id ORDER BY e.id DESC LIMIT 1) AS last_state,
                       (SELECT count(*) FROM lane_event e WHERE e.lane_id = l.id) AS events,
                       (SELECT count(*) FROM audit_entry a WHERE a.entity = 'lane' AND a.entity_id = CAST(l.id AS TEXT)) AS audited,
                       (SELECT count(*) FROM lane_event e WHERE e.lane_id = l.id AND e.at >= (
                            SELECT a.at FROM audit_entry a WHERE a.entity = 'lane' AND a.entity_id = CAST(l.id AS TEXT)
                            ORDER BY a.seq LIMIT 1)) AS since_audited
                FROM lane l ORDER BY l.id
                """) { row in
                checked += 1
                let id = String(row.int64("id") ?? 0)
                let state = row.string("state") ?? "", version = row.int64("version") ?? 0
                let lastState = row.string("last_state"), events = row.int64("events") ?? 0, audited = row.int64("audited") ?? 0
                var kind: Kind?
                if lastState != state {
                    kind = .stateNotLastEvent(state: state, lastEvent: lastState)
                } else if version != events {
                    kind = .versionNotEvents(version: version, events: events)
                } else if audited > 0 && audited != (row.int64("since_audited") ?? 0) {
                    // Lanes the synthetic generator bulk-wrote have no entry for their first moves
                    // (its batch entry digests the declarations; a lane answers with its events):
                    // each event from the lane's first audited one on must have its entry — an
                    // officer claiming a generated lane audits the claim, not the history before it.
                    kind = .versionNotAudited(version: version, audited: audited)
                }
                if let kind { found.append(Mismatch(table: "lane", id: id, kind: kind)) }
                return found.count < limit
            }
        }
        return (checked, found)
    }
}
