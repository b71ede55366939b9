import Foundation
import Testing
@testable import SingleWindowKit

/// A writer that finds the lock taken waits past one busy timeout (taking the lock is retried,
/// six timeouts in all) and never shows SQLite's bare "database is locked".
@Suite struct ConcurrentWriteTests {
    @Test func aWriterOutwaitsOneBusyTimeout() throws {
        try withTempDatabase { holder, path in
            let waiter = try Database(path: path, busyTimeoutMilliseconds: 200)
            try holder.execute("BEGIN IMMEDIATE")
            try holder.run("INSERT INTO meta(key, value) VALUES ('first', '1')")
            let released = DispatchSemaphore(value: 0)
            // Held for two of the waiter's busy timeouts: before retrying, the waiter failed. A
            // thread of its own, not a busy shared queue, so the release comes when it should.
            let holding = holder
            Thread.detachNewThread {
                usleep(400_000)
                try? holding.execute("COMMIT")
                released.signal()
            }
            try waiter.write { try waiter.run("INSERT INTO meta(key, value) VALUES ('second', '2')") }
            released.wait()
            #expect(try waiter.scalar("SELECT count(*) FROM meta").int == 2)
        }
    }

    @Test func aWriterThatGivesUpSaysSoPlainly() throws {
        try withTempDatabase { holder, path in
            let waiter = try Database(path: path, busyTimeoutMilliseconds: 50)
            try holder.execute("BEGIN IMMEDIATE")
            defer { try? holder.execute("ROLLBACK") }
            let error = #expect(throws: DatabaseError.self) {
                try waiter.write { try waiter.run("INSERT INTO meta(key, value) VALUES ('x', '1')") }
            }
            #expect(error?.isBusy == true)
            #expect(error?.description == "another SingleWindow kept this database busy for over 0.3 s; nothing was changed, try again")
            #expect(!waiter.isInTransaction)
        }
    }

    @Test func anyBusyErrorIsWordedForTheUser() {
        let raw = DatabaseError.sqlite(code: 5, message: "database is locked", sql: "BEGIN IMMEDIATE")
        #expect(raw.description.hasPrefix("another SingleWindow kept this database busy"))
    }

    @Test func aWriteSliceIsSpentOnlyAfterItsTime() {
        #expect(WriteSlice(seconds: 0).isSpent)
        #expect(!WriteSlice(seconds: 3600).isSpent)
    }
}
