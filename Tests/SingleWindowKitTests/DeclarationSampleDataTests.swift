import Foundation
import Testing
@testable import SingleWindowKit

/// Scenario S1 on the shipped sample file: 40 declarations, 3 broken, fixed, re-imported.
@Suite struct DeclarationSampleDataTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data/declarations")

    /// A workspace with the shared reference tables of sample-data/reference, as the product loads them.
    static func referenceWorkspace() throws -> Workspace {
        let db = try Database(path: ":memory:")
        try Schema.migrate(db)
        let report = try ReferenceLoader.loadReference(into: db, from: folder.deletingLastPathComponent().appendingPathComponent("reference"))
        #expect(report.problems.isEmpty, "\(report.problems)")
        try QualifiedEnterprises.grant(db)
        return Workspace(db: db, kind: .training, clock: SettableClock(DeclarationFixtures.t0))
    }

    @Test func aBrokersMorning() throws {
        let ws = try Self.referenceWorkspace()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("s1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let input = dir.appendingPathComponent("erp-batch.csv").path
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent("erp-batch-2026-01-05.csv").path, toPath: input)
        let importer = DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker)

        let first = try importer.importFile(at: input)
        #expect(first.declarations == 40 && first.created == 37 && first.rejected == 3, "\(first.problems)")
        #expect(first.problems.map(\.key).sorted() == ["decl.hsUnknown", "decl.netAboveGross", "problem.checkDigit"])
        #expect(first.warnings.isEmpty)
        for problem in first.problems { #expect(problem.line > 1 && (problem.column ?? 0) > 0) }

        // Fix the three in the rejects file and re-import it: three more drafts, no duplicates.
        let rejectsPath = try #require(first.rejectsPath)
        var rows = try CSVReader.parse(data: Data(contentsOf: URL(fileURLWithPath: rejectsPath))).map(\.fields)
        for problem in first.problems {
            let row = rows.indices.dropFirst().first { i in
                try! CSVReader.parse(data: Data(contentsOf: URL(fileURLWithPath: input)))[problem.line - 1].fields == rows[i]
            }!
            let column = try #require(problem.column) - 1
            switch problem.key {
            case "decl.hsUnknown": rows[row][column] = "0306171900"
            case "decl.netAboveGross":
                let netColumn = rows[0].firstIndex(of: "净重(千克)")!, grossColumn = rows[0].firstIndex(of: "毛重(千克)")!
                let fixedGross = DecimalText.string(DecimalText.value(rows[row][netColumn])! + 100)
                let oldGross = rows[row][grossColumn]
                for i in rows.indices.dropFirst() where rows[i][grossColumn] == oldGross { rows[i][grossColumn] = fixedGross }
            default:
                let number = rows[row][column]
                rows[row][column] = String(number.prefix(10)) + String(ContainerNumber.checkDigit(String(number.prefix(10)))!)
            }
        }
        try Data(("\u{FEFF}" + rows.map(CSVReader.format).joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: rejectsPath))
        let second = try importer.importFile(at: rejectsPath)
        #expect(second.created == 3 && second.rejected == 0, "\(second.problems)")
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration").int == 40)
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration_goods").int == 314)

        // A frozen-shrimp draft cannot go customs-only; as customs + inspection it submits to both.
        let shrimpID = try #require(try ws.db.scalar("""
            SELECT d.id FROM declaration d JOIN declaration_goods g ON g.declaration_id = d.id
            WHERE g.hs_code = '0306171900' ORDER BY d.id LIMIT 1
            """).int64)
        let shrimp = try Declarations.load(ws, id: shrimpID, by: DeclarationFixtures.broker)
        #expect(try !Declarations.scopeProblems(ws, shrimp, scope: .customsOnly).isEmpty)
        let plan = try Declarations.plan(ws, shrimp)
        #expect(plan.agencies == [.customs, .inspection])
        let inspection = try InspectionProjection.make(shrimp, reference: DeclarationReference(db: ws.db))
        #expect(inspection.value("packageType") == "4M")
        let submitted = try Declarations.submit(ws, shrimp, by: DeclarationFixtures.broker)
        #expect(submitted.number?.hasPrefix("224420261") == true)
        let lanes = try Lanes.lanes(ws.db, kind: .declaration, caseID: String(submitted.id))
        #expect(lanes.map(\.agency) == [.customs, .inspection] && lanes.allSatisfy { $0.state == "received" })
    }

    @Test func theJSONExampleAndTemplatesRead() throws {
        let ws = try Self.referenceWorkspace()
        let importer = DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker)
        let result = try importer.importFile(at: Self.folder.appendingPathComponent("erp-example.json").path)
        #expect(result.created == 2 && result.problems.isEmpty, "\(result.problems)")
        let templates = try DeclarationImporter.declarations(fromJSON: Data(contentsOf: Self.folder.appendingPathComponent("templates.json")))
        #expect(templates.count == 3)
        for (name, content) in templates {
            _ = try Declarations.saveTemplate(ws, content, name: name, by: DeclarationFixtures.broker)
        }
        #expect(try Declarations.templates(ws, by: DeclarationFixtures.broker).count == 3)
    }
}
