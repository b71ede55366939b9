import Foundation
import Testing
@testable import SingleWindowKit

/// The keyed chain's own rules, on real production database files: the key file, where keying
/// begins, what an entry without the key may and may not do, and the automatic checkpoints.
@Suite struct AuditKeyTests {
    static let at = Date(timeIntervalSince1970: 1_428_485_400)

    func production(_ dir: TempDirectory, entries: Int = 3) throws -> Workspace {
        let ws = try Workspace.open(path: dir.path(), createAs: .production)
        for i in 0..<entries {
            try ws.db.write { try AuditLog.append(ws.db, at: Self.at, by: .system, action: "test.step", entity: "test", entityID: "\(i)") }
        }
        return ws
    }

    func entries(_ db: Database) throws -> [AuditEntry] {
        try db.query("SELECT * FROM audit_entry ORDER BY seq").map(AuditEntry.init(row:))
    }

    @Test func aNewProductionDatabaseIsKeyedFromItsSecondEntry() throws {
        try withTempDirectory { dir in
            let ws = try production(dir)
            defer { ws.db.close() }
            let keyFile = AuditKey.path(forDatabase: dir.path())
            var info = stat()
            #expect(stat(keyFile, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o640, "readable by its group only")
            guard case let .loaded(key) = AuditKey.load(databasePath: dir.path()) else { Issue.record("no key"); return }
            let id = try Meta.get(ws.db, Meta.databaseID)
            #expect(key.keyedFrom == 2 && key.databaseID == id)
            let all = try entries(ws.db)
            #expect(all.map(\.action).prefix(2) == [KindAnchor.action, AuditKey.action])
            #expect(all[0].mac.isEmpty && all.dropFirst().allSatisfy { !$0.mac.isEmpty })
            let result = try AuditLog.verify(ws.db)
            #expect(result.isIntact && result.keyed == .verified(keyedFrom: 2))
        }
    }

    @Test func reopeningKeepsTheKeyAndAddsNoSecondStart() throws {
        try withTempDirectory { dir in
            try production(dir).db.close()
            let first = AuditKey.load(databasePath: dir.path())
            let again = try Workspace.open(path: dir.path(), createAs: nil)
            defer { again.db.close() }
            #expect(AuditKey.load(databasePath: dir.path()) == first)
            #expect(try again.db.scalar("SELECT count(*) FROM audit_entry WHERE action = ?", [AuditKey.action]).int64 == 1)
        }
    }

    /// A database from before the keyed chain: its unkeyed entries still verify, and it is
    /// keyed from its first opening by this version on.
    @Test func anOlderUnkeyedChainIsKeyedFromWhereItWasOpened() throws {
        try withTempDirectory { dir in
            // A damaged key file keeps the first openings from keying (as a version before the
            // keyed chain would have written): every entry unkeyed.
            let keyFile = AuditKey.path(forDatabase: dir.path())
            try Data("x".utf8).write(to: URL(fileURLWithPath: keyFile))
            let old = try production(dir)
            #expect(try entries(old.db).allSatisfy { $0.mac.isEmpty })
            #expect(try AuditLog.verify(old.db, key: .missing(path: keyFile)).keyed == .unkeyed, "no key, no keyed entry: nothing skipped")
            let head = try old.db.scalar("SELECT max(seq) FROM audit_entry").int64 ?? 0
            old.db.close()

            try FileManager.default.removeItem(atPath: keyFile)
            let reopened = try Workspace.open(path: dir.path(), createAs: nil)
            defer { reopened.db.close() }
            let result = try AuditLog.verify(reopened.db)
            #expect(result.isIntact && result.keyed == .verified(keyedFrom: head + 1))
            #expect(try entries(reopened.db).last?.action == AuditKey.action)
        }
    }

