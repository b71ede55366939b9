@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
import TerminalUI

/// Lane rows edited around the log, on a real training database: `audit verify` names the table
/// and the id (the check that catches it: reconciliation; the chain itself is untouched).
@Suite struct AuditReconciliationCommandTests {
    let scratch: CommandScratch
    var dir: URL { scratch.dir }

    init() throws { scratch = try CommandScratch("sw-recon") }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) { scratch.run(arguments) }

    var db: String { dir.appendingPathComponent("t.db").path }

    struct Verdict: Decodable {
        struct Row: Decodable { var table, id, reason, text: String }
        var intact: Bool; var brokenAt: Int64?; var reconciled: Int; var editedRows: [Row]
    }

    func verify() throws -> (code: Int32, verdict: Verdict) {
        let r = run(["audit", "verify", "--db", db, "--json"])
        return (r.code, try JSONDecoder().decode(Verdict.self, from: Data(r.out.utf8)))
    }

    /// A lane moved through the engine since it was opened (so it has several audited versions).
    func movedLane() throws -> Int64 {
        let store = try Database(path: db)
        defer { store.close() }
        return try #require(try store.scalar("SELECT id FROM lane WHERE version > 1 ORDER BY id LIMIT 1").int64)
    }

    func edit(_ sql: String) throws {
        let store = try Database(path: db)
        defer { store.close() }
        try store.execute(sql)
    }

    /// The sample data's lanes, and the generator's bulk-written ones (events, no entry each).
    @Test func theTrainingDatabaseAndGeneratedLanesReconcile() throws {
        #expect(run(["init", "--training", "--db", db]).code == 0)
        let sample = try verify()
        #expect(sample.code == 0)
        #expect(sample.verdict.reconciled > 50 && sample.verdict.editedRows.isEmpty)
        #expect(run(["generate", "--declarations", "200", "--seed", "7", "--db", db, "--as", "trainer"]).code == 0)
        let generated = try verify()
        #expect(generated.code == 0)
        #expect(generated.verdict.reconciled > sample.verdict.reconciled + 200 && generated.verdict.editedRows.isEmpty)
        // An officer claiming a generated lane audits the claim, not the generator's history
        // before it: still reconciled (the eight-writer soak found this).
        let queue = run(["review", "queue", "--state", "received", "--limit", "3", "--json", "--db", db, "--as", "zhangmin"])
        let items = try #require((try JSONSerialization.jsonObject(with: Data(queue.out.utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 3)
        for item in items {
            let id = String(try #require(item["declarationID"] as? Int))
            #expect(run(["review", "claim", id, "--db", db, "--as", "zhangmin"]).code == 0)
        }
        let claimed = try verify()
        #expect(claimed.code == 0 && claimed.verdict.editedRows.isEmpty, "\(claimed.verdict.editedRows.map(\.text))")
    }

    // Check: reconciliation (state against the last lane event).
    @Test func aLaneStateEditedDirectly() throws {
        #expect(run(["init", "--training", "--db", db]).code == 0)
        let lane = try movedLane()
        try edit("UPDATE lane SET state = 'released' WHERE id = \(lane)")
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.brokenAt == nil, "the chain is untouched")
        #expect(verdict.editedRows.first?.table == "lane" && verdict.editedRows.first?.id == String(lane))
        #expect(verdict.editedRows.first?.reason == "stateNotLastEvent")
        let zh = run(["audit", "verify", "--db", db, "--lang", "zh"])
        #expect(zh.out.contains("有记录被绕过系统直接修改：lane \(lane)"))
    }

    // Check: reconciliation (version against the audit entries: a forged event is not enough).
    @Test func aLaneEditedWithAForgedEventAndVersion() throws {
        #expect(run(["init", "--training", "--db", db]).code == 0)
        let lane = try movedLane()
        try edit("""
            INSERT INTO lane_event(lane_id, at, operator_id, action, from_state, to_state, message)
            SELECT id, updated_at, 'zhangmin', 'release', state, 'released', '' FROM lane WHERE id = \(lane);
            UPDATE lane SET state = 'released', version = version + 1 WHERE id = \(lane);
            """)
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.editedRows.first?.id == String(lane))
        #expect(verdict.editedRows.first?.reason == "versionNotAudited")
    }

    // Check: reconciliation (version against the lane events).
    @Test func aLaneVersionRewoundDirectly() throws {
        #expect(run(["init", "--training", "--db", db]).code == 0)
        let lane = try movedLane()
        try edit("UPDATE lane SET version = 1 WHERE id = \(lane)")
        let (code, verdict) = try verify()
        #expect(code == 1)
        #expect(verdict.editedRows.first?.reason == "versionNotEvents")
    }
}
