import Store
import TextWidth
/// Countries as the vessel pane stores them: ISO 3166 alpha-3, the code the country table is
/// keyed by and the one printed in passports' machine-readable zone, so a crew member's
/// nationality is typed as it reads on the document. Agents' files also use alpha-2 and the
/// Chinese or English name; those are normalised to alpha-3 through the country table
/// (whose `extra.alpha2` holds the two-letter code).
public enum VesselCountries {
    /// The alpha-3 code for `text` (alpha-3, alpha-2, or the exact Chinese/English name), or nil.
    public static func normalise(_ db: Database, _ text: String) throws -> String? {
        let s = text.trimmed
        guard !s.isEmpty else { return nil }
        let upper = s.uppercased()
        if upper.count == 3, try CodeTables.contains(db, table: "country", code: upper) { return upper }
        if upper.count == 2, let row = try db.queryOne(
            "SELECT code FROM code_entry WHERE code_table = 'country' AND json_extract(extra, '$.alpha2') = ? LIMIT 1", [upper]) {
            return row.string("code")
        }
        if let row = try db.queryOne("""
            SELECT code FROM code_entry WHERE code_table = 'country' AND (name_zh = ? OR name_en = ? COLLATE NOCASE) LIMIT 1
            """, [s, s]) {
            return row.string("code")
        }
        return nil
    }

    static func alpha2Exists(_ db: Database, _ alpha2: String) throws -> Bool {
        try db.queryOne("SELECT 1 FROM code_entry WHERE code_table = 'country' AND json_extract(extra, '$.alpha2') = ? LIMIT 1",
                        [alpha2]) != nil
    }
}
