import Foundation
import Testing
@testable import SingleWindowKit

/// The trainer's reset: in place on the open file, seen by every connection, a new database id
/// and a new audit chain that starts with the reset.
@Suite("Training: reset in place")
struct WorkspaceResetTests {
    static let trainer = Operator(id: "trainer", name: "培训讲师", role: .trainer)
    static let broker = DeclarationFixtures.broker

    /// What the fresh database is filled with (the CLI loads the sample data; the code tables
    /// are enough here).
    static func load(_ fresh: Workspace) throws { try DeclarationFixtures.insertCodes(fresh.db) }

    static func open(_ path: String, _ kind: DatabaseKind? = nil) throws -> Workspace {
        try Workspace.open(path: path, createAs: kind, clock: SettableClock(DeclarationFixtures.t0))
    }

    static func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        guard stat(path, &info) == 0 else { throw DomainError.notFound(entity: "file", id: path) }
        return UInt64(info.st_ino)
    }

    static func count(_ db: Database, _ table: String = "declaration") throws -> Int {
        try db.scalar("SELECT count(*) FROM \(table)").int ?? -1
    }

    /// Fails on the old reset (unlink and recreate): A would go on reading — and writing — the
    /// deleted file, so its old draft would still be there and its new one lost to everyone else.
    @Test func anOpenWorkspaceReadsTheResetDataAndWritesIntoTheLiveFile() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let a = try Self.open(path, .training)
            try Self.load(a)
            _ = try Declarations.createDraft(a, DeclarationFixtures.shrimp(reference: "BEFORE-RESET"), by: Self.broker)
            let watcherA = ChangeWatcher(db: a.db)
            let inodeBefore = try Self.inode(path)
            let oldID = try a.databaseID()
            #expect(!oldID.isEmpty)

            let b = try Self.open(path)
            let done = try b.resetTraining(by: Self.trainer, load: Self.load)
            #expect(done.previousDatabaseID == oldID)
            #expect(done.databaseID != oldID)

            #expect(watcherA.hasChanged(), "A's change watcher notices the reset")
            #expect(try Self.count(a.db) == 0, "the draft made before the reset is gone for A too")
            #expect(try a.databaseID() == done.databaseID)
            _ = try Declarations.createDraft(a, DeclarationFixtures.shrimp(reference: "AFTER-RESET"), by: Self.broker)

            let c = try Database(path: path)
            defer { c.close() }
            #expect(try c.scalar("SELECT trader_ref FROM declaration").string == "AFTER-RESET",
                    "A wrote into the live file, not a deleted one")
            #expect(try Self.inode(path) == inodeBefore, "the same file: never unlinked and made again")
            #expect(try Self.count(c, "code_entry") > 0, "the fresh data was loaded")
        }
    }

    /// Ids start over after a reset: a form still open on draft 1 from before must not overwrite
    /// the new draft 1 that another terminal made after it; the save is told the record is gone.
    @Test func aFormFromBeforeTheResetDoesNotWriteOverTheDraftThatReusedItsID() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let a = try Self.open(path, .training)
            try Self.load(a)
            var open = try Declarations.createDraft(a, DeclarationFixtures.shrimp(reference: "OLD-FORM"), by: Self.broker)
            let later = SettableClock(DeclarationFixtures.t0.addingTimeInterval(60))
            let b = try Workspace.open(path: path, createAs: nil, clock: later)
            try b.resetTraining(by: Self.trainer, load: Self.load)
            let theirs = try Declarations.createDraft(b, DeclarationFixtures.shrimp(reference: "THEIRS"), by: Self.broker)
            #expect(theirs.id == open.id, "the id was reused, as SQLite does after the reset")
            open["traderReference"] = "TYPED-BEFORE-RESET"
            #expect(throws: DomainError.notFound(entity: "declaration", id: String(open.id))) {
                try Declarations.saveDraft(a, open, by: Self.broker)
            }
            #expect(try a.db.scalar("SELECT trader_ref FROM declaration").string == "THEIRS")
        }
    }

    @Test func theNewChainStartsWithTheResetAndVerifies() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let a = try Self.open(path, .training)
            try Self.load(a)
            _ = try Declarations.createDraft(a, DeclarationFixtures.shrimp(), by: Self.broker)
            let oldID = try a.databaseID()
            let done = try a.resetTraining(by: Self.trainer, load: Self.load)
            // The new chain: its kind anchor from genesis, then the reset.
            let anchor = try #require(try a.db.queryOne("SELECT * FROM audit_entry ORDER BY seq LIMIT 1").map { try AuditEntry(row: $0) })
            #expect(anchor.prevHash == AuditLog.genesis)
            #expect(anchor.action == "database.kind")
            #expect(anchor.after == "training")
            let first = try #require(try a.db.queryOne("SELECT * FROM audit_entry WHERE seq = 2").map { try AuditEntry(row: $0) })
            #expect(first.prevHash == anchor.hash)
            #expect(first.action == "database.reset")
            #expect(first.operatorID == "trainer")
            #expect(first.before == oldID)
            #expect(first.after == done.databaseID)
            let verified = try AuditLog.verify(a.db)
            #expect(verified.isIntact)
            #expect(verified.databaseID == done.databaseID)
            #expect(try Meta.get(a.db, Meta.kind) == "training")
        }
    }

    @Test func aMovedClockIsBackToRealTimeAfterAReset() throws {
        try withTempDirectory { dir in
            let a = try Self.open(dir.path(), .training)
            try a.moveClock(to: DeclarationFixtures.t0.addingTimeInterval(86_400), by: Self.trainer)
            try a.resetTraining(by: Self.trainer, load: Self.load)
            #expect(a.clockOffset == 0)
            #expect(a.now() == DeclarationFixtures.t0)
        }
    }

    @Test func refusedOnProductionAndForAnyoneButTheTrainer() throws {
        try withTempDirectory { dir in
            let production = try Self.open(dir.path("p.db"), .production)
            let productionID = try production.databaseID()
            #expect(throws: DomainError.trainingOnly("resetting the database")) {
                try production.resetTraining(by: Self.trainer, load: Self.load)
            }
            #expect(try production.databaseID() == productionID)

            let training = try Self.open(dir.path("t.db"), .training)
            try Self.load(training)
            _ = try Declarations.createDraft(training, DeclarationFixtures.shrimp(), by: Self.broker)
            #expect(throws: DomainError.notAuthorized(operatorID: "liwei", action: "reset the training database")) {
                try training.resetTraining(by: Self.broker, load: Self.load)
            }
            #expect(try Self.count(training.db) == 1, "nothing erased")
        }
    }

    /// A writer in the middle of a transaction holds the reset off (it finishes first, or the
    /// reset gives up busy); nothing it commits is written anywhere but the live file.
    @Test func aWriterInTheMiddleOfATransactionFinishesFirst() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let a = try Self.open(path, .training)
            let fresh = try Self.open(dir.path("fresh.db"), .training)
            let writer = try Database(path: path)
            defer { writer.close() }
            try writer.execute("BEGIN IMMEDIATE")
            try writer.run("INSERT INTO meta(key, value) VALUES ('import-batch', 'half done')")
            #expect(throws: DatabaseError.self) { try a.db.replaceContents(from: fresh.db, timeoutSeconds: 0.3) }
            try writer.execute("COMMIT")
            #expect(try Meta.get(a.db, "import-batch") == "half done", "the writer finished; the reset did not happen")
            try a.db.replaceContents(from: fresh.db)
            #expect(try Meta.get(writer, "import-batch") == nil, "reset after the writer finished")
            try writer.run("INSERT INTO meta(key, value) VALUES ('next-batch', 'after')")
            #expect(try Meta.get(a.db, "next-batch") == "after", "the writer's next commit lands in the live file")
        }
    }

    @Test func aNewDatabaseGetsAnIdAndAnOldOneGetsOneWhenOpened() throws {
        try withTempDirectory { dir in
            let one = try Self.open(dir.path("1.db"), .training)
            let two = try Self.open(dir.path("2.db"), .training)
            #expect(try one.databaseID().count == 36)
            #expect(try one.databaseID() != two.databaseID())
            try one.db.run("DELETE FROM meta WHERE key = ?", [Meta.databaseID])
            one.db.close()
            let reopened = try Self.open(dir.path("1.db"))
            #expect(try reopened.databaseID().count == 36)
        }
    }
}
