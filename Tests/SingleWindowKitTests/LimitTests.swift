import Foundation
import Testing
@testable import SingleWindowKit

/// The limits in README's "Limits", each refused with a clear message: 50 goods items, 512
/// columns, 64 KiB a field, 1 MiB a record. Work on a hostile file is bounded by what is read,
/// checked by bytes read (not by time: speed belongs to `swbench`).
@Suite struct LimitTests {
    let ws: Workspace
    let dir: URL

    init() throws {
        ws = try DeclarationFixtures.workspace()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    /// Shrimp with `lines` goods lines that add up to the header's net weight.
    func shrimp(lines: Int) -> Declaration {
        var d = DeclarationFixtures.shrimp(reference: "ERP-\(lines)")
        d.goods = (0..<lines).map { _ in DeclarationFixtures.shrimpLine(quantity: "400", price: "8.5", total: "3400", net: "400") }
        d["netWeight"] = String(400 * lines)
        return d
    }

    func importFile(_ name: String, _ data: Data) throws -> DeclarationImportResult {
        let path = dir.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return try DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker).importFile(at: path)
    }

    func goodsCount() throws -> Int { try ws.db.scalar("SELECT count(*) FROM declaration_goods").int ?? -1 }

    @Test(arguments: ["csv", "json"])
    func fiftyGoodsItemsImportFiftyOneAreRefusedAtTheFiftyFirst(format: String) throws {
        func data(_ d: Declaration) -> Data { format == "csv" ? Data(DeclarationExporter.csv([d]).utf8) : DeclarationExporter.json([d]) }
        let fifty = try importFile("fifty.\(format)", data(shrimp(lines: 50)))
        #expect(fifty.problems.map(\.description) == [] && fifty.created == 1)
        #expect(try goodsCount() == 50)
        let over = try importFile("over.\(format)", data(shrimp(lines: 51)))
        #expect(over.created == 0 && over.rejected == 1)
        let problem = try #require(over.problems.first { $0.key == "decl.tooManyGoods" })
        #expect(problem.description.hasSuffix("goods[51]: a declaration holds at most 50 goods items (the customs form's limit): split it into two"))
        // CSV: the 51st goods row is line 52 (after the header).
        if format == "csv" { #expect(problem.line == 52) }
        #expect(try goodsCount() == 50)
    }

    @Test func aRunawayDeclarationIsNotBuiltWhole() throws {
        let big = shrimp(lines: 2000)
        let result = try DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker)
            .importCSV(data: Data(DeclarationExporter.csv([big]).utf8), fileName: "big.csv")
        #expect(result.rejected == 1 && result.problems.contains { $0.key == "decl.tooManyGoods" })
    }