    @Test func withoutTheKeyAKeyedChainRefusesAnUnkeyedEntry() throws {
        try withTempDirectory { dir in
            try production(dir).db.close()
            try FileManager.default.moveItem(atPath: AuditKey.path(forDatabase: dir.path()), toPath: dir.path("key.away"))
            AuditKeyring.shared.remove(dir.path())
            let db = try Database(path: dir.path())
            defer { db.close() }
            #expect(throws: AuditKeyError.keyUnavailable(path: AuditKey.path(forDatabase: dir.path()))) {
                try db.write { try AuditLog.append(db, at: Self.at, by: .system, action: "x", entity: "y", entityID: "1") }
            }
            let result = try AuditLog.verify(db)
            #expect(result.isIntact, "skipping is a limit, not a finding")
            #expect(result.keyed == .skipped(keyFile: AuditKey.path(forDatabase: dir.path()), keyedFrom: 2))
        }
    }

    /// Stripping the MACs from the newest entries and re-hashing: the plain chain alone sees the
    /// keyed chain turn unkeyed; with the key, the first stripped entry is named.
    @Test func strippedMACsAreCaughtWithAndWithoutTheKey() throws {
        try withTempDirectory { dir in
            let ws = try production(dir)
            defer { ws.db.close() }
            try ws.db.execute("DROP TRIGGER audit_no_update")
            var previous = AuditLog.genesis
            for var entry in try entries(ws.db) {
                if entry.seq >= 4 { entry.mac = "" }
                entry.prevHash = previous; entry.hash = entry.computedHash()
                try ws.db.run("UPDATE audit_entry SET prev_hash = ?, hash = ?, mac = ? WHERE seq = ?", [entry.prevHash, entry.hash, entry.mac, entry.seq])
                previous = entry.hash
            }
            #expect(try AuditLog.verify(ws.db).firstBreak?.seq == 4)
            let blind = try AuditLog.verify(ws.db, key: .missing(path: "x"))
            #expect(blind.firstBreak?.seq == 4 && blind.firstBreak?.reason.contains("keyed from entry 2") == true)
        }
    }

    @Test func aKeyOfAnotherDatabaseFails() throws {
        try withTempDirectory { dir in
            let ws = try production(dir)
            defer { ws.db.close() }
            guard case let .loaded(key) = AuditKey.load(databasePath: dir.path()) else { Issue.record("no key"); return }
            var other = key
            other.databaseID = "another"
            let result = try AuditLog.verify(ws.db, key: .loaded(other))
            #expect(!result.isIntact && result.keyed.fails)
        }
    }

    @Test func aDamagedKeyFileIsNeitherUsedNorReplaced() throws {
        try withTempDirectory { dir in
            try production(dir).db.close()
            let keyFile = AuditKey.path(forDatabase: dir.path())
            try Data("not a key".utf8).write(to: URL(fileURLWithPath: keyFile))
            AuditKeyring.shared.remove(dir.path())
            #expect(AuditKey.load(databasePath: dir.path()) == .malformed(path: keyFile))
            let ws = try Workspace.open(path: dir.path(), createAs: nil)
            defer { ws.db.close() }
            #expect(try String(contentsOfFile: keyFile, encoding: .utf8) == "not a key")
            #expect(try AuditLog.verify(ws.db).keyed == .skipped(keyFile: keyFile, keyedFrom: 2))
        }
    }

    @Test func trainingDatabasesAreNotKeyed() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .training)
            defer { ws.db.close() }
            #expect(!FileManager.default.fileExists(atPath: AuditKey.path(forDatabase: dir.path())))
            #expect(try AuditLog.verify(ws.db).keyed == .unkeyed)
        }
    }

    @Test func theKeyFileReadsBackAndRefusesNonsense() {
        let key = AuditKey(databaseID: "d", keyedFrom: 5, secret: Array(0..<32))
        #expect(AuditKey.parse(key.text) == key)
        #expect(AuditKey.parse(key.text.replacingOccurrences(of: "keyed-from 5", with: "keyed-from 0")) == nil)
        #expect(AuditKey.parse("singlewindow audit key\ndatabase d\nkeyed-from 1\nkey abcd") == nil, "a short key")
        #expect(AuditKey.parse("") == nil)
    }

    @Test func theSetgidRulesIgnorePathOverrides() throws {
        let env = ["SINGLEWINDOW_DB": "/tmp/x.db", "SINGLEWINDOW_SAMPLE_DATA": "/tmp", "XDG_DATA_HOME": "/tmp", "SINGLEWINDOW_LANG": "zh", "HOME": "/root"]
        #expect(LaunchEnvironment.trusted(env, setgid: false) == env)
        #expect(LaunchEnvironment.trusted(env, setgid: true) == ["SINGLEWINDOW_LANG": "zh", "HOME": "/root"])
        #expect(throws: DeploymentError.noCreation(path: "/nowhere/x.db")) {
            try LaunchEnvironment.checkDatabasePath("/nowhere/x.db", exists: false, setgid: true)
        }
        try withTempDirectory { dir in
            // A directory this process made is not the binary's owner's and group's, unless
            // both are root's (the test runs as root): then it is deployed.
            let made = getuid() == 0 && getegid() == 0
            let check = { try LaunchEnvironment.checkDatabasePath(dir.path(), exists: true, setgid: true) }
            if made { try check() } else { #expect(throws: DeploymentError.self) { try check() } }
            try LaunchEnvironment.checkDatabasePath(dir.path(), exists: false, setgid: false)
        }
    }
}
