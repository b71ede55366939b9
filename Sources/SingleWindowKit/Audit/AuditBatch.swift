import Foundation
import Store

/// A bulk writer's account of one transaction: it writes rows without an entry each (the
/// synthetic generator's declarations are generated data, not anyone's act), so its one entry
/// per transaction names the id ranges it wrote, the state and version it wrote them in, and a
/// SHA-256 over the rows' reconciled columns in id order. `audit verify` reads the rows back and
/// recomputes it: a row edited, added or removed inside the ranges afterwards, with no entry of
/// its own, changes the digest.
///
/// Recorded at the end of the entry's `after`, after the generator's own words:
/// `declarations 1…500 of 1000, seed 7; rows declaration 17-516 submitted v1 sha256 <64 hex>`.
public struct AuditBatch: Equatable, Sendable {
    /// The action of the generator's batch entries (older ones carry no `rows` part).
    public static let action = "synthetic.generate"
    static let marker = "; rows "

    public var table: String
    public var ranges: [ClosedRange<Int64>]
    public var state: String
    public var version: Int64
    public var digest: String
    /// The entry that records it (0 until read back from the log).
    public var seq: Int64 = 0

    public init(table: String, ranges: [ClosedRange<Int64>], state: String, version: Int64, digest: String) {
        self.table = table; self.ranges = ranges; self.state = state; self.version = version; self.digest = digest
    }

    /// "17-516,600-610": how a report names the rows.
    public var rangesText: String {
        ranges.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
            .joined(separator: ",")
    }

    /// The part of the entry's `after` the verifier reads.
    public var text: String { "\(Self.marker)\(table) \(rangesText) \(state) v\(version) sha256 \(digest)" }

    /// The batch recorded at the end of an entry's `after`, or nil when it records none.
    public init?(parsing after: String) {
        guard let mark = after.range(of: Self.marker, options: .backwards) else { return nil }
        let words = after[mark.upperBound...].split(separator: " ")
        guard words.count == 6, words[3].hasPrefix("v"), let version = Int64(words[3].dropFirst()), words[4] == "sha256",
              words[5].count == 64 else { return nil }
        var ranges: [ClosedRange<Int64>] = []
        for part in words[1].split(separator: ",") {
            let ends = part.split(separator: "-").compactMap { Int64($0) }
            guard (1...2).contains(ends.count), ends.first! <= ends.last! else { return nil }
            ranges.append(ends.first!...ends.last!)
        }
        guard !ranges.isEmpty else { return nil }
        self.init(table: String(words[0]), ranges: ranges, state: String(words[2]), version: version, digest: String(words[5]))
    }

    /// Adds an id written, extending the last range when it follows on (ids in one transaction do).
    static func adding(_ id: Int64, to ranges: inout [ClosedRange<Int64>]) {
        if let last = ranges.last, id == last.upperBound + 1 {
            ranges[ranges.count - 1] = last.lowerBound...id
        } else {
            ranges.append(id...id)
        }
    }

    /// One declaration row as the digest reads it: id, number, status, version, tab-separated.
    static func line(id: Int64, number: String, state: String, version: Int64) -> String {
        "\(id)\t\(number)\t\(state)\t\(version)\n"
    }

    /// The digest of declaration rows in `ranges` as they stand, read one at a time in id order:
    /// the generator's, inside its transaction, after writing them.
    static func declarationDigest(_ db: Database, ranges: [ClosedRange<Int64>]) throws -> String {
        var stream = SHA256Stream()
        for range in ranges {
            try db.forEach("SELECT id, number, status, version FROM declaration WHERE id BETWEEN ? AND ? ORDER BY id",
                           [range.lowerBound, range.upperBound]) { row in
                stream.update(line(id: row[0].int64 ?? 0, number: row[1].string ?? "", state: row[2].string ?? "",
                                   version: row[3].int64 ?? 0))
                return true
            }
        }
        return stream.finalHex()
    }

    /// The batches recorded for `table`, oldest entry first, and whether the log also holds
    /// generator entries from before batches were recorded (their rows cannot be judged).
    static func recorded(_ db: Database, table: String) throws -> (batches: [AuditBatch], legacy: Bool) {
        var batches: [AuditBatch] = []
        var legacy = false
        // Through the `audit_entity` index: the generator's entries are the database's.
        try db.forEach("SELECT seq, after FROM audit_entry WHERE entity = 'database' AND action = ? ORDER BY seq", [action]) { row in
            if var batch = AuditBatch(parsing: row[1].string ?? "") {
                if batch.table == table {
                    batch.seq = row[0].int64 ?? 0
                    batches.append(batch)
                }
            } else {
                legacy = true
            }
            return true
        }
        return (batches, legacy)
    }
}
