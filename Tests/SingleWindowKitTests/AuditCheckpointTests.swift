import Foundation
import Testing
@testable import SingleWindowKit

/// The checkpoint's own rules: its text, and what each finding means, on a real database file.
@Suite struct AuditCheckpointTests {
    static let at = Date(timeIntervalSince1970: 1_428_485_400)

    func workspace(_ dir: TempDirectory, entries: Int = 5) throws -> Workspace {
        let ws = try Workspace.open(path: dir.path(), createAs: .production)
        for i in 0..<entries {
            try ws.db.write {
                try AuditLog.append(ws.db, at: Self.at, by: .system, action: "test.step", entity: "test", entityID: "\(i)")
            }
        }
        return ws
    }

    @Test func theTextAndTheJSONFormReadBack() throws {
        try withTempDirectory { dir in
            let ws = try workspace(dir)
            let checkpoint = try AuditCheckpoint.take(ws.db)
            #expect(checkpoint.seq == 7, "the kind anchor, the keyed chain's start and five entries")
            #expect(checkpoint.keyedFrom == 2, "a production chain is keyed from its first opening")
            #expect(checkpoint.databaseID == (try Meta.get(ws.db, Meta.databaseID)))
            #expect(AuditCheckpoint.parse(checkpoint.text) == checkpoint)
            #expect(AuditCheckpoint.parse("  \n" + checkpoint.text.replacingOccurrences(of: "\n", with: "\r\n")) == checkpoint)
            let json = String(decoding: try JSONEncoder().encode(checkpoint), as: UTF8.self)
            #expect(AuditCheckpoint.parse(json) == checkpoint)
        }
    }

    @Test func anythingElseIsNotACheckpoint() {
        #expect(AuditCheckpoint.parse("") == nil)
        #expect(AuditCheckpoint.parse("hello\nseq 3") == nil)
        #expect(AuditCheckpoint.parse("singlewindow audit checkpoint\ndatabase x\nseq 3\nhash abc") == nil, "a short hash")
        #expect(AuditCheckpoint.parse("singlewindow audit checkpoint\ndatabase x\nseq -1\nhash \(AuditLog.genesis)") == nil)
        #expect(AuditCheckpoint.parse("{\"seq\": 3}") == nil)
    }

    @Test func anEmptyChainsCheckpointHoldsWhateverFollows() throws {
        let db = try memoryDatabase()
        let empty = try AuditCheckpoint.take(db)
        #expect(empty.seq == 0 && empty.hash == AuditLog.genesis)
        try db.write { try AuditLog.append(db, at: Self.at, by: .system, action: "x", entity: "y", entityID: "1") }
        #expect(try empty.check(db) == .onChain)
    }

    // Renumbered without re-hashing: the chain walk breaks too, and the checkpoint says where
    // its entry went.
    @Test func anEntryRenumberedIsMoved() throws {
        try withTempDirectory { dir in
            let ws = try workspace(dir)
            let checkpoint = try AuditCheckpoint.take(ws.db)
            try ws.db.execute("DROP TRIGGER audit_no_update; UPDATE audit_entry SET seq = seq + 100 WHERE seq > 3")
            #expect(try checkpoint.check(ws.db) == .moved(to: 107))
            #expect(try AuditLog.verify(ws.db).firstBreak?.seq == 104)
        }
    }

    @Test func anotherChainFailsOnlyWhereResetsCannotHappen() {
        let finding = AuditCheckpointFinding.anotherChain(current: "b")
        #expect(!finding.fails(on: .training))
        #expect(finding.fails(on: .production))
        #expect(AuditCheckpointFinding.missing(firstMissing: 1).fails(on: .training))
        #expect(!AuditCheckpointFinding.onChain.fails(on: .production))
    }
}
