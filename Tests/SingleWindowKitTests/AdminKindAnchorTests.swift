import Foundation
import Testing
@testable import SingleWindowKit

/// The database's kind is the audit chain's first entry; editing `meta.kind` does not make a
/// production database a training one, and `audit verify` says it was edited.
@Suite struct AdminKindAnchorTests {
    @Test func aNewDatabaseIsAnchoredByItsFirstEntry() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .production)
            let first = try #require(try ws.db.queryOne("SELECT * FROM audit_entry WHERE seq = 1").map(AuditEntry.init(row:)))
            #expect(first.action == KindAnchor.action && first.after == "production" && first.prevHash == AuditLog.genesis)
            #expect(try AuditLog.verify(ws.db).isIntact)
        }
    }

    @Test func metaTurnedTrainingByHandIsCaughtAndChangesNothing() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let ws = try Workspace.open(path: path, createAs: .production)
            try Meta.set(ws.db, Meta.kind, "training")
            ws.db.close()
            let reopened = try Workspace.open(path: path, createAs: nil)
            #expect(reopened.kind == .production, "the chain, not meta, says what the database is")
            let result = try AuditLog.verify(reopened.db)
            #expect(!result.isIntact)
            #expect(result.firstBreak?.seq == 1)
            #expect(result.firstBreak?.reason.contains("meta.kind says 'training'") == true)
        }
    }

    /// A database made before anchors gets one the first time this version opens it.
    @Test func anOlderDatabaseGetsItsAnchorOnOpening() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let ws = try Workspace.open(path: path, createAs: .training)
            try ws.db.write {
                try AuditLog.append(ws.db, at: Date(), by: .system, action: "reference.load", entity: "database", entityID: path)
            }
            // As an older version left it: a chain of one entry and no anchor.
            // (Older versions had the append-only guards too, so the one dropped here is put back.)
            try ws.db.execute("""
                DROP TRIGGER audit_no_delete; DELETE FROM audit_entry; UPDATE audit_entry SET seq = 1;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
            ws.db.close()
            let old = try Database(path: path)
            try old.write { try AuditLog.append(old, at: Date(), by: .system, action: "reference.load", entity: "database", entityID: path) }
            #expect(try KindAnchor.anchored(old) == nil)
            old.close()
            let reopened = try Workspace.open(path: path, createAs: nil)
            #expect(try KindAnchor.anchored(reopened.db)?.kind == "training")
            #expect(try KindAnchor.anchored(reopened.db)?.seq == 2)
            #expect(try AuditLog.verify(reopened.db).isIntact)
        }
    }
}
