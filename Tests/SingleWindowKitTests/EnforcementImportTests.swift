import Foundation
import Testing
@testable import SingleWindowKit

/// Agencies' credit-record files through the CSV import front.
@Suite struct EnforcementImportTests {
    static func write(_ text: String) throws -> (URL, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-enf-imp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("records.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (dir, path)
    }

    @Test func everyProblemIsPlacedAndNothingIsImported() throws {
        let f = try EnforcementFixture()
        let (dir, path) = try Self.write("""
            enterprise,kind,penalty,amount,date,agency,case
            91310115312345673N,penalty,fine,abc,2025-01-01,market,A-1
            91310115312345673N,penalty,slap,,2025-02-30x,market,A-2
            911111111111111111,abnormal_list,,,2025-01-01,market,A-3
            91310115312345673N,penalty,warning,,2025-01-01,market,A-4

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            try CreditRecordImport.importFile(f.ws, path: path, by: f.regulator)
            Issue.record("a file with problems was imported")
        } catch let refused as CSVImportRefused {
            let lines = refused.problems.map(\.description)
            #expect(lines.contains("records.csv:2:4: amount: abc is not an amount in yuan (at most two decimals)"))
            #expect(lines.contains { $0.hasPrefix("records.csv:3:3: penalty: slap is not a penalty") })
            #expect(lines.contains { $0.hasPrefix("records.csv:3:5: date:") })
            #expect(lines.contains("records.csv:4:1: enterprise: no enterprise 911111111111111111 in the register"))
            #expect(lines.count == 4)
        }
        #expect(try f.db.scalar("SELECT count(*) FROM credit_record").int == 0)
        let rejects = try String(contentsOfFile: CreditRecordImport.rejectsPath(for: path), encoding: .utf8)
        #expect(rejects.split(separator: "\n").count == 4) // the header and three rejected rows
    }

    @Test func aCleanFileImportsOnceAndReclassifies() throws {
        let f = try EnforcementFixture()
        let (dir, path) = try Self.write("""
            统一社会信用代码,类别,处罚种类,金额,日期,机关,案件编号,事由
            91310115312345673N,penalty,fine,"500,000.01",2025-01-01,market,B-1,走私
            91310115312345673N,penalty,warning,,2025-01-02,market,B-2,
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CreditRecordImport.importFile(f.ws, path: path, by: f.regulator)
        #expect(first.added == 2)
        #expect(first.reclassified == 1)
        #expect(try f.storedClass("91310115312345673N") == "seriously_dishonest")
        let again = try CreditRecordImport.importFile(f.ws, path: path, by: f.regulator)
        #expect(again.added == 0)
        #expect(again.alreadyOnFile == 2)
        #expect(!FileManager.default.fileExists(atPath: CreditRecordImport.rejectsPath(for: path)))
    }
}
