import Foundation
import Store
import TextWidth

/// The enterprise register: look-ups for forms (F4 on a trader or broker field), for the
/// inspection draw and for the operator screens. Every list is keyset-paged over an index.
public enum Enterprises {
    public static func find(_ db: Database, id: String) throws -> Enterprise? {
        try db.queryOne("SELECT * FROM enterprise WHERE id = ?", [id]).map(Enterprise.init(row:))
    }

    /// Enterprises whose credit code starts with `text`, or whose Chinese or English name contains
    /// it, ordered by name then id and continuing after `after`. An empty text lists everyone.
    public static func search(_ db: Database, text: String, after: EnterpriseCursor? = nil, limit: Int = 50) throws -> [Enterprise] {
        let escaped = likeEscaped(text.trimmed)
        let cursor = after ?? EnterpriseCursor(key: "", id: "")
        return try db.query("""
            SELECT * FROM enterprise
            WHERE (name, id) > (?, ?)
              AND (? = '' OR id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\')
            ORDER BY name, id LIMIT ?
            """, [cursor.key, cursor.id, escaped, USCC.normalized(escaped) + "%", "%" + escaped + "%",
                  "%" + escaped + "%", limit]).map(Enterprise.init(row:))
    }

    /// The `limit` enterprises just before `before` in the same order as `search` (nil: the last
    /// page), returned in ascending order: paging backwards and jumping to the end by keyset.
    public static func search(_ db: Database, text: String, before: EnterpriseCursor?, limit: Int = 50) throws -> [Enterprise] {
        let escaped = likeEscaped(text.trimmed)
        let cursor = before ?? EnterpriseCursor(key: "\u{10FFFF}", id: "")
        return try db.query("""
            SELECT * FROM enterprise
            WHERE (name, id) < (?, ?)
              AND (? = '' OR id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\')
            ORDER BY name DESC, id DESC LIMIT ?
            """, [cursor.key, cursor.id, escaped, USCC.normalized(escaped) + "%", "%" + escaped + "%",
                  "%" + escaped + "%", limit]).map(Enterprise.init(row:)).reversed()
    }

    /// Enterprises of one kind in id order, continuing after `afterID`.
    public static func list(_ db: Database, kind: Enterprise.Kind, afterID: String = "", limit: Int = 50) throws -> [Enterprise] {
        try db.query("SELECT * FROM enterprise WHERE kind = ? AND id > ? ORDER BY id LIMIT ?",
                     [kind.rawValue, afterID, limit]).map(Enterprise.init(row:))
    }

    public static func count(_ db: Database, kind: Enterprise.Kind? = nil) throws -> Int {
        if let kind {
            return try db.scalar("SELECT count(*) FROM enterprise WHERE kind = ?", [kind.rawValue]).int ?? 0
        }
        return try db.scalar("SELECT count(*) FROM enterprise").int ?? 0
    }

    /// Typed text taken literally by LIKE: % and _ are data, not wildcards.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
