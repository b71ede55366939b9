import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct DeclarationImportTests {
    let ws: Workspace
    let broker = DeclarationFixtures.broker
    let dir: URL

    init() throws {
        ws = try DeclarationFixtures.workspace()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("decl-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func importer(_ options: DeclarationImportOptions = DeclarationImportOptions()) -> DeclarationImporter {
        DeclarationImporter(workspace: ws, operator: broker, options: options)
    }

    func count(_ table: String = "declaration") throws -> Int { try ws.db.scalar("SELECT count(*) FROM \(table)").int ?? -1 }

    /// A file of good declarations: shrimp (2 lines, 2 containers), gears (1 line), shrimp again (3 lines).
    func goodCSV() -> String {
        var a = DeclarationFixtures.shrimp(reference: "ERP-1")
        a.containers.append(DeclarationContainer(number: "CSQU3054383", sizeType: "45R1"))
        let b = DeclarationFixtures.gears(reference: "ERP-2")
        var c = DeclarationFixtures.shrimp(reference: "ERP-3")
        c.goods = [DeclarationFixtures.shrimpLine(quantity: "10000", price: "8.5", total: "85000", net: "10000"),
                   DeclarationFixtures.shrimpLine(quantity: "6000", price: "8.5", total: "51000", net: "6000"),
                   DeclarationFixtures.shrimpLine(quantity: "4000", price: "8.5", total: "34000", net: "4000")]
        c.goods[2]["goodsModel"] = "冻|去头\n规格\"40/50\""   // a quoted newline and quotes
        return DeclarationExporter.csv([a, b, c])
    }

    @Test func goodFileBecomesDraftsAndReimportDoesNotDuplicate() throws {
        let path = try write("batch.csv", goodCSV())
        let progress = ProgressLog()
        let result = try importer(DeclarationImportOptions(progress: { progress.add($0, $1) })).importFile(at: path)
        #expect(result.fileError == nil && result.problems == [])
        #expect(result.created == 3 && result.rejected == 0 && result.lines == 6)
        #expect(progress.last == [3, 3])
        #expect(try count() == 3 && count("declaration_goods") == 6 && count("declaration_container") == 4)
        let id = try ws.db.scalar("SELECT id FROM declaration WHERE trader_ref = 'ERP-3'").int64 ?? 0
        #expect(try Declarations.load(ws, id: id, by: broker).goods[2]["goodsModel"] == "冻|去头\n规格\"40/50\"")
        let again = try importer().importFile(at: path)
        #expect(again.created == 0 && again.updated == 3)
        #expect(try count() == 3 && count("declaration_goods") == 6)
        #expect(try AuditLog.verify(ws.db).isIntact)
    }

    @Test func submittedDeclarationsAreReportedNotDuplicated() throws {
        let path = try write("batch.csv", goodCSV())
        let result = try importer(DeclarationImportOptions(submit: true)).importFile(at: path)
        #expect(result.submitted == 3)
        #expect(try ws.db.scalar("SELECT count(*) FROM lane").int == 5)   // 2 + 1 + 2
        let again = try importer().importFile(at: path)
        #expect(again.alreadySubmitted == 3 && again.created == 0 && again.updated == 0)
        #expect(again.warnings.filter { $0.key == "import.alreadySubmitted" }.count == 3)
        #expect(try count() == 3)
    }

    @Test func badDeclarationsAreRejectedWithAllTheirProblemsAndNothingHalfImported() throws {
        var bad1 = DeclarationFixtures.shrimp(reference: "BAD-1")
        bad1.goods[1]["hsCode"] = "0306179999"
        bad1["netWeight"] = "30000"                 // above gross, and off the lines' sum
        var bad2 = DeclarationFixtures.gears(reference: "BAD-2")
        bad2.containers[0]["containerNo"] = "MSCU1234567"
        let good = DeclarationFixtures.gears(reference: "OK-1")
        let path = try write("mixed.csv", DeclarationExporter.csv([bad1, good, bad2]))
        let result = try importer().importFile(at: path)
        #expect(result.created == 1 && result.rejected == 2)
        #expect(try count() == 1 && count("declaration_goods") == 1)
        let texts = result.problems.map(\.description)
        let columns = FieldCatalogue.fields.map(\.key)
        let hsColumn = columns.firstIndex(of: "hsCode")! + 1
        let netColumn = columns.firstIndex(of: "netWeight")! + 1
        let containerColumn = columns.firstIndex(of: "containerNo")! + 1
        #expect(texts.contains("mixed.csv:3:\(hsColumn): goods[2].hsCode: commodity code 0306179999 with inspection code 101 is not in the HS table"))
        #expect(texts.contains { $0.hasPrefix("mixed.csv:2:\(netColumn): header.netWeight: net weight 30000 is above gross weight 21000") })
        #expect(texts.contains { $0.hasPrefix("mixed.csv:2:\(netColumn): header.netWeight: goods lines' net weights add up to") })
        #expect(texts.contains("mixed.csv:5:\(containerColumn): containers[1].containerNo: MSCU1234567 fails its check digit"))
        // The rejects file has the same header and exactly the rejected rows.
        let rejects = try String(contentsOfFile: try #require(result.rejectsPath), encoding: .utf8)
        let rows = try CSVReader.parse(data: Data(rejects.utf8))
        #expect(rows.count == 1 + 2 + 1)
        #expect(rows[0].fields == columns)
        // Fixing the rejects file and importing it adds the two, without touching the good one.
        var fixed1 = bad1; fixed1.goods[1]["hsCode"] = "0306179000"; fixed1["netWeight"] = "20000"
        var fixed2 = bad2; fixed2.containers[0]["containerNo"] = "MSCU1234566"
        let fixedPath = try write("mixed.rejects.csv", DeclarationExporter.csv([fixed1, fixed2]))
        let second = try importer().importFile(at: fixedPath)
        #expect(second.created == 2 && second.rejected == 0)
        #expect(try count() == 3)
    }

    @Test func dryRunWritesNothing() throws {
        var bad = DeclarationFixtures.gears(reference: "BAD")
        bad["billNo"] = ""
        let path = try write("dry.csv", DeclarationExporter.csv([DeclarationFixtures.shrimp(), bad]))
        let result = try importer(DeclarationImportOptions(dryRun: true)).importFile(at: path)
        #expect(result.dryRun && result.created == 1 && result.rejected == 1 && result.rejectsPath == nil)
        #expect(try count() == 0)
        #expect(try ws.db.scalar("SELECT count(*) FROM audit_entry").int == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("dry.rejects.csv").path))
    }

    @Test func gbkFileIsRecognised() throws {
        // "上海" in GBK is C9 CF BA A3.
        var data = Data("traderReference,traderName\r\nR1,".utf8)
        data += Data([0xC9, 0xCF, 0xBA, 0xA3])
        data += Data("\r\n".utf8)
        let result = try importer().importCSV(data: data, fileName: "gbk.csv")
        // Recognised, and since issue 11 decoded rather than refused: what stops this file is
        // its missing columns, read from the decoded header (DeclarationImportGB18030Tests).
        #expect(result.encoding == .gb18030)
        #expect(result.fileError?.key == "import.missingColumns")
        #expect(try count() == 0)
    }

    @Test func bomAndCRLFAndChineseHeaders() throws {
        let d = DeclarationFixtures.shrimp(reference: "ZH-1")
        let text = "\u{FEFF}" + DeclarationExporter.csv([d], names: .chinese).replacingOccurrences(of: "\n", with: "\r\n")
        let path = try write("zh.csv", text)
        let result = try importer().importFile(at: path)
        #expect(result.problems == [] && result.created == 1 && result.lines == 2)
        let english = DeclarationExporter.csv([DeclarationFixtures.gears(reference: "EN-1")], names: .english)
        #expect(try importer().importCSV(data: Data(english.utf8), fileName: "en.csv").created == 1)
    }

    @Test func rejectsKeepTheInputsBOMAndLineEndings() throws {
        var bad = DeclarationFixtures.gears(reference: "B")
        bad["billNo"] = ""
        let text = "\u{FEFF}" + DeclarationExporter.csv([bad]).replacingOccurrences(of: "\n", with: "\r\n")
        let result = try importer().importFile(at: try write("crlf.csv", text))
        let rejects = try Data(contentsOf: URL(fileURLWithPath: try #require(result.rejectsPath)))
        #expect(rejects.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: rejects, as: UTF8.self).contains("\r\n"))
    }

    @Test func missingColumnsAreOneFileError() throws {
        let csv = DeclarationExporter.csv([DeclarationFixtures.gears()])
        var rows = try CSVReader.parse(data: Data(csv.utf8)).map(\.fields)
        for name in ["billNo", "hsCode"] {
            let i = rows[0].firstIndex(of: name)!
            rows = rows.map { var r = $0; r.remove(at: i); return r }
        }
        let text = rows.map(CSVReader.format).joined(separator: "\n")
        let result = try importer().importCSV(data: Data(text.utf8), fileName: "cols.csv")
        #expect(result.fileError?.key == "import.missingColumns")
        #expect(result.fileError?.arguments == ["billNo (提运单号), hsCode (商品编号)"])
        #expect(try result.problems.isEmpty && count() == 0)
    }

    @Test func everyHeaderProblemAtOnceAndAHeaderWithoutRows() throws {
        let csv = DeclarationExporter.csv([DeclarationFixtures.gears()])
        var rows = try CSVReader.parse(data: Data(csv.utf8)).map(\.fields)
        let bill = rows[0].firstIndex(of: "billNo")!
        rows = rows.map { var r = $0; r.remove(at: bill); r.append(r[0]); return r }
        let text = rows.map(CSVReader.format).joined(separator: "\n")
        let result = try importer().importCSV(data: Data(text.utf8), fileName: "cols.csv")
        #expect(result.fileErrors.map(\.description) == [
            "cols.csv:1:\(rows[0].count): \(rows[0][0]): column \(rows[0][0]) appears twice (first at column 1)",
            "cols.csv:1: header: required columns are missing: billNo (提运单号)",
        ])
        let headerOnly = try importer().importCSV(data: Data((CSVReader.format(rows[0]) + "\r\n").utf8), fileName: "h.csv")
        #expect(headerOnly.fileErrors.map(\.description) == ["h.csv:1: file: the file has a header but no rows"])
        #expect(try importer().importCSV(data: Data(), fileName: "e.csv").fileErrors.map(\.description)
                == ["e.csv:1: file: the file is empty"])
        #expect(try count() == 0)
    }

    @Test func unknownColumnsAreIgnoredWithAWarning() throws {
        let csv = DeclarationExporter.csv([DeclarationFixtures.gears()])
        let lines = csv.split(separator: "\n").map(String.init)
        let text = lines[0] + ",erpBatchId\n" + lines[1] + ",B-77\n"
        let result = try importer().importCSV(data: Data(text.utf8), fileName: "extra.csv")
        #expect(result.created == 1)
        #expect(result.warnings.map(\.key) == ["import.unknownColumn"])
        #expect(result.warnings[0].column == FieldCatalogue.fields.count + 1)
    }

    @Test func repeatedHeaderColumnsMustAgree() throws {
        let d = DeclarationFixtures.shrimp(reference: "DIS-1")
        var rows = try CSVReader.parse(data: Data(DeclarationExporter.csv([d]).utf8)).map(\.fields)
        let billColumn = rows[0].firstIndex(of: "billNo")!
        rows[2][billColumn] = "OTHERBL999"
        let text = rows.map(CSVReader.format).joined(separator: "\n")
        let result = try importer().importCSV(data: Data(text.utf8), fileName: "dis.csv")
        #expect(result.rejected == 1)
        #expect(result.problems.map(\.description) == [
            "dis.csv:3:\(billColumn + 1): header.billNo: differs within one declaration: OTHERBL999 here, MEDUEC123456 on line 2",
        ])
        // An empty repeat is fine: ERP files often fill the header on the first row only.
        rows[2][billColumn] = ""
        let blank = rows.map(CSVReader.format).joined(separator: "\n")
        #expect(try importer().importCSV(data: Data(blank.utf8), fileName: "blank.csv").created == 1)
    }

    @Test func exportThenImportReproducesTheDeclarations() throws {
        let a = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(reference: "RT-1"), by: broker)
        var gears = DeclarationFixtures.gears(reference: "RT-2")
        gears["notes"] = "含逗号, 引号\"和\n换行"
        gears.documents.append(AttachedDocument(typeCode: "1", number: "22-AB-000123"))
        gears.documents.append(AttachedDocument(typeCode: "A", number: "310000226000123000"))
        let b = try Declarations.createDraft(ws, gears, by: broker)
        for format in [DeclarationExporter.Format.csv, .json] {
            let data = try DeclarationExporter.export(ws, ids: [a.id, b.id], format: format, by: broker)
            let other = try DeclarationFixtures.workspace()
            let importer = DeclarationImporter(workspace: other, operator: broker)
            let result = format == .csv ? try importer.importCSV(data: data, fileName: "rt.csv")
                                        : try importer.importJSON(data: data, fileName: "rt.json")
            #expect(result.created == 2, "\(format) \(result.problems)")
            for original in [a, b] {
                let id = try other.db.scalar("SELECT id FROM declaration WHERE trader_ref = ?", [original.traderReference]).int64 ?? 0
                let copy = try Declarations.load(other, id: id, by: broker)
                #expect(copy.header == original.header && copy.goods == original.goods)
                #expect(copy.containers == original.containers && copy.documents == original.documents)
                #expect(copy.direction == original.direction && copy.scope == original.scope)
            }
        }
    }

    @Test func jsonProblemsPointAtTheirLineAndColumn() throws {
        let json = """
        {"declarations": [
          {"direction": "I", "scope": "both",
           "header": {"traderReference": "J-1", "billNo": ""},
           "goods": [
             {"hsCode": "0306179000", "ciqCode": "101", "商品净重(千克)": "abc"}
           ],
           "containers": [{"containerNo": "MSCU1234567", "containerType": "45R1"}]
          }
        ]}
        """
        let result = try importer().importJSON(data: Data(json.utf8), fileName: "j.json")
        #expect(result.rejected == 1)
        let texts = result.problems.map(\.description)
        #expect(texts.contains("j.json:3:51: header.billNo: is required"))
        #expect(texts.contains("j.json:5:61: goods[1].goodsNetWeight: is not a number: abc"))
        // A missing header item points at the header object.
        #expect(texts.contains("j.json:3:14: header.contractNo: is required"))
        #expect(texts.contains("j.json:5:6: goods[1].goodsName: is required"))
        #expect(texts.contains("j.json:7:35: containers[1].containerNo: MSCU1234567 fails its check digit"))
        let broken = try importer().importJSON(data: Data("{\"declarations\": [ {\"header\": } ]}".utf8), fileName: "b.json")
        #expect(broken.fileError?.key == "import.badJSON" && broken.fileError?.column == 31)
    }

    @Test func onlyABrokerImports() throws {
        let other = DeclarationImporter(workspace: ws, operator: DeclarationFixtures.trader)
        #expect(throws: DomainError.self) { try other.importCSV(data: Data(goodCSV().utf8), fileName: "x.csv") }
    }


    /// JSON is read a declaration at a time; every shape the importer accepts still works, and a
    /// syntax error anywhere — even after the last declaration — imports nothing.
    @Test func jsonIsReadOneDeclarationAtATime() throws {
        let one = String(decoding: DeclarationExporter.json([DeclarationFixtures.gears(reference: "S-1")]), as: UTF8.self)
        let object = try #require(one.range(of: "\"declarations\""))
        // The declaration object itself, cut out of the exported file.
        let body = one[one[object.upperBound...].firstIndex(of: "[")!...].dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
        let declaration = String(body.dropLast().trimmingCharacters(in: .whitespacesAndNewlines).dropLast())
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let renamed = { (ref: String) in declaration.replacingOccurrences(of: "S-1", with: ref) }
        let shapes: [(String, String, Int)] = [
            ("bare array", "[\(renamed("A-1")), \(renamed("A-2"))]", 2),
            ("members around the array", "{\"source\": \"ERP\", \"declarations\": [\(renamed("B-1"))], \"count\": 1, \"x\": [1, {\"y\": null}]}", 1),
            ("one object", renamed("C-1"), 1),
        ]
        for (label, text, expected) in shapes {
            let result = try importer().importJSON(data: Data(text.utf8), fileName: "s.json")
            #expect(result.created == expected && result.fileError == nil, "\(label): \(result.problems) \(String(describing: result.fileError))")
        }
        let before = try count()
        // Each error sits on the text's last line: after the array, in a trailing member, a
        // dangling comma; an empty array is "no declarations".
        for (text, column) in [("[\(renamed("D-1")),\n\(renamed("D-2"))\n] x", 3),
                               ("{\"declarations\": [\(renamed("E-1"))], \"tail\": }", -1),
                               ("[\(renamed("F-1")), ]", -1),
                               ("[]", 1)] {
            let result = try importer().importJSON(data: Data(text.utf8), fileName: "bad.json")
            let problem = try #require(result.fileError, "\(text.suffix(30))")
            let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(problem.line == lastLine && (column < 0 || problem.column == column), "\(problem)")
        }
        #expect(try count() == before, "a file with a syntax error imports nothing")
    }

    @Test func aMappedJSONFileImportsFromDisk() throws {
        let path = try write("big.json", String(decoding: DeclarationExporter.json((1...30).map {
            DeclarationFixtures.gears(reference: "M-\($0)")
        }), as: UTF8.self))
        let result = try importer().importFile(at: path)
        #expect(result.created == 30 && result.rejected == 0)
    }
}

/// Collects progress calls from the importer's callback.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[Int]] = []
    func add(_ done: Int, _ total: Int) { lock.lock(); calls.append([done, total]); lock.unlock() }
    var last: [Int]? { lock.lock(); defer { lock.unlock() }; return calls.last }

}
