import Foundation
import Store

/// Read access to the reference tables: the one look-up path for forms (F4), importers and validators.
public enum CodeTables {
    public static func entry(_ db: Database, table: String, code: String) throws -> CodeEntry? {
        try db.queryOne("SELECT * FROM code_entry WHERE code_table = ? AND code = ?", [table, code]).map(CodeEntry.init(row:))
    }

    public static func contains(_ db: Database, table: String, code: String) throws -> Bool {
        try db.queryOne("SELECT 1 FROM code_entry WHERE code_table = ? AND code = ?", [table, code]) != nil
    }

    /// Incremental search for a look-up popup: code prefix, or Chinese / English name containing
    /// the text, ignoring case and spaces ("vietnam" finds "Viet Nam"). Results are ordered by
    /// code and keyset-paged after `afterCode`.
    public static func search(_ db: Database, table: String, text: String, afterCode: String = "", limit: Int = 50) throws -> [CodeEntry] {
        let like = "%" + squeezed(text) + "%"
        return try db.query("""
            SELECT * FROM code_entry
            WHERE code_table = ? AND code > ?
              AND (? = '' OR code LIKE ? OR REPLACE(name_zh, ' ', '') LIKE ? OR REPLACE(name_en, ' ', '') LIKE ?)
            ORDER BY code LIMIT ?
            """, [table, afterCode, text, text + "%", like, like, limit]).map(CodeEntry.init(row:))
    }

    /// The typed text as names are compared: no spaces, no LIKE wildcards (LIKE ignores ASCII case).
    static func squeezed(_ text: String) -> String {
        text.filter { $0 != " " && $0 != "%" && $0 != "_" && $0 != "\u{3000}" }
    }

    /// The HS entry for a 10-digit code and optional 3-digit inspection code.
    public static func hs(_ db: Database, code: String, ciqCode: String? = nil) throws -> HSCode? {
        if let ciqCode {
            return try db.queryOne("SELECT * FROM hs_code WHERE code = ? AND ciq_code = ?", [code, ciqCode]).map(HSCode.init(row:))
        }
        return try db.queryOne("SELECT * FROM hs_code WHERE code = ? ORDER BY ciq_code LIMIT 1", [code]).map(HSCode.init(row:))
    }

    public static func searchHS(_ db: Database, text: String, afterKey: String = "", limit: Int = 50) throws -> [HSCode] {
        let like = "%" + squeezed(text) + "%"
        return try db.query("""
            SELECT * FROM hs_code
            WHERE code || ciq_code > ? AND (? = '' OR code LIKE ? OR REPLACE(name_zh, ' ', '') LIKE ? OR REPLACE(name_en, ' ', '') LIKE ?)
            ORDER BY code, ciq_code LIMIT ?
            """, [afterKey, text, text + "%", like, like, limit]).map(HSCode.init(row:))
    }
}
