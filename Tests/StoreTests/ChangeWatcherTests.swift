import Foundation
import Testing
@testable import Store

@Suite("Noticing other terminals' writes")
struct StoreChangeWatcherTests {
    @Test func dataVersionMovesOnlyForOtherConnectionsCommits() throws {
        try withTempDatabase { mine, path in
            let theirs = try Database(path: path)
            let start = try mine.dataVersion()
            try mine.run("INSERT INTO meta(key, value) VALUES ('mine', '1')")
            #expect(try mine.dataVersion() == start)
            try theirs.run("INSERT INTO meta(key, value) VALUES ('theirs', '1')")
            #expect(try mine.dataVersion() != start)
        }
    }

    @Test func theWatcherReportsEachBurstOfForeignCommitsOnce() throws {
        try withTempDatabase { mine, path in
            let theirs = try Database(path: path)
            let watcher = ChangeWatcher(db: mine)
            #expect(!watcher.hasChanged())

            try mine.write { try mine.run("INSERT INTO meta(key, value) VALUES ('mine', '1')") }
            #expect(!watcher.hasChanged())

            try theirs.run("INSERT INTO meta(key, value) VALUES ('a', '1')")
            try theirs.run("INSERT INTO meta(key, value) VALUES ('b', '1')")
            #expect(watcher.hasChanged())
            #expect(!watcher.hasChanged())

            try theirs.run("UPDATE meta SET value = '2' WHERE key = 'a'")
            #expect(watcher.hasChanged())
        }
    }

    @Test func aRolledBackForeignTransactionIsNotAChange() throws {
        try withTempDatabase { mine, path in
            let theirs = try Database(path: path)
            let watcher = ChangeWatcher(db: mine)
            struct Boom: Error {}
            #expect(throws: Boom.self) {
                try theirs.write {
                    try theirs.run("INSERT INTO meta(key, value) VALUES ('a', '1')")
                    throw Boom()
                }
            }
            #expect(!watcher.hasChanged())
        }
    }
}
