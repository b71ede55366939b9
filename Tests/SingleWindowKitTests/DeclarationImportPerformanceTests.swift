import Foundation
import Testing
@testable import SingleWindowKit

/// 100,000 goods lines through the importer. Off by default (slow in debug); run with
/// `SW_PERF=1 swift test -c release --filter DeclarationImportPerformance`. Writes the CSV
/// to $TMPDIR/decl-perf.csv so it can be timed against `sqlite3 .import`.
@Suite struct DeclarationImportPerformanceTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SW_PERF"] != nil))
    func hundredThousandLines() throws {
        let dir = FileManager.default.temporaryDirectory
        let dbPath = dir.appendingPathComponent("decl-perf-\(UUID().uuidString).sqlite").path
        let ws = try DeclarationFixtures.workspace(path: dbPath)
        var declarations: [Declaration] = []
        for i in 0..<10_000 {
            var d = DeclarationFixtures.gears(reference: "P\(i)")
            d["netWeight"] = "10000"; d["grossWeight"] = "11000"
            d.goods = (0..<10).map { n in
                var line = DeclarationFixtures.gears().goods[0]
                line["goodsModel"] = "减速用|无品牌|型号\(n)"
                return line
            }
            declarations.append(d)
        }
        let csvPath = dir.appendingPathComponent("decl-perf.csv").path
        try Data(DeclarationExporter.csv(declarations).utf8).write(to: URL(fileURLWithPath: csvPath))
        let start = Date()
        let result = try DeclarationImporter(workspace: ws, operator: DeclarationFixtures.broker,
                                             options: DeclarationImportOptions(batchSize: 500)).importFile(at: csvPath)
        let seconds = Date().timeIntervalSince(start)
        print("imported \(result.lines) lines in \(String(format: "%.2f", seconds)) s (\(Int(Double(result.lines) / seconds)) lines/s)")
        #expect(result.created == 10_000 && result.lines == 100_000)
        try? FileManager.default.removeItem(atPath: dbPath)
    }
}
