import Store

/// Declarations and vessel calls held against their last audit entry. Every action that changes
/// one appends its entry in the same transaction, after the change, stamped with the row's state
/// and version (`AuditRowStamp`); so a row whose state or version is not its last entry's was
/// edited around the application. The rules, row by row:
/// - the last entry has a stamp: the row's state and version must be the stamp's;
/// - the last entry has none (written before stamps): not judged, counted as predating;
/// - no entry, inside a generator batch (`AuditBatch`): the row must be in the state and version
///   the batch wrote, and the batch's rows must still digest to what its entry recorded;
/// - no entry, no batch: reported (`noAuditEntry`), unless the log holds generator entries from
///   before batches were recorded, which cannot say which rows they wrote (counted as predating).
/// A generated row changed since through the domain has entries of its own and is judged by the
/// last of them; in its batch's digest it stands as the batch wrote it (numbers never change).
extension AuditReconciliation {
    /// The last entry's `before` per row, through `audit_entity` (entity, entity_id, seq): one
    /// index probe a row, streamed in id order, so no table is held in memory.
    static func lastEntrySQL(_ columns: String, table: String, entity: String, id: String) -> String {
        """
        SELECT \(columns),
               (SELECT a.before FROM audit_entry a WHERE a.entity = '\(entity)' AND a.entity_id = \(id)
                ORDER BY a.seq DESC LIMIT 1) AS last_before
        FROM \(table) r ORDER BY r.id
        """
    }

    public static func declarations(_ db: Database, limit: Int = 20) throws -> Outcome {
        var outcome = Outcome()
        let (batches, legacy) = try AuditBatch.recorded(db, table: "declaration")
        var digests = BatchDigests(batches)
        func report(_ id: String, _ kind: Kind) {
            if outcome.mismatches.count < limit { outcome.mismatches.append(Mismatch(table: "declaration", id: id, kind: kind)) }
        }
        try db.read {
            try db.forEach(lastEntrySQL("r.id, r.number, r.status, r.version", table: "declaration", entity: "declaration",
                                        id: "CAST(r.id AS TEXT)")) { row in
                outcome.checked += 1
                let id = row[0].int64 ?? 0, number = row[1].string ?? "", state = row[2].string ?? "", version = row[3].int64 ?? 0
                for finished in digests.passing(id) where !finished.matches { report(finished.batch.rangesText, .batchDigestDiffers(entry: finished.batch.seq)) }
                let batch = digests.batch(containing: id)
                if let before = row[4].string {
                    if let kind = judge(state, version, against: AuditRowStamp.parse(before), &outcome.predating) { report(String(id), kind) }
                    // In its batch's digest as the batch wrote it: what the domain changed since is its entries' to answer for.
                    if let batch { digests.add(AuditBatch.line(id: id, number: number, state: batch.state, version: batch.version), to: id) }
                } else if let batch {
                    if let kind = judge(state, version, against: (batch.state, batch.version), &outcome.predating) { report(String(id), kind) }
                    digests.add(AuditBatch.line(id: id, number: number, state: state, version: version), to: id)
                } else if legacy {
                    outcome.predating += 1
                } else {
                    report(String(id), .noAuditEntry)
                }
                return true
            }
        }
        for finished in digests.passing(.max) where !finished.matches { report(finished.batch.rangesText, .batchDigestDiffers(entry: finished.batch.seq)) }
        return outcome
    }

    public static func vesselCalls(_ db: Database, limit: Int = 20) throws -> Outcome {
        var outcome = Outcome()
        try db.read {
            try db.forEach(lastEntrySQL("r.id, r.state, r.version", table: "vessel_call", entity: "vessel_call", id: "r.id")) { row in
                outcome.checked += 1
                let id = row[0].string ?? "", state = row[1].string ?? "", version = row[2].int64 ?? 0
                let kind: Kind?
                if let before = row[3].string {
                    kind = judge(state, version, against: AuditRowStamp.parse(before), &outcome.predating)
                } else {
                    kind = .noAuditEntry
                }
                if let kind, outcome.mismatches.count < limit {
                    outcome.mismatches.append(Mismatch(table: "vessel_call", id: id, kind: kind))
                }
                return true
            }
        }
        return outcome
    }

    /// The row against what its last entry recorded, or nil when they agree; a stamp-less entry
    /// is counted in `predating`, not judged.
    private static func judge(_ state: String, _ version: Int64, against recorded: (state: String, version: Int64)?,
                              _ predating: inout Int) -> Kind? {
        guard let recorded else { predating += 1; return nil }
        if state != recorded.state { return .stateNotLastEntry(state: state, recorded: recorded.state) }
        if version != recorded.version { return .versionNotLastEntry(version: version, recorded: recorded.version) }
        return nil
    }
}

/// The generator batches' digests, recomputed as the rows stream past in id order: a running
/// SHA-256 per batch whose ranges the stream has reached, finished once it has passed them all.
struct BatchDigests {
    struct Finished { var batch: AuditBatch; var matches: Bool }

    private let batches: [AuditBatch]
    /// Every batch's ranges, by their first id; `next` is the first the stream has not passed.
    private let spans: [(range: ClosedRange<Int64>, batch: Int)]
    private var next = 0
    /// Each batch's last id, and the batches in that order (finished so).
    private let ends: [Int64]
    private let byEnd: [Int]
    private var finished = 0
    private var streams: [Int: SHA256Stream] = [:]

    init(_ batches: [AuditBatch]) {
        self.batches = batches
        spans = batches.enumerated().flatMap { i, b in b.ranges.map { (range: $0, batch: i) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        let ends = batches.map { $0.ranges.map(\.upperBound).max() ?? 0 }
        self.ends = ends
        byEnd = batches.indices.sorted { ends[$0] < ends[$1] }
    }

    /// The batches wholly before `id`, with their verdicts (a batch none of whose rows is left
    /// still finishes, and differs).
    mutating func passing(_ id: Int64) -> [Finished] {
        var done: [Finished] = []
        while finished < byEnd.count, ends[byEnd[finished]] < id {
            let i = byEnd[finished]
            var stream = streams.removeValue(forKey: i) ?? SHA256Stream()
            done.append(Finished(batch: batches[i], matches: stream.finalHex() == batches[i].digest))
            finished += 1
        }
        return done
    }

    /// The batch whose ranges hold `id` (ids arrive in increasing order).
    mutating func batch(containing id: Int64) -> AuditBatch? {
        while next < spans.count, spans[next].range.upperBound < id { next += 1 }
        guard next < spans.count, spans[next].range.contains(id) else { return nil }
        return batches[spans[next].batch]
    }

    /// Feeds a row's line to the digest of the batch holding `id` (after `batch(containing:)`).
    mutating func add(_ line: String, to id: Int64) {
        guard next < spans.count, spans[next].range.contains(id) else { return }
        streams[spans[next].batch, default: SHA256Stream()].update(line)
    }
}
