import Store
import TextWidth
/// A manifest line found for a bill of lading, with the call it was declared on.
public struct ManifestMatch: Equatable, Sendable {
    public var callID: String
    public var imo: String
    public var voyage: String
    public var direction: CallDirection
    public var line: ManifestLine
}

/// The shared manifest (舱单): declared once by the shipping agent, looked up by the goods
/// declaration so that a declaration whose bill of lading matches no manifest line can be
/// warned about or blocked. Only submitted calls count: a draft manifest is not declared yet.
public enum VesselManifest {
    public static func findLine(_ db: Database, callID: String, blNumber: String) throws -> ManifestMatch? {
        try find(db, where: "c.id = ?", [callID], blNumber: blNumber)
    }

    /// By ship and voyage, as a goods declaration states its means of transport. Arrivals first
    /// (imports), then departures (exports).
    public static func findLine(_ db: Database, imo: String, voyage: String, blNumber: String) throws -> ManifestMatch? {
        let digits = (try? IMONumber(parsing: imo).digits) ?? imo
        return try find(db, where: "c.imo = ? AND c.voyage = ?", [digits, voyage.trimmed], blNumber: blNumber)
    }

    private static func find(_ db: Database, where clause: String, _ args: [any SQLBindable], blNumber: String) throws -> ManifestMatch? {
        let row = try db.queryOne("""
            SELECT m.*, c.imo, c.voyage, c.direction FROM vessel_manifest_line m JOIN vessel_call c ON c.id = m.call_id
            WHERE m.bl_number = ? COLLATE NOCASE AND \(clause) AND c.state != 'draft'
            ORDER BY c.direction, c.id LIMIT 1
            """, [blNumber.trimmed] + args)
        return row.map { r in
            ManifestMatch(callID: r.string("call_id") ?? "", imo: r.string("imo") ?? "", voyage: r.string("voyage") ?? "",
                          direction: CallDirection(rawValue: r.string("direction") ?? "") ?? .arrival,
                          line: VesselRecords.manifestLine(r))
        }
    }
}
