import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SingleWindowKit

/// Issue 11, in passing: Chinese ERPs write GBK. A GBK/GB18030 CSV is no longer refused with
/// "save it as UTF-8": it is detected as before, decoded as it streams, imported exactly as its
/// UTF-8 twin, and the result names the encoding. A byte sequence that is no GB18030 character
/// refuses the whole file, naming the file, the line and the byte offset; nothing is written.
@Suite struct DeclarationImportGB18030Tests {
    let ws: Workspace
    let broker = DeclarationFixtures.broker
    let dir: URL

    init() throws {
        ws = try DeclarationFixtures.workspace()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("decl-gb18030-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    /// `text` encoded as GB18030 by the system's iconv (the fixture is made here, not stored).
    static func gb18030(_ text: String) throws -> Data {
        let cd = iconv_open("GB18030", "UTF-8")
        #expect(cd != iconv_t(bitPattern: -1))
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        let r = input.withUnsafeMutableBytes { ib in
            output.withUnsafeMutableBytes { ob -> Int in
                var ip = ib.baseAddress?.assumingMemoryBound(to: CChar.self)
                var op = ob.baseAddress?.assumingMemoryBound(to: CChar.self)
                return iconv(cd, &ip, &inLeft, &op, &outLeft)
            }
        }
        try #require(r != -1 && inLeft == 0, "iconv encoded the fixture")
        return Data(output[..<(output.count - outLeft)])
    }

    /// Shrimp (2 lines), gears, shrimp again, with Chinese in the names and goods, and one
    /// character outside GBK (㐀, four bytes in GB18030) in a goods model.
    static func csv() -> String {
        var a = DeclarationFixtures.shrimp(reference: "GB-1")
        a.goods[0]["goodsModel"] = "冻|带头|规格40/50|㐀"
        return DeclarationExporter.csv([a, DeclarationFixtures.gears(reference: "GB-2"), DeclarationFixtures.shrimp(reference: "GB-3")])
    }

    func importer(_ options: DeclarationImportOptions = DeclarationImportOptions()) -> DeclarationImporter {
        DeclarationImporter(workspace: ws, operator: broker, options: options)
    }

    func write(_ name: String, _ data: Data) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aGB18030FileImportsAsItsUTF8Twin() throws {
        let text = Self.csv()
        let encoded = try Self.gb18030(text)
        #expect(String(data: encoded, encoding: .utf8) == nil, "the fixture really is not UTF-8")
        let path = try write("erp-gbk.csv", encoded)
        let result = try importer().importFile(at: path)
        #expect(result.fileErrors == [])
        #expect(result.encoding == .gb18030)
        #expect(result.declarations == 3 && result.created == 3 && result.rejected == 0)
        let id = try #require(try ws.db.scalar("SELECT id FROM declaration WHERE trader_ref = 'GB-1'").int64)
        let stored = try Declarations.load(ws, id: id, by: broker)
        let twin = DeclarationFixtures.shrimp(reference: "GB-1")
        #expect(stored["traderName"] == twin["traderName"] && stored["traderName"].contains("上海"))
        #expect(stored.goods[0]["goodsName"] == twin.goods[0]["goodsName"])
        #expect(stored.goods[0]["goodsModel"] == "冻|带头|规格40/50|㐀")
        // A UTF-8 file says so too (and the summary leaves it out).
        let plain = try importer().importCSV(data: Data(text.replacingOccurrences(of: "GB-", with: "U8-").utf8), fileName: "u.csv")
        #expect(plain.encoding == .utf8 && plain.created == 3 && plain.lines == result.lines)
    }

    @Test func theDecodedStreamIsTheSameWhateverTheChunks() throws {
        let text = Self.csv()
        let expected = try CSVReader.parse(data: Data(text.utf8))
        let encoded = try Self.gb18030(text)
        for chunk in [1, 2, 3, 5, 7, 64, 4096] {
            let stream = try CSVStream(data: encoded, encoding: .gb18030, chunkSize: chunk)
            var records: [CSVRecord] = []
            while let r = try stream.next() { records.append(r) }
            #expect(records == expected, "chunk \(chunk)")
        }
    }

    @Test func aBigFileIsReadAChunkAtATime() throws {
        // 20,000 rows of Chinese: the stream has read a few chunks, not the file, at its first record.
        let row = "甲乙丙丁,上海海鲜进出口有限公司,冻南美白对虾\n"
        let encoded = try Self.gb18030(String(repeating: row, count: 20_000))
        let path = try write("big-gbk.csv", encoded)
        let stream = try CSVStream(path: path, encoding: .gb18030, chunkSize: 4096)
        #expect(try stream.next()?.fields == ["甲乙丙丁", "上海海鲜进出口有限公司", "冻南美白对虾"])
        #expect(stream.bytesRead <= 2 * 4096 && encoded.count > 100 * 4096)
        var rows = 1
        while try stream.next() != nil { rows += 1 }
        #expect(rows == 20_000)
    }

    @Test func aBrokenCharacterRefusesTheFileWithLineAndOffset() throws {
        let text = Self.csv()
        var encoded = try Self.gb18030(text)
        // Line 3 (the second data row): its first Chinese character's lead byte followed by 0x7F,
        // which no GB18030 character has.
        let lines = encoded.split(separator: 0x0A, omittingEmptySubsequences: false)
        let lineStart = lines[0].count + 1 + lines[1].count + 1
        let within = try #require(lines[2].firstIndex { $0 >= 0x81 }) - lines[2].startIndex
        let offset = lineStart + within
        encoded[encoded.startIndex + offset + 1] = 0x7F
        let path = try write("broken-gbk.csv", encoded)
        let result = try importer().importFile(at: path)
        let problem = try #require(result.fileError)
        #expect(problem.key == "import.badBytes")
        #expect(problem.file == "broken-gbk.csv" && problem.line == 3)
        #expect(problem.arguments == ["GB18030", String(offset)])
        #expect(problem.text(.en).contains("broken-gbk.csv:3") && problem.text(.en).contains("byte offset \(offset)"))
        #expect(problem.text(.zh).contains("第\(offset)字节"))
        #expect(result.created == 0 && result.declarations == 0)
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration").int == 0, "nothing half-imported")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("broken-gbk.rejects.csv").path))
    }

    @Test func aCharacterCutAtTheEndIsBrokenToo() throws {
        var encoded = try Self.gb18030("traderReference,traderName\nR1,上海")
        encoded.removeLast()   // half of 海
        let stream = try CSVStream(data: encoded, encoding: .gb18030, chunkSize: 3)
        #expect(throws: CSVError.badBytes(encoding: "GB18030", line: 2, offset: encoded.count - 1)) {
            while try stream.next() != nil {}
        }
    }

    @Test func rejectedRowsOfAGB18030FileAreWrittenAsUTF8ForASpreadsheet() throws {
        var bad = DeclarationFixtures.gears(reference: "GB-BAD")
        bad.goods[0]["hsCode"] = "0306179999"
        let text = DeclarationExporter.csv([DeclarationFixtures.shrimp(reference: "GB-OK"), bad])
        let path = try write("mixed-gbk.csv", try Self.gb18030(text))
        let result = try importer().importFile(at: path)
        #expect(result.created == 1 && result.rejected == 1 && result.encoding == .gb18030)
        let rejects = try Data(contentsOf: URL(fileURLWithPath: try #require(result.rejectsPath)))
        #expect(rejects.starts(with: [0xEF, 0xBB, 0xBF]), "a byte order mark: spreadsheets read the UTF-8 right")
        let back = try #require(String(data: rejects.dropFirst(3), encoding: .utf8))
        #expect(back.contains("GB-BAD") && back.contains(bad["traderName"]))
    }

    /// The shipped GBK sample (sample-data/declarations/erp-batch-2026-01-06-gbk.csv): three of
    /// the S1 declarations under their own references, as a Windows ERP writes them (GB18030,
    /// CRLF, no byte order mark) — three drafts; the S1 batch after it still gives 37 and 3.
    @Test func theShippedGBKSampleGivesThreeDraftsAndLeavesS1AsItWas() throws {
        let ws = try DeclarationSampleDataTests.referenceWorkspace()
        let sample = DeclarationSampleDataTests.folder.appendingPathComponent("erp-batch-2026-01-06-gbk.csv")
        let bytes = try Data(contentsOf: sample)
        #expect(String(data: bytes, encoding: .utf8) == nil && !bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let input = dir.appendingPathComponent("gbk.csv").path, s1 = dir.appendingPathComponent("s1.csv").path
        try FileManager.default.copyItem(atPath: sample.path, toPath: input)
        try FileManager.default.copyItem(atPath: DeclarationSampleDataTests.folder.appendingPathComponent("erp-batch-2026-01-05.csv").path,
                                         toPath: s1)
        let importer = DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker)
        let gbk = try importer.importFile(at: input)
        #expect(gbk.encoding == .gb18030 && gbk.declarations == 3 && gbk.created == 3 && gbk.rejected == 0, "\(gbk.problems)")
        let batch = try importer.importFile(at: s1)
        #expect(batch.encoding == .utf8 && batch.created == 37 && batch.rejected == 3)
        let names = try ws.db.query("SELECT trader_ref FROM declaration WHERE trader_ref LIKE 'GBK-%' ORDER BY trader_ref").map { $0.string("trader_ref") ?? "" }
        #expect(names == ["GBK-2026-0001", "GBK-2026-0002", "GBK-2026-0003"])
    }

    /// Detection is as before: UTF-8 with one stray byte is "not UTF-8" (no guess), never decoded as GB18030.
    @Test func aStrayByteInUTF8IsNotTakenForGB18030() throws {
        var data = Data("traderReference,traderName\nR1,上海海鲜进出口有限公司\nR2,".utf8)
        data += Data([0xFF]) + Data("\n".utf8)
        let stream = CSVStream(data: data, chunkSize: 7)
        #expect(throws: CSVError.notUTF8(line: 3, likelyGBK: false)) { while try stream.next() != nil {} }
        let result = try importer().importCSV(data: data, fileName: "stray.csv")
        #expect(result.fileError?.key == "import.notUTF8" && result.encoding == .utf8)
    }
}
