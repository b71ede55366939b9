import Foundation
import Testing
@testable import SingleWindowKit

/// `CSVStream` must read exactly what the original whole-file parser read: same records, same
/// line numbers, same errors, whatever the chunk boundaries.
@Suite struct CSVStreamTests {
    func streamed(_ data: Data, chunk: Int? = nil) throws -> [CSVRecord] {
        let stream = CSVStream(data: data, chunkSize: chunk)
        var records: [CSVRecord] = []
        while let record = try stream.next() { records.append(record) }
        return records
    }

    func outcome(_ body: () throws -> [CSVRecord]) -> Result<[CSVRecord], CSVError> {
        do { return .success(try body()) } catch let error as CSVError { return .failure(error) } catch { fatalError("\(error)") }
    }

    @Test func bomCRLFQuotedNewlinesAndLineNumbers() throws {
        let text = "\u{FEFF}a,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n\r\nlast,\"\"\r\n"
        for chunk in [nil, 1, 2, 3, 5] {
            let records = try streamed(Data(text.utf8), chunk: chunk)
            #expect(records == [CSVRecord(line: 1, fields: ["a", "b"]),
                                CSVRecord(line: 2, fields: ["x\r\ny", "say \"hi\""]),
                                CSVRecord(line: 5, fields: ["last", ""])])
        }
    }

    @Test func textAfterAClosingQuoteIsKeptAsTyped() throws {
        #expect(try streamed(Data("\"ab\"c\"d,e".utf8), chunk: 2) == [CSVRecord(line: 1, fields: ["abc\"d", "e"])])
    }

    @Test func unterminatedQuoteNamesTheRecordsLine() {
        for chunk in [nil, 1, 4] {
            #expect(outcome { try streamed(Data("a\nb,\"open\nmore\n".utf8), chunk: chunk) } == .failure(.unterminatedQuote(line: 2)))
        }
    }

    @Test func gbkIsRecognisedWhateverTheChunks() {
        var data = Data("\u{FEFF}traderReference,traderName\r\nR1,".utf8)
        data += Data([0xC9, 0xCF, 0xBA, 0xA3])
        data += Data("\r\n".utf8)
        for chunk in [nil, 1, 7, 64] {
            #expect(outcome { try streamed(data, chunk: chunk) } == .failure(.notUTF8(line: 2, likelyGBK: true)))
        }
        #expect(outcome { try CSVReader.parse(data: data) } == .failure(.notUTF8(line: 2, likelyGBK: true)))
    }

    @Test func multiByteCharactersSplitAcrossChunksAreFine() throws {
        let text = "上海,冻南美白对虾😀\n宁波,x\n"
        for chunk in 1...9 {
            #expect(try streamed(Data(text.utf8), chunk: chunk) == [CSVRecord(line: 1, fields: ["上海", "冻南美白对虾😀"]),
                                                                  CSVRecord(line: 2, fields: ["宁波", "x"])])
        }
    }

    @Test func crlfAndBOMAreNoticed() throws {
        let stream = CSVStream(data: Data("\u{FEFF}a\nb\r\n".utf8), chunkSize: 4)
        while try stream.advance() {}
        #expect(stream.sawCRLF && stream.hadBOM)
        let plain = CSVStream(data: Data("a\r\rb\n".utf8))
        while try plain.advance() {}
        #expect(!plain.sawCRLF && !plain.hadBOM)
    }

    @Test func rawRecordsReadBackToTheSameFields() throws {
        let stream = CSVStream(data: Data("a,\"b\nc\",\"d\"\"\"\r\ne,f".utf8), chunkSize: 3)
        var raw: [[UInt8]] = []
        var fields: [[String]] = []
        while try stream.advance() {
            raw.append(stream.rawRecord)
            fields.append((0..<stream.fieldCount).map(stream.string))
        }
        #expect(fields == [["a", "b\nc", "d\""], ["e", "f"]])
        let reread = try raw.map { try CSVStream(record: $0).next()?.fields ?? [] }
        #expect(reread == fields)
    }

    @Test func fileSourceReadsInChunks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csvstream-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = (1...500).map { "R\($0),\"名称 \($0)\nsecond line\",\($0 * 3)" }
        try Data(("\u{FEFF}" + rows.joined(separator: "\r\n")).utf8).write(to: URL(fileURLWithPath: path))
        let stream = try CSVStream(path: path, chunkSize: 100)
        var count = 0
        while let record = try stream.next() {
            count += 1
            #expect(record.line == 2 * count - 1)
            #expect(record.fields == ["R\(count)", "名称 \(count)\nsecond line", "\(count * 3)"])
        }
        #expect(count == 500)
    }

    /// Random text from the characters that matter, against the original parser, kept below.
    @Test func matchesTheOriginalParserOnRandomInput() throws {
        var generator = SplitMix(seed: 42)
        let alphabet: [[UInt8]] = [[0x61], [0x62], [0x2C], [0x2C], [0x22], [0x22], [0x0D], [0x0A], [0x0A], [0x20],
                                   Array("中".utf8), Array("é".utf8), [0xEF, 0xBB, 0xBF], [0xFF]]
        for round in 0..<1500 {
            var bytes: [UInt8] = round % 3 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int(generator.next() % 40) {
                let pick = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                if pick == [0xFF] && generator.next() % 4 != 0 { continue }   // mostly valid UTF-8
                bytes += pick
            }
            let data = Data(bytes)
            let expected = outcome { try OriginalCSVParser.parse(data: data) }
            #expect(outcome { try CSVReader.parse(data: data) } == expected, "input \(bytes)")
            for chunk in [1, 2, 3, 8] {
                #expect(outcome { try streamed(data, chunk: chunk) } == expected, "input \(bytes), chunk \(chunk)")
            }
        }
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The whole-file parser as it was before `CSVStream`, kept as the reference the stream is
/// checked against.
enum OriginalCSVParser {
    static func parse(data: Data) throws -> [CSVRecord] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = CSVReader.firstInvalidUTF8Line(bytes) {
            throw CSVError.notUTF8(line: bad, likelyGBK: CSVReader.looksLikeGBK(bytes))
        }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, fieldWasQuoted = false
        var i = 0
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), separator = UInt8(ascii: ",")
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == lf { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case quote where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case separator:
                endField()
            case cr:
                if i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                endRecord(); line += 1; recordLine = line
            case lf:
                endRecord(); line += 1; recordLine = line
            default:
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw CSVError.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