    @Test func draftsOverTheLimitAreRefusedAndFiftyAreSaved() throws {
        let saved = try Declarations.createDraft(ws, shrimp(lines: 50), by: DeclarationFixtures.broker)
        #expect(saved.goods.count == 50)
        var more = saved
        more.goods.append(more.goods[0])
        #expect(throws: DomainError.invalid([Problem("goods[51]", "decl.tooManyGoods", ["50"])])) {
            try Declarations.saveDraft(ws, more, by: DeclarationFixtures.broker)
        }
        #expect(throws: DomainError.self) { try Declarations.createDraft(ws, shrimp(lines: 51), by: DeclarationFixtures.broker) }
    }

    // MARK: - CSV records

    @Test func aMillionColumnCrewListIsRefusedAfterReadingOneChunk() throws {
        let row = String(repeating: "x,", count: 1_000_000)
        let header = "Family name,Given names,Rank,Nationality,Date of birth,Place of birth,Document type,Document number,Expiry date"
        let data = Data((header + "\n" + row + "\n").utf8)
        let stream = CSVStream(data: data)
        _ = try stream.next()
        #expect(throws: CSVError.tooManyColumns(line: 2, limit: 512)) { _ = try stream.next() }
        #expect(stream.bytesRead <= 256 * 1024)
        #expect(throws: CSVImportRefused.self) { _ = try CrewListCSV.parse(ws.db, data: data, fileName: "crew.csv") }
        do {
            _ = try CrewListCSV.parse(ws.db, data: data, fileName: "crew.csv")
        } catch let error as CSVImportRefused {
            #expect(error.description == "crew.csv:2: file: this row has more than 512 columns: the file is refused")
        }
    }

    @Test func aHundredMegabyteLineIsRefusedAfterReadingAboutOneMegabyte() throws {
        // A sparse file: 100 MB of NUL bytes and no line break, made without writing 100 MB.
        let path = dir.appendingPathComponent("huge.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("a,b\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let stream = try CSVStream(path: path)
        _ = try stream.next()
        // One field: refused as soon as it passes 64 KiB, before the record limit.
        #expect(throws: CSVError.fieldTooLong(line: 2, column: 1, limit: 65536)) { _ = try stream.next() }
        #expect(stream.bytesRead <= 512 * 1024)
        let result = try DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker).importFile(at: path)
        #expect(result.fileErrors.map(\.description) == ["huge.csv:2:1: file: this field is longer than 65536 bytes: the file is refused"])
    }

    @Test func aRecordOfManyFieldsOverOneMegabyteIsRefusedAfterReadingAboutThat() throws {
        let field = String(repeating: "y", count: 60 * 1024)
        let line = Array(repeating: field, count: 200).joined(separator: ",")   // 12 MB, 200 columns
        let stream = CSVStream(data: Data(("a\n" + line + "\n").utf8))
        _ = try stream.next()
        #expect(throws: CSVError.recordTooLong(line: 2, limit: 1024 * 1024)) { _ = try stream.next() }
        #expect(stream.bytesRead <= 2 * 1024 * 1024)
    }

    @Test func aFieldOverSixtyFourKilobytesIsRefusedWithItsColumn() throws {
        let data = Data(("a,b\nx,\"" + String(repeating: "y", count: 64 * 1024 + 1) + "\"\n").utf8)
        let stream = CSVStream(data: data)
        _ = try stream.next()
        #expect(throws: CSVError.fieldTooLong(line: 2, column: 2, limit: 65536)) { _ = try stream.next() }
    }

    @Test func recordsAtTheLimitsAreRead() throws {
        let columns = Array(repeating: "c", count: 512).joined(separator: ",")
        let field = String(repeating: "z", count: 64 * 1024)
        let stream = CSVStream(data: Data((columns + "\n" + field + "\n").utf8))
        #expect(try stream.next()?.fields.count == 512)
        #expect(try stream.next()?.fields == [field])
    }

    @Test func jsonNestingIsStatedAndRefused() throws {
        #expect(InputLimits.jsonDepth == 512)
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        let result = try importFile("deep.json", Data(deep.utf8))
        #expect(result.fileErrors.first?.description.contains("nested deeper than 512 levels") == true)
    }

    // MARK: - Control characters

    @Test func aNulInAHeaderIsShownEscaped() throws {
        let csv = "Family name,Given names,Rank,Nationality,Date of birth,Place of birth,Document type,Document number,Expiry date,No\u{0}te\u{1B}[2J\n"
            + "Kanthavel,Krishnan,Master,IND,1968-02-11,Chennai,passport,Z1234567,2029-08-30,x\n"
        let header = try #require(try CSVReader.parse(data: Data(csv.utf8)).first)
        let front = CSVImportHeader(header, fileName: "crew.csv", field: { _ in nil }, required: [])
        #expect(front.unknown.last?.description == "crew.csv:1:10: No\\u{0}te\\u{1B}[2J: unknown column No\\u{0}te\\u{1B}[2J is ignored")
        let declarations = try DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker)
            .importCSV(data: Data(Self.addingHeaderCell("\u{0}", to: DeclarationExporter.csv([shrimp(lines: 1)])).utf8), fileName: "d.csv")
        #expect(declarations.warnings.contains { $0.description.contains("unknown column \\u{0} is ignored") })
    }

    /// `cell` as one more column at the end of the header line only.
    static func addingHeaderCell(_ cell: String, to csv: String) -> String {
        let end = csv.firstIndex(of: "\n")!
        return csv[..<end] + "," + cell + csv[end...]
    }

    @Test func controlCharactersAreEscapedAndTextIsNot() {
        #expect(ControlCharacters.escaped("\u{1B}]0;HACKED\u{7}\u{1B}[2J") == "\\u{1B}]0;HACKED\\u{7}\\u{1B}[2J")
        #expect(ControlCharacters.escaped("a\u{9B}b\u{7F}") == "a\\u{9B}b\\u{7F}")
        #expect(ControlCharacters.escaped("上海 ok\nx", keepingLineBreaks: true) == "上海 ok\nx")
        #expect(ControlCharacters.escaped("a\nb") == "a\\u{A}b")
    }
}
