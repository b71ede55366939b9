@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
import TerminalUI

/// The issue's tamperings, each on a real training database (sample data loaded, some 330
/// entries) edited the way someone with write access to the file would: the append-only triggers
/// dropped, the edit made, and — where a careful tamperer would — the triggers put back, so that
/// only the check named in the test can catch it.
@Suite struct AuditCheckpointCommandTests {
    let scratch: CommandScratch
    var dir: URL { scratch.dir }

    init() throws { scratch = try CommandScratch("sw-audit") }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) { scratch.run(arguments) }

    func path(_ name: String) -> String { scratch.path(name) }

    /// A training database and a checkpoint of its head taken now; returns the head's seq.
    func databaseWithCheckpoint() throws -> Int64 {
        #expect(run(["init", "--training", "--db", path("t.db")]).code == 0)
        #expect(run(["audit", "checkpoint", "--db", path("t.db"), "--out", path("head.cp")]).code == 0)
        let head = try #require(AuditCheckpoint.parse(try String(contentsOfFile: path("head.cp"), encoding: .utf8)))
        #expect(head.seq > 20)
        return head.seq
    }

    /// Runs `sql` with the guards dropped, then puts them back as they were.
    func tamper(_ sql: String, keepGuardsDropped: Bool = false) throws {
        let db = try Database(path: path("t.db"))
        defer { db.close() }
        try db.execute("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;")
        try db.execute(sql)
        try rehash(db, from: 1)
        if !keepGuardsDropped {
            try db.execute("""
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
    }

    /// What a tamperer who knows the hash does after an edit: every link and hash made good again.
    func rehash(_ db: Database, from seq: Int64) throws {
        var previous = try db.queryOne("SELECT hash FROM audit_entry WHERE seq < ? ORDER BY seq DESC LIMIT 1", [seq])?.string("hash") ?? AuditLog.genesis
        for row in try db.query("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", [seq]) {
            var entry = try AuditEntry(row: row)
            entry.prevHash = previous
            entry.hash = entry.computedHash()
            try db.run("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?", [entry.prevHash, entry.hash, entry.seq])
            previous = entry.hash
        }
    }

    struct Verdict: Decodable {
        struct Checkpoint: Decodable { var file: String; var seq: Int64; var finding: String; var at: Int64? }
        var intact: Bool; var checked: Int; var brokenAt: Int64?; var missingGuards: [String]; var checkpoints: [Checkpoint]
    }

    func verify(_ checkpoints: [String] = ["head.cp"]) throws -> (code: Int32, verdict: Verdict) {
        var arguments = ["audit", "verify", "--db", path("t.db"), "--json"]
        if let first = checkpoints.first { arguments += ["--checkpoint", path(first)] + checkpoints.dropFirst().map(path) }
        let r = run(arguments)
        return (r.code, try JSONDecoder().decode(Verdict.self, from: Data(r.out.utf8)))
    }

    /// Caught by the checkpoint alone: the chain walks clean and the guards are in place.
    func expectCaughtByCheckpointOnly(_ verdict: Verdict, finding: String, at: Int64?) {
        #expect(verdict.brokenAt == nil, "the chain links: the walk cannot see this")
        #expect(verdict.missingGuards.isEmpty)
        #expect(!verdict.intact)
        #expect(verdict.checkpoints.first?.finding == finding)
        #expect(verdict.checkpoints.first?.at == at)
    }

    @Test func anUntouchedDatabaseHoldsItsCheckpointAndGrowsPastIt() throws {
        let head = try databaseWithCheckpoint()
        #expect(run(["manifest-check", "block", "--db", path("t.db"), "--as", "trainer"]).code == 0)
        let (code, verdict) = try verify()
        #expect(code == 0)
        #expect(verdict.intact && verdict.checked == Int(head) + 1)
        #expect(verdict.checkpoints.first?.finding == "onChain")
        let text = run(["audit", "verify", "--db", path("t.db"), "--checkpoint", path("head.cp"), "--lang", "zh"])
        #expect(text.out.contains("仍在链上"))
    }

    // Check: checkpoint (its entry is missing).
    @Test func deletingTheLastEntry() throws {
        let head = try databaseWithCheckpoint()
        try tamper("DELETE FROM audit_entry WHERE seq = \(head)")
        let (code, verdict) = try verify()
        #expect(code == 1)
        expectCaughtByCheckpointOnly(verdict, finding: "missing", at: head)
        let text = run(["audit", "verify", "--db", path("t.db"), "--checkpoint", path("head.cp")])
        #expect(text.out.contains("entries \(head) to \(head) are MISSING"))
        #expect(!text.out.contains("intact"), "a cut log is not called intact")
    }

    // Check: checkpoint (the first of the ten missing is named).
    @Test func deletingTheLastTenEntries() throws {
        let head = try databaseWithCheckpoint()
        try tamper("DELETE FROM audit_entry WHERE seq > \(head - 10)")
        let (code, verdict) = try verify()
        #expect(code == 1)
        expectCaughtByCheckpointOnly(verdict, finding: "missing", at: head - 9)
    }

    // Check: checkpoint ("intact, 0 checked" no more).
    @Test func deletingAllEntries() throws {
        _ = try databaseWithCheckpoint()
        try tamper("DELETE FROM audit_entry")
        let (code, verdict) = try verify()
        #expect(code == 1)
        // Opening a chain without a kind anchor anchors it (as for databases made before
        // anchors), so the emptied log holds one new entry; the cut is still named, from 2 on.
        #expect(verdict.checked == 1)
        expectCaughtByCheckpointOnly(verdict, finding: "missing", at: 2)
    }

    // Check: checkpoint (the checkpointed entry was replaced by the forgery).
    @Test func appendingAForgedEntryWithACorrectHashInPlaceOfTheLast() throws {
        let head = try databaseWithCheckpoint()
        try tamper("""
            DELETE FROM audit_entry WHERE seq = \(head);
            INSERT INTO audit_entry(seq, at, operator_id, action, entity, entity_id, before, after, prev_hash, hash)
            VALUES (\(head), '2026-01-01T00:00:00.000Z', 'trainer', 'declaration.approve', 'declaration', 'X', '', '', '', '');
            """)
        let (code, verdict) = try verify()
        #expect(code == 1)
        expectCaughtByCheckpointOnly(verdict, finding: "changed", at: head)
    }

    /// A forged entry appended after the checkpoint links and hashes like a real later one: no
    /// checkpoint can tell them apart, but its MAC cannot be made without the key. With the key
    /// beside the database it is named; without, verify passes the plain chain and says the
    /// keyed check was skipped.
    @Test func aForgedEntryAppendedAfterTheCheckpointIsCaughtByTheKeyedChain() throws {
        #expect(run(["init", "--training", "--db", path("t.db")]).code == 0)
        try AuditTamperingTests.keyWholeChain(path("t.db"))
        #expect(run(["audit", "checkpoint", "--db", path("t.db"), "--out", path("head.cp")]).code == 0)
        let head = try #require(AuditCheckpoint.parse(try String(contentsOfFile: path("head.cp"), encoding: .utf8))).seq
        try tamper("""
            INSERT INTO audit_entry(seq, at, operator_id, action, entity, entity_id, before, after, prev_hash, hash, mac)
            VALUES (\(head + 1), '2027-01-01T00:00:00.000Z', 'trainer', 'declaration.approve', 'declaration', 'X', '', '', '', '',
                    '\(String(repeating: "0", count: 64))');
            """)
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.brokenAt == head + 1, "the forged entry is named")
        #expect(verdict.checkpoints.first?.finding == "onChain", "the checkpoint alone cannot see it")
        #expect(run(["audit", "verify", "--db", path("t.db")]).out.contains("MAC does not match the audit key"))

        try FileManager.default.removeItem(atPath: AuditKey.path(forDatabase: path("t.db")))
        let (withoutKey, blind) = try verify()
        #expect(withoutKey == 0 && blind.brokenAt == nil)
        let text = run(["audit", "verify", "--db", path("t.db"), "--checkpoint", path("head.cp")])
        #expect(text.out.contains("keyed check SKIPPED"))
    }

    // Check: checkpoint; an older checkpoint still on the chain narrows where the rewrite began.
    @Test func rewritingAMiddleEntryAndRehashingTheRest() throws {
        let head = try databaseWithCheckpoint()
        let db = try Database(path: path("t.db"))
        let early = try #require(try db.queryOne("SELECT * FROM audit_entry WHERE seq = 100").map(AuditEntry.init(row:)))
        db.close()
        let older = AuditCheckpoint(databaseID: try #require(AuditCheckpoint.parse(try String(contentsOfFile: path("head.cp"), encoding: .utf8))).databaseID,
                                    seq: early.seq, hash: early.hash, at: early.at)
        try Data(older.text.utf8).write(to: URL(fileURLWithPath: path("older.cp")))
        try tamper("UPDATE audit_entry SET after = 'forged' WHERE seq = \(head / 2)")
        let (code, verdict) = try verify(["older.cp", "head.cp"])
        #expect(code == 1)
        #expect(verdict.brokenAt == nil && verdict.missingGuards.isEmpty)
        #expect(verdict.checkpoints.map(\.finding) == ["onChain", "changed"], "rewritten after entry 100, at or before the head")
        #expect(verdict.checkpoints.last?.at == head)
    }

    // Check: checkpoint (renumbering leaves the checkpointed seq past the end).
    @Test func deletingRenumberingAndRehashing() throws {
        let head = try databaseWithCheckpoint()
        try tamper("DELETE FROM audit_entry WHERE seq = 200; UPDATE audit_entry SET seq = seq - 1 WHERE seq > 200;")
        let (code, verdict) = try verify()
        #expect(code == 1)
        expectCaughtByCheckpointOnly(verdict, finding: "missing", at: head)
    }

    // Check: the guards (no checkpoint given).
    @Test func droppingTheTriggers() throws {
        #expect(run(["init", "--training", "--db", path("t.db")]).code == 0)
        try tamper("", keepGuardsDropped: true)
        let (code, verdict) = try verify([])
        #expect(code == 1)
        #expect(verdict.brokenAt == nil, "the chain itself is untouched")
        #expect(verdict.missingGuards == ["audit_no_update", "audit_no_delete"])
        let text = run(["audit", "verify", "--db", path("t.db")])
        #expect(text.out.contains("UNGUARDED") && text.out.contains("audit_no_update"))
    }

    /// A trainer's reset starts a new chain under a new id: the old checkpoint is another
    /// chain's, not a truncation, and a training database does not fail on it.
    @Test func aCheckpointFromBeforeAResetIsAnotherChain() throws {
        _ = try databaseWithCheckpoint()
        #expect(run(["reset", "--yes", "--db", path("t.db"), "--as", "trainer"]).code == 0)
        let (code, verdict) = try verify()
        #expect(code == 0)
        #expect(verdict.checkpoints.first?.finding == "anotherChain")
        let text = run(["audit", "verify", "--db", path("t.db"), "--checkpoint", path("head.cp")])
        #expect(text.out.contains("another chain"))
    }

    /// Editing `meta.database_id` does not pass a cut-off chain off as a reset: the chain's
    /// anchor recorded the id.
    @Test func anEditedDatabaseIDDoesNotHideATruncation() throws {
        let head = try databaseWithCheckpoint()
        try tamper("DELETE FROM audit_entry WHERE seq = \(head); UPDATE meta SET value = 'another' WHERE key = 'database_id';")
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.checkpoints.first?.finding == "missing")
    }

    @Test func checkpointFilesAreNeverOverwrittenAndMustBeCheckpoints() throws {
        _ = try databaseWithCheckpoint()
        let again = run(["audit", "checkpoint", "--db", path("t.db"), "--out", path("head.cp")])
        #expect(again.code == 2 && again.err.contains("never overwritten"))
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path("other.txt")))
        let wrong = run(["audit", "verify", "--db", path("t.db"), "--checkpoint", path("other.txt")])
        #expect(wrong.code == 2 && wrong.err.contains("not an audit checkpoint"))
        let json = run(["audit", "checkpoint", "--db", path("t.db"), "--json"])
        #expect(AuditCheckpoint.parse(json.out) == AuditCheckpoint.parse(try String(contentsOfFile: path("head.cp"), encoding: .utf8)))
    }
}
