import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, in passing: `declarations export` writes in a stable order — trader's reference, then
/// revision — so two databases holding the same declarations export the same file.
@Suite struct ExportOrderTests {
    @Test func pagesInReferenceOrderWhateverWasTouchedLast() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let ws = fixture.workspace, broker = try fixture.operatorNamed("liwei")
        // Touch some rows out of order: the newest-first list changes, the export order must not.
        try ws.db.write { try ws.db.run("UPDATE declaration SET updated_at = '2099-01-01T00:00:00.000Z' WHERE id % 3 = 0") }
        var seen: [DeclarationSummary] = []
        var cursor: ReferenceCursor?
        repeat {
            let page = try DeclarationQueries.listByReference(ws, by: broker, after: cursor, limit: 7)
            seen += page.items
            cursor = page.next
        } while cursor != nil
        let total = try ws.db.scalar("SELECT count(*) FROM declaration").int64 ?? 0
        #expect(Int64(seen.count) == total && Set(seen.map(\.id)).count == seen.count)
        let refs = seen.map(\.traderReference)
        #expect(refs == refs.sorted(), "\(refs)")

        let out = fixture.directory.appendingPathComponent("a.csv").path
        try DeclarationExporter.exportAll(ws, format: .csv, to: out, by: broker)
        try ws.db.write { try ws.db.run("UPDATE declaration SET updated_at = '2100-01-01T00:00:00.000Z' WHERE id % 2 = 0") }
        let again = fixture.directory.appendingPathComponent("b.csv").path
        try DeclarationExporter.exportAll(ws, format: .csv, to: again, by: broker)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == String(contentsOfFile: again, encoding: .utf8))
    }
}
