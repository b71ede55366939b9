import Foundation
import Store
import TextWidth

/// Whether a declaration whose bill of lading matches no manifest line is only warned about or
/// refused at submission. Set per database (meta `manifest.check`); warn by default, since a
/// manifest may legitimately arrive after the goods declaration is prepared.
public enum ManifestCheckMode: String, Codable, CaseIterable, Sendable {
    case warn
    case block
}

/// The shared manifest (舱单) seen from the goods declaration: a sea declaration's B/L must be a
/// line of the manifest its ship declared for that voyage. The agent declares the manifest once
/// (vessel clearance); the broker's declaration is checked against it here.
public enum ManifestCrossCheck {
    public static let metaKey = "manifest.check"

    public static func mode(_ db: Database) throws -> ManifestCheckMode {
        try Meta.get(db, metaKey).flatMap(ManifestCheckMode.init(rawValue:)) ?? .warn
    }

    /// Only a trainer (or the system), or on production its administrator, changes the rule;
    /// the change is audited.
    public static func setMode(_ ws: Workspace, _ mode: ManifestCheckMode, by actor: Operator) throws {
        try Authority.require(actor, "manifest.check.set", roles: [.trainer, .administrator])
        try ws.db.write {
            let before = try self.mode(ws.db)
            try Meta.set(ws.db, metaKey, mode.rawValue)
            try AuditLog.append(ws.db, at: ws.now(), by: actor, action: "manifest.check.set", entity: "setting",
                                entityID: metaKey, before: before.rawValue, after: mode.rawValue)
        }
    }

    /// The mismatches for `d`, as problems on `header.billNo` (empty when it matches, or when the
    /// declaration is not by sea or does not name its ship and voyage yet).
    public static func problems(_ db: Database, _ d: Declaration) throws -> [Problem] {
        let bill = d.billNo, ship = d["transportName"].trimmed
        let voyage = d["voyageNo"].trimmed
        guard d["transportMode"].trimmed == waterway, !bill.isEmpty, !ship.isEmpty, !voyage.isEmpty else {
            return []
        }
        let direction = d.direction == .import ? "arrival" : "departure"
        let imo = String(ship.filter(\.isNumber).suffix(7))
        let calls = try db.query("""
            SELECT id FROM vessel_call
            WHERE (upper(ship_name) = upper(?) OR imo = ?) AND voyage = ? AND direction = ? AND state != 'draft'
            ORDER BY id LIMIT 5
            """, [ship, imo.count == 7 ? imo : "-", voyage, direction]).compactMap { $0.string("id") }
        guard !calls.isEmpty else {
            return [Problem("header.billNo", "decl.manifestNoCall", [ship, voyage])]
        }
        for call in calls where try VesselManifest.findLine(db, callID: call, blNumber: bill) != nil {
            return []
        }
        return [Problem("header.billNo", "decl.manifestNoLine", [bill, calls[0]])]
    }

    /// Goods declarations naming each of these bills of lading (the vessel pane shows them per
    /// manifest line), in one query over the `bill_no` index.
    public static func declarationNumbers(_ db: Database, billNos: [String]) throws -> [String: [String]] {
        let bills = Array(Set(billNos.map { $0.trimmed }.filter { !$0.isEmpty }))
        guard !bills.isEmpty else { return [:] }
        var found: [String: [String]] = [:]
        try db.forEach("""
            SELECT bill_no, coalesce(number, '#' || id) AS n FROM declaration
            WHERE bill_no IN (SELECT value FROM json_each(?)) ORDER BY id
            """, [SQLList.json(bills)]) { row in
            found[row.string("bill_no") ?? "", default: []].append(row.string("n") ?? "")
            return true
        }
        return found
    }

    /// Waterway transport in the customs transport-mode table.
    static let waterway = "2"
}

enum ManifestMessages {
    static let entries: [String: (en: String, zh: String)] = [
        "decl.manifestNoCall": ("no submitted vessel call of {0} voyage {1} declares a manifest yet",
                                "尚无 {0} 航次 {1} 的已申报舱单"),
        "decl.manifestNoLine": ("B/L {0} is not on the manifest of vessel call {1}", "提运单 {0} 不在船舶申报 {1} 的舱单中"),
    ]
}
