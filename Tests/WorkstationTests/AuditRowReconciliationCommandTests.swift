@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
import TerminalUI

/// Declarations and vessel calls edited around the log on real training databases, the
/// append-only triggers dropped first as someone with write access to the file would: `audit
/// verify` names the table and the id (the check that catches it: reconciliation against the
/// row's last entry, or the generator batch's digest; the chain itself is untouched).
@Suite struct AuditRowReconciliationCommandTests {
    let scratch: CommandScratch
    var dir: URL { scratch.dir }

    init() throws { scratch = try CommandScratch("sw-recon-rows") }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) { scratch.run(arguments) }

    var db: String { dir.appendingPathComponent("t.db").path }

    struct Verdict: Decodable {
        struct Row: Decodable, Equatable { var table, id, reason, text: String }
        var intact: Bool; var brokenAt: Int64?; var reconciled: Int; var editedRows: [Row]; var predatingRows: Int
        var missingGuards: [String]
        func edited(_ table: String, _ reason: String) -> [String] { editedRows.filter { $0.table == table && $0.reason == reason }.map(\.id) }
    }

    func verify() throws -> (code: Int32, verdict: Verdict) {
        let r = run(["audit", "verify", "--db", db, "--json"])
        return (r.code, try JSONDecoder().decode(Verdict.self, from: Data(r.out.utf8)))
    }

    func edit(_ sql: String) throws {
        let store = try Database(path: db)
        defer { store.close() }
        try store.execute(sql)
    }

    func scalar(_ sql: String) throws -> SQLValue {
        let store = try Database(path: db)
        defer { store.close() }
        return try store.scalar(sql)
    }

    /// The training database with the ERP batch imported and submitted through the domain.
    func trainingWithDeclarations() throws {
        #expect(run(["init", "--training", "--db", db]).code == 0)
        let batch = TrainingFixture.sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv").path
        _ = run(["declarations", "import", batch, "--submit", "--db", db, "--as", "liwei", "--rejects", scratch.path("rejects.csv")])
        #expect(try scalar("SELECT count(*) FROM declaration WHERE status = 'submitted'").int ?? 0 > 3)
    }

    func dropTriggers() throws { try edit("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;") }

    @Test func anUntouchedTrainingDatabaseWithSubmittedDeclarationsVerifiesClean() throws {
        try trainingWithDeclarations()
        let (code, verdict) = try verify()
        #expect(code == 0, "\(verdict.editedRows.map(\.text))")
        let rows = try scalar("SELECT (SELECT count(*) FROM declaration) + (SELECT count(*) FROM vessel_call) + (SELECT count(*) FROM lane)").int
        #expect(verdict.reconciled == rows && verdict.predatingRows == 0 && verdict.editedRows.isEmpty)
    }

    // Check: reconciliation (a declaration's status against its last entry).
    @Test func aDeclarationStatusEditedDirectly() throws {
        try trainingWithDeclarations()
        let id = try #require(try scalar("SELECT min(id) FROM declaration WHERE status = 'submitted'").int64)
        try dropTriggers()
        try edit("UPDATE declaration SET status = 'draft' WHERE id = \(id)")
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.brokenAt == nil, "the chain is untouched")
        #expect(verdict.missingGuards.count == 2)
        #expect(verdict.editedRows.map(\.id) == [String(id)] && verdict.edited("declaration", "stateNotLastEntry") == [String(id)])
        #expect(verdict.editedRows.first?.text == "state 'draft' but its last audit entry recorded 'submitted'")
        let zh = run(["audit", "verify", "--db", db, "--lang", "zh"])
        #expect(zh.out.contains("有记录被绕过系统直接修改：declaration \(id)：状态为“draft”，但其最后一条审计记录为“submitted”"))
    }

    // Check: reconciliation (a declaration's version against its last entry).
    @Test func aDeclarationVersionEditedDirectly() throws {
        try trainingWithDeclarations()
        let id = try #require(try scalar("SELECT max(id) FROM declaration WHERE status = 'submitted'").int64)
        try dropTriggers()
        try edit("UPDATE declaration SET version = version + 1 WHERE id = \(id)")
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.edited("declaration", "versionNotLastEntry") == [String(id)] && verdict.editedRows.count == 1)
    }

    // Check: reconciliation (a vessel call's state against its last entry).
    @Test func aVesselCallStateEditedDirectly() throws {
        #expect(run(["init", "--training", "--db", db]).code == 0)
        let call = try #require(try scalar("SELECT min(id) FROM vessel_call WHERE state = 'submitted'").string)
        try dropTriggers()
        try edit("UPDATE vessel_call SET state = 'cleared', cleared_at = updated_at WHERE id = '\(call)'")
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.edited("vessel_call", "stateNotLastEntry") == [call] && verdict.editedRows.count == 1)
        let text = run(["audit", "verify", "--db", db])
        #expect(text.out.contains("row EDITED outside the application: vessel_call \(call): state 'cleared' but its last audit entry recorded 'submitted'"))
    }

    // Check: reconciliation (a row no entry names).
    @Test func aDeclarationInsertedDirectly() throws {
        try trainingWithDeclarations()
        try dropTriggers()
        try edit("""
            INSERT INTO declaration(direction, scope, status, holder, created_by, created_at, updated_at)
            SELECT direction, scope, 'submitted', holder, created_by, created_at, updated_at FROM declaration ORDER BY id LIMIT 1
            """)
        let id = try #require(try scalar("SELECT max(id) FROM declaration").int64)
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.edited("declaration", "noAuditEntry") == [String(id)] && verdict.editedRows.count == 1)
    }

    /// A generated database of a few thousand declarations in several batches verifies clean; a
    /// generated row changed through the domain since is judged by its own entries; an edit
    /// inside a batch is caught by the row's check and the batch's digest, naming the id range.
    @Test func generatedBatchesVerifyCleanAndAnEditInsideOneIsCaught() throws {
        #expect(run(["init", "--training", "--db", db]).code == 0)
        #expect(run(["generate", "--declarations", "3000", "--batch", "700", "--seed", "3", "--db", db, "--as", "trainer"]).code == 0)
        let batches = try scalar("SELECT count(*) FROM audit_entry WHERE action = 'synthetic.generate' AND after LIKE '%; rows declaration %'").int
        #expect(batches ?? 0 >= 5)
        var (code, verdict) = try verify()
        #expect(code == 0, "\(verdict.editedRows.map(\.text))")
        #expect(verdict.reconciled > 3000 && verdict.predatingRows == 0)

        // Returned through the domain: its own entry now answers for it.
        let returned = try #require(try scalar("""
            SELECT CAST(case_id AS INTEGER) FROM lane WHERE case_kind = 'declaration' AND agency = 'customs' AND state = 'under_review'
            AND claimed_by = 'zhangmin' ORDER BY id LIMIT 1
            """).int64)
        let decided = run(["review", "decide", String(returned), "--action", "return", "--reason", "weights", "--db", db, "--as", "zhangmin"])
        #expect(decided.code == 0, "\(decided.err)")
        (code, verdict) = try verify()
        #expect(code == 0 && verdict.editedRows.isEmpty, "\(verdict.editedRows.map(\.text))")

        // A generated row no entry of its own names, in the middle of a batch.
        let id = try #require(try scalar("SELECT id FROM declaration WHERE created_by = 'synthetic' AND id <> \(returned) ORDER BY id LIMIT 1 OFFSET 1000").int64)
        try dropTriggers()
        func batchOf(_ verdict: Verdict) -> [ClosedRange<Int64>] {
            verdict.edited("declaration", "batchDigestDiffers").flatMap { text in
                text.split(separator: ",").compactMap { part -> ClosedRange<Int64>? in
                    let ends = part.split(separator: "-").compactMap { Int64($0) }
                    return ends.isEmpty ? nil : ends[0]...ends[ends.count - 1]
                }
            }
        }

        try edit("UPDATE declaration SET status = 'returned' WHERE id = \(id)")
        (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.edited("declaration", "stateNotLastEntry") == [String(id)])
        #expect(batchOf(verdict).contains { $0.contains(id) } && verdict.editedRows.count == 2)

        // A column only the digest covers: the number.
        try edit("UPDATE declaration SET status = 'submitted', number = number || '9' WHERE id = \(id)")
        (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.editedRows.count == 1 && batchOf(verdict).contains { $0.contains(id) })
        #expect(verdict.editedRows.first?.text.contains("rows the generator wrote in one batch no longer match the digest") == true)

        // Put back: clean again (nothing else was reported).
        try edit("UPDATE declaration SET number = substr(number, 1, 18) WHERE id = \(id)")
        (code, verdict) = try verify()
        #expect(code == 1 && verdict.editedRows.isEmpty, "only the dropped triggers are left")

        // A generated row deleted.
        try edit("PRAGMA foreign_keys = OFF; DELETE FROM declaration_goods WHERE declaration_id = \(id); DELETE FROM declaration WHERE id = \(id)")
        (code, verdict) = try verify()
        #expect(verdict.editedRows.count == 1 && batchOf(verdict).contains { $0.contains(id) })
    }
}
