import Foundation
import Store

/// What an audit entry records of the row it leaves behind: the row's state and version as they
/// stand when the entry is appended, in the same transaction, after the action's last change.
/// `audit verify` holds each declaration and vessel call against its last entry's stamp, so a
/// row edited around the application (sqlite3 on the file) shows as disagreeing with its trail.
///
/// The stamp ends the entry's `before` text, as `[row submitted v3]`: `after` is the summary the
/// screens show (the declaration's history), and the stamp is for the verifier, not the reader.
/// It is part of the hashed content, so it cannot be changed without breaking the chain.
/// Entries written before stamps have none; their rows are counted as predating recorded
/// versions, not judged (see `AuditReconciliation.declarations`).
public enum AuditRowStamp {
    static let opening = "[row "

    /// The stamp text for a state and version.
    public static func text(state: String, version: Int64) -> String { "\(opening)\(state) v\(version)]" }

    /// `before` with the declaration's stamp appended, read from the row as it stands now.
    static func declaration(_ db: Database, _ id: Int64, before: String) throws -> String {
        guard let row = try db.queryOne("SELECT status, version FROM declaration WHERE id = ?", [id]) else { return before }
        return appending(text(state: row.string("status") ?? "", version: row.int64("version") ?? 0), to: before)
    }

    /// `before` with the vessel call's stamp appended, read from the row as it stands now.
    static func vesselCall(_ db: Database, _ id: String, before: String) throws -> String {
        guard let row = try db.queryOne("SELECT state, version FROM vessel_call WHERE id = ?", [id]) else { return before }
        return appending(text(state: row.string("state") ?? "", version: row.int64("version") ?? 0), to: before)
    }

    static func appending(_ stamp: String, to before: String) -> String { before.isEmpty ? stamp : before + " " + stamp }

    /// The stamp at the end of `before`, or nil for an entry that records none. Only the end
    /// counts: text before it (a template's name, a reason) cannot pass for a stamp.
    public static func parse(_ before: String) -> (state: String, version: Int64)? {
        guard before.hasSuffix("]"), let open = before.range(of: opening, options: .backwards) else { return nil }
        let words = before[open.upperBound..<before.index(before: before.endIndex)].split(separator: " ")
        guard words.count == 2, words[1].hasPrefix("v"), let version = Int64(words[1].dropFirst()) else { return nil }
        return (String(words[0]), version)
    }
}
