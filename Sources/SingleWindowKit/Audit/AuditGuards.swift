import Store

/// The append-only triggers are all that stops an UPDATE or DELETE on `audit_entry`. Anyone who
/// can write the file can drop them, and nothing else would show it until the log is edited, so
/// `audit verify` checks they are still there (and still refuse).
public enum AuditGuards {
    /// The triggers `FoundationSchema` makes, by name.
    public static let triggers = ["audit_no_update", "audit_no_delete"]

    /// The guards that are gone, or replaced by a trigger of the same name that no longer aborts.
    public static func missing(_ db: Database) throws -> [String] {
        try triggers.filter { name in
            let sql = try db.queryOne("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = 'audit_entry'",
                                      [name])?.string("sql") ?? ""
            return !sql.uppercased().contains("RAISE(ABORT")
        }
    }
}
