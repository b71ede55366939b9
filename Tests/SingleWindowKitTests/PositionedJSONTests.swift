import Foundation
import Testing
@testable import SingleWindowKit

/// The declaration importer's JSON reader against a conformance corpus in the JSONTestSuite
/// style (`JSONConformance/`: `y_` must be accepted, `n_` must be refused with a position, `i_`
/// either — and none may trap), plus the costs a hostile or minified file must not blow up.
@Suite struct PositionedJSONTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("JSONConformance")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files.filter { $0.hasPrefix("y_") }.count >= 10)
        #expect(Self.files.filter { $0.hasPrefix("n_") }.count >= 25)
    }

    @Test(arguments: files)
    func conformance(file: String) throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(file))
        let outcome: Result<PositionedJSON, any Error> = Result { try PositionedJSON.parse(data) }
        switch (file.prefix(2), outcome) {
        case ("y_", .failure(let error)):
            Issue.record("\(file) must be accepted: \(error)")
        case ("n_", .success):
            Issue.record("\(file) must be refused")
        case ("n_", .failure(let error)):
            let parseError = try #require(error as? PositionedJSON.ParseError, "\(file): \(error)")
            #expect(parseError.line >= 1 && parseError.column >= 1 && !parseError.message.isEmpty)
        default:
            break
        }
    }

    @Test func surrogatesAreJoinedOrRefusedWithTheirPosition() throws {
        guard case let .array(items, _, _) = try PositionedJSON.parse(Data(#"["\uD834\uDD1E", "\u4E2D"]"#.utf8)) else {
            Issue.record("not an array"); return
        }
        #expect(items.map(\.text) == ["𝄞", "中"])
        for (text, column) in [(#"["\uD800\u0041"]"#, 3), (#"[ "\uDC00"]"#, 4), (#"["ab\uD800"]"#, 5)] {
            #expect(throws: PositionedJSON.ParseError.self) { try PositionedJSON.parse(Data(text.utf8)) }
            do { _ = try PositionedJSON.parse(Data(text.utf8)) } catch let e as PositionedJSON.ParseError {
                #expect(e.column == column, "\(text): \(e)")
                #expect(e.message.contains("lone surrogate"))
            }
        }
    }

    @Test func nestingStopsAtTheLimitNotTheStack() throws {
        let deep = String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000)
        do {
            _ = try PositionedJSON.parse(Data(deep.utf8))
            Issue.record("30,000 levels accepted")
        } catch let e as PositionedJSON.ParseError {
            #expect(e.message.contains("nested deeper than \(PositionedJSON.maxDepth)"))
            #expect(e.column == PositionedJSON.maxDepth + 1)
        }
        let atLimit = String(repeating: "[", count: PositionedJSON.maxDepth) + String(repeating: "]", count: PositionedJSON.maxDepth)
        _ = try PositionedJSON.parse(Data(atLimit.utf8))
    }

    /// A minified file is one long line: the column of each value is counted on from the last,
    /// so the bytes looked at to place every value stay proportional to the file, not its square.
    @Test func columnsCostConstantWorkPerValue() throws {
        for count in [100, 1_000, 10_000] {
            let line = "[" + (0..<count).map { #"{"k":"上海\#($0)","n":\#($0)}"# }.joined(separator: ",") + "]"
            var parser = PositionedJSON.Parser(bytes: Data(line.utf8))
            _ = try parser.value()
            #expect(parser.columnBytesScanned <= line.utf8.count, "\(count) values: \(parser.columnBytesScanned) bytes scanned")
        }
    }

    @Test func aMinifiedFilePlacesALateValueExactly() throws {
        let text = #"[{"a":"中文"},{"b":[1,2,"x"]},{"c":tru}]"#
        do {
            _ = try PositionedJSON.parse(Data(text.utf8))
            Issue.record("accepted")
        } catch let e as PositionedJSON.ParseError {
            // Code points, not bytes: 中文 is two columns.
            #expect((e.line, e.column) == (1, 34), "\(e)")
        }
        guard case let .array(items, _, _) = try PositionedJSON.parse(Data(#"[{"a":"中文"},{"b":[1,2,"x"]}]"#.utf8)),
              case let .object(members, _, _) = items[1], case let .array(values, _, _) = members[0].value else {
            Issue.record("shape"); return
        }
        #expect(values.map(\.column) == [19, 21, 23])
    }
}
