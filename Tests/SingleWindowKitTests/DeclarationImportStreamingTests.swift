import Foundation
import Testing
@testable import SingleWindowKit

/// The CSV importer reads a record at a time; grouping by trader's reference must still be
/// what it was when the whole file was read: rows of one declaration may be apart.
@Suite struct DeclarationImportStreamingTests {
    let ws: Workspace
    let broker = DeclarationFixtures.broker
    let dir: URL

    init() throws {
        ws = try DeclarationFixtures.workspace()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("decl-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func importer(_ options: DeclarationImportOptions = DeclarationImportOptions()) -> DeclarationImporter {
        DeclarationImporter(workspace: ws, operator: broker, options: options)
    }

    /// Header and data rows of shrimp A (2 lines), gears B (1 line), shrimp C (2 lines).
    func rows(badLineOfA: Bool = false) throws -> [[String]] {
        var a = DeclarationFixtures.shrimp(reference: "A")
        if badLineOfA { a.goods[1]["hsCode"] = "0306179999" }
        let csv = DeclarationExporter.csv([a, DeclarationFixtures.gears(reference: "B"), DeclarationFixtures.shrimp(reference: "C")])
        return try CSVReader.parse(data: Data(csv.utf8)).map(\.fields)
    }

    func file(_ name: String, _ rows: [[String]]) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try Data((rows.map(CSVReader.format).joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func goodsNets(_ reference: String) throws -> [String] {
        let id = try ws.db.scalar("SELECT id FROM declaration WHERE trader_ref = ?", [reference]).int64 ?? 0
        return try Declarations.load(ws, id: id, by: broker).goods.map { $0["goodsNetWeight"] }
    }

    @Test func rowsOfOneDeclarationApartAreOneDeclaration() throws {
        let r = try rows()
        // A1, B1, C1, A2, C2: A and C are each split.
        let path = try file("apart.csv", [r[0], r[1], r[3], r[4], r[2], r[5]])
        let progress = ProgressLog()
        let result = try importer(DeclarationImportOptions(progress: { progress.add($0, $1) })).importFile(at: path)
        #expect(result.problems == [] && result.declarations == 3 && result.created == 3 && result.lines == 5)
        #expect(progress.last == [3, 3])
        #expect(try goodsNets("A") == ["12000", "8000"] && goodsNets("C") == ["12000", "8000"])
        let order = try ws.db.query("SELECT trader_ref FROM declaration ORDER BY id").map { $0.string("trader_ref") ?? "" }
        #expect(order == ["A", "B", "C"])   // first appearance
    }

    @Test func aRejectedDeclarationApartKeepsItsLinesAndItsRowsTogether() throws {
        let r = try rows(badLineOfA: true)
        let path = try file("apart-bad.csv", [r[0], r[1], r[3], r[2], r[4], r[5]])
        let result = try importer().importFile(at: path)
        #expect(result.created == 2 && result.rejected == 1)
        let hsColumn = r[0].firstIndex(of: "hsCode")! + 1
        #expect(result.problems.map(\.description).contains(
            "apart-bad.csv:4:\(hsColumn): goods[2].hsCode: commodity code 0306179999 with inspection code 101 is not in the HS table"))
        let rejects = try CSVReader.parse(data: Data(contentsOf: URL(fileURLWithPath: try #require(result.rejectsPath))))
        #expect(rejects.map(\.fields) == [r[0], r[1], r[2]])
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".part") }
        #expect(left.isEmpty)
    }

    @Test func rowsWithoutAReferenceStandAloneInBothGroupings() throws {
        let r = try rows()
        let column = r[0].firstIndex(of: "traderReference")!
        var alone = r[3]
        alone[column] = " "
        for (name, data) in [("adjacent.csv", [r[0], r[1], r[2], alone, r[3]]),   // A A - B
                             ("apart.csv", [r[0], r[1], alone, r[2], r[3]])] {    // A - A B
            let result = try importer(DeclarationImportOptions(dryRun: true)).importFile(at: try file(name, data))
            #expect(result.declarations == 3 && result.created == 2 && result.rejected == 1, "\(name)")
            let line = name == "adjacent.csv" ? 4 : 3
            #expect(result.problems.map(\.description).contains("\(name):\(line):\(column + 1): header.traderReference: is required"),
                    "\(name) \(result.problems)")
        }
    }

    @Test func anOpenQuoteAtTheEndWritesNothing() throws {
        let r = try rows()
        let path = dir.appendingPathComponent("open.csv").path
        let text = r.map(CSVReader.format).joined(separator: "\n") + "\nA,\"never closed\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try importer().importFile(at: path)
        #expect(result.fileError?.key == "import.unterminatedQuote" && result.fileError?.line == 7)
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration").int == 0)
    }
}
