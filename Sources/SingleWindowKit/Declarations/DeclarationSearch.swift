import Foundation
import Store
import TextWidth

/// The list's search as it is typed ("MEDU", "SH-2026-00", "海鲜"): which declarations of one
/// owner match, as a union of index searches, so a search never walks the declarations table —
/// each branch reads one index of declarations area step 2 (`DeclarationSearchSchema`) from the
/// owner and the typed prefix. A trader's name is matched in the enterprise register first (any
/// part of it, Chinese or English, spaces and case ignored) and then by trader id.
enum DeclarationSearch {
    /// At most this many enterprises a name search widens to: a name that matches more is not a search.
    static let registerLimit = 200

    /// `SELECT id …` for `d.id IN (…)`, and its arguments.
    static func matchingIDs(_ search: String, ownerColumn: String, owner: String,
                            db: Database?) throws -> (String, [any SQLBindable]) {
        var branches: [String] = []
        var args: [any SQLBindable] = []
        // Codes are stored in capitals; what is typed may not be. Both, always: the SQL text
        // stays the same whatever is typed (one cached statement; UNION drops the duplicates).
        let prefixes = [search, search.uppercased()]
        for column in ["number", "bill_no", "contract_no", "trader_ref"] {
            for prefix in prefixes {
                branches.append("SELECT id FROM declaration WHERE \(ownerColumn) = ? AND \(column) >= ? AND \(column) < ?")
                args += [owner, prefix, prefix + "\u{10FFFF}"]
            }
        }
        for column in ["trader_code", "trader_id"] where column != ownerColumn {
            branches.append("SELECT id FROM declaration WHERE \(ownerColumn) = ? AND \(column) = ?")
            args += [owner, search.uppercased()]
        }
        // The name as the declaration carries it (a trader not in the register): its start.
        branches.append("SELECT id FROM declaration WHERE \(ownerColumn) = ? AND trader_name >= ? AND trader_name < ?")
        args += [owner, search, search + "\u{10FFFF}"]
        if ownerColumn != "trader_id" {
            // The register's matches as one bound JSON list, so the statement does not grow with them.
            let traders = try db.map { try registeredTraders(named: search, db: $0) } ?? []
            branches.append("SELECT id FROM declaration WHERE \(ownerColumn) = ? AND trader_id IN (SELECT value FROM json_each(?))")
            args += [owner, SQLList.json(traders)]
        }
        return (branches.joined(separator: " UNION "), args)
    }

    /// The same search over every owner's declarations (an officer's queue), each branch on a
    /// one-column index: number (unique), B/L, contract, reference, trader.
    static func anyOwnerIDs(_ search: String, db: Database) throws -> (String, [any SQLBindable]) {
        var branches: [String] = []
        var args: [any SQLBindable] = []
        for column in ["number", "bill_no", "contract_no", "trader_ref", "trader_name"] {
            for prefix in [search, search.uppercased()] {
                branches.append("SELECT id FROM declaration WHERE \(column) >= ? AND \(column) < ?")
                args += [prefix, prefix + "\u{10FFFF}"]
            }
        }
        branches.append("SELECT id FROM declaration WHERE trader_id IN (SELECT value FROM json_each(?))")
        args.append(SQLList.json(try registeredTraders(named: search, db: db)))
        return (branches.joined(separator: " UNION "), args)
    }

    /// Enterprises whose Chinese or English name contains `text` (spaces and case ignored).
    static func registeredTraders(named text: String, db: Database) throws -> [String] {
        let squeezed = text.filter { $0 != " " && $0 != "%" && $0 != "_" && $0 != "\u{3000}" }
        guard !squeezed.isEmpty else { return [] }
        let like = "%" + squeezed + "%"
        return try db.query("""
            SELECT id FROM enterprise WHERE REPLACE(name, ' ', '') LIKE ? OR REPLACE(name_en, ' ', '') LIKE ?
            ORDER BY id LIMIT ?
            """, [like, like, registerLimit]).compactMap { $0.string("id") }
    }
}
