import Foundation
import Store
import TextWidth

/// What a new training database gets (`sample-data/enforcement`): the inspection catalogue,
/// the conflicts register, credit records that put the demo enterprises in each class, one
/// published draw (fixed seed, so every class sees the same draw) and one table half filled.
public enum EnforcementSamples {
    public static let catalogue = "enforcement/catalogue.csv"
    public static let conflicts = "enforcement/conflicts.csv"
    public static let records = "enforcement/training-credit-records.csv"
    /// The training draw: the Binhai district's enterprises of 2026, seed printed in the README.
    public static let drawScope = DrawScope(year: 2026, district: "120116")
    public static let drawSeed: UInt64 = 20_260_302

    public static func load(into ws: Workspace, from sampleData: URL) throws {
        let catalogueURL = sampleData.appendingPathComponent(catalogue)
        guard FileManager.default.fileExists(atPath: catalogueURL.path),
              let trainer = try Operators.list(ws.db, role: .trainer, limit: 1).first else { return }
        try InspectionCatalogue.load(ws, data: try Data(contentsOf: catalogueURL), fileName: "catalogue.csv", by: trainer)
        try loadConflicts(ws, sampleData.appendingPathComponent(conflicts), by: trainer)
        // The import writes no rejects file for a clean file; a copy keeps the shipped folder untouched either way.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sw-credit-\(UUID().uuidString).csv")
        try FileManager.default.copyItem(at: sampleData.appendingPathComponent(records), to: copy)
        defer {
            try? FileManager.default.removeItem(at: copy)
            try? FileManager.default.removeItem(atPath: CreditRecordImport.rejectsPath(for: copy.path))
        }
        try CreditRecordImport.importFile(ws, path: copy.path, by: trainer)
        let draw = try Draws.run(ws, DrawParameters(scope: drawScope, ratioBasisPoints: 5_000, seed: drawSeed), by: trainer)
        try Draws.publish(ws, id: draw.id, by: trainer)
        try halfFill(ws, drawID: draw.id)
    }

    static func loadConflicts(_ ws: Workspace, _ url: URL, by trainer: Operator) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        for r in try CSVReader.parse(data: try Data(contentsOf: url)).dropFirst() where r.fields.count >= 3 {
            let f = r.fields.map(\.trimmed)
            guard try Operators.find(ws.db, f[0]) != nil, try Enterprises.find(ws.db, id: f[1]) != nil else { continue }
            try OfficerPool.addConflict(ws, officerID: f[0], enterpriseID: f[1], reason: f[2], by: trainer)
        }
    }

    /// The first table's first agency: its officer fills the first half of the lines, all
    /// compliant, and does not sign yet.
    static func halfFill(_ ws: Workspace, drawID: Int64) throws {
        guard let first = try JointTables.list(ws.db, drawID: drawID, limit: 1).first,
              let table = try JointTables.find(ws.db, id: first.id),
              let member = table.team.first(where: { !$0.officerID.isEmpty }),
              let officer = try Operators.find(ws.db, member.officerID) else { return }
        let lines = table.lines.filter { $0.agency == member.agency }
        for line in lines.prefix(max(1, lines.count / 2)) {
            try JointTables.fill(ws, tableID: table.id, seq: line.seq, result: .compliant, by: officer)
        }
    }
}
